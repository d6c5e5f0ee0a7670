// Alerts: a weekly control chart per unit and criterion raises an alert when a week falls below
// what the previous 13 weeks allow, or stays under their average 8 weeks in a row. Each alert
// lists that week's comments (and complaints) and is closed with a note of what was done.

import { getJson, send, withQuery } from '../common/session.js';
import { dateTime, decimal } from '../common/numbers.js';
import { el, startPage } from './shell.js';

startPage('alerts', async ({ t, lang, unit, content, params, setParam }) => {
  const state = ['open', 'closed', 'all'].includes(params.get('state')) ? params.get('state') : 'open';
  const report = await getJson(withQuery('/api/v1/stats/alerts', { unit: unit.code, state }));
  const stateSelect = el('select', { id: 'alert-state', dataset: { action: 'state' } },
    ...['open', 'closed', 'all'].map((s) => el('option', { value: s, selected: s === state, text: t.alertStates[s] })));
  stateSelect.addEventListener('change', () => setParam('state', stateSelect.value));
  const alerts = report.alerts || [];
  const card = (a) => {
    const note = el('textarea', { id: `note-${a.id}`, rows: 2, maxlength: 1000, required: true });
    const message = el('p', { class: 'form-message', role: 'status' });
    const closeButton = el('button', { type: 'submit', dataset: { action: 'close-alert' }, text: t.alertClose });
    const form = a.closedAt ? null : el('form', { class: 'alert-close' },
      el('label', { for: `note-${a.id}`, text: t.alertNote }), note, closeButton, message);
    if (form) {
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (!note.value.trim()) { message.textContent = t.alertNoteRequired; note.focus(); return; }
        closeButton.disabled = true;
        try {
          await send('POST', '/api/v1/stats/alerts/close', { unitCode: a.unitCode, id: a.id, note: note.value.trim() });
          setParam('state', state);
        } catch (error) {
          closeButton.disabled = false;
          message.textContent = `${t.failed} (${error.message})`;
        }
      });
    }
    const comments = a.comments || [];
    const complaints = a.complaints || [];
    return el('article', { class: `alert-card${a.closedAt ? ' closed' : ''}`, dataset: { alert: String(a.id), rule: a.rule } },
      el('h2', {}, el('span', { text: `${a.unitName} · ${a.criterionNameVi}` })),
      el('p', { class: 'alert-message', text: a.messageVi }),
      el('p', { class: 'muted', text: t.alertRaised(dateTime(a.raisedAt, lang), decimal(a.respondents, 0, lang)) }),
      el('h3', { text: t.alertComments(comments.length) }),
      comments.length ? el('ul', { class: 'comments' }, ...comments.map((c) => el('li', { text: c }))) : el('p', { class: 'muted', text: t.alertNoComments }),
      complaints.length ? el('h3', { text: t.alertComplaints(complaints.length) }) : null,
      complaints.length ? el('ul', { class: 'comments' }, ...complaints.map((c) => el('li', { text: c }))) : null,
      a.closedAt ? el('p', { class: 'notice', dataset: { role: 'closed' }, text: t.alertClosed(a.closedBy, dateTime(a.closedAt, lang), a.closeNote) }) : form);
  };
  content.replaceChildren(...[
    el('h1', { text: t.alertsTitle(unit.name) }),
    el('p', { class: 'notice', text: t.alertsRule }),
    el('div', { class: 'funnel-controls' }, el('label', { for: 'alert-state', text: t.alertState }), stateSelect),
    alerts.length ? null : el('p', { class: 'notice', dataset: { role: 'no-alerts' }, text: t.noAlerts[state] }),
    ...alerts.map(card)].filter(Boolean));
}, { period: false, extraParams: ['state'] });
