// Phản ánh, kiến nghị: the complaints of the unit's subtree received in the period, filtered by
// status and "quá hạn"; a complaint's detail with the citizen's contact (officers only), assigning
// it to a colleague, answering it and publishing the answer on the unit's public page.

import { getJson, send, withQuery } from '../common/session.js';
import { count, date, dateTime } from '../common/numbers.js';
import { el, startPage } from './shell.js';
import { confirmedButton, problemText } from './actions.js';

const STATUS_CLASS = { RECEIVED: 'below', ASSIGNED: 'below', ANSWERED: 'met', PUBLISHED: 'met' };

startPage('feedback', async ({ t, lang, unit, content, query, periodText, params, setParam, session }) => {
  const status = params.get('status') || '';
  const overdue = params.get('overdue') === 'true';
  const notice = el('div', { dataset: { role: 'notice' }, 'aria-live': 'polite' });
  const say = (text, kind = '') => notice.replaceChildren(
    el('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status', text }));
  const figuresHolder = el('div');
  const tableHolder = el('div');
  const detail = el('div', { dataset: { role: 'detail-holder' } });
  let selected = params.get('id');

  // colleagues to assign to: the accounts of the caller's own unit (the server checks again)
  const colleagues = await getJson(withQuery('/api/v1/accounts', { unit: session.unitCode || unit.code }))
    .then((list) => list.accounts.filter((a) => !a.disabled && a.role !== 'PLANNER').map((a) => a.username))
    .catch(() => []);

  async function drawFigures() {
    const f = await getJson(withQuery('/api/v1/feedback/summary', query));
    const figure = (key, value) => el('div', { class: 'figure', dataset: { figure: key } },
      el('dt', { text: t.feedbackFigures[key] }), el('dd', { text: count(value, lang) }));
    figuresHolder.replaceChildren(el('dl', { class: 'figures', 'aria-label': t.feedbackFiguresLabel(periodText) },
      ...['received', 'answered', 'answeredOnTime', 'overdue', 'published'].map((k) => figure(k, f[k]))));
  }

  const statusBadge = (item) => el('span', { class: 'badges' },
    el('span', { class: `status ${STATUS_CLASS[item.status]}`, dataset: { status: item.status }, text: t.feedbackStatuses[item.status] }),
    item.overdue ? el('span', { class: 'status clearly-below', dataset: { overdue: 'true' }, text: t.overdue }) : null);

  async function act(path, body, done) {
    try {
      const item = await send('POST', path, body);
      say(done(item), 'success');
      await Promise.all([drawTable(), drawFigures()]);
    } catch (error) {
      if (error.status !== 401) say(problemText(error, lang), 'error');
    }
  }

  function showDetail(item) {
    selected = item.id;
    const path = `/api/v1/feedback/${encodeURIComponent(item.id)}`;
    const heading = el('h2', { id: 'detail-title', tabindex: '-1', text: t.feedbackDetail(date(item.receivedOn, lang)) });
    const facts = el('dl', { class: 'facts' },
      el('dt', { text: t.unit }), el('dd', { text: item.unitName }),
      el('dt', { text: t.receivedOn }), el('dd', { text: `${dateTime(item.receivedAt, lang)} · ${t.channels[item.channel]}` }),
      el('dt', { text: t.dueDate }), el('dd', {}, date(item.dueDate, lang), ' ', statusBadge(item)),
      el('dt', { text: t.contact }), el('dd', { dataset: { role: 'contact' }, text: item.contact || t.noContact }),
      item.receiptCode ? el('dt', { text: t.receipt }) : null, item.receiptCode ? el('dd', { text: item.receiptCode }) : null,
      el('dt', { text: t.assignee }), el('dd', { text: item.assignee || t.nobody }),
      item.answeredOn ? el('dt', { text: t.answeredOn }) : null,
      item.answeredOn ? el('dd', { text: `${date(item.answeredOn, lang)} · ${item.answeredBy} · ${item.answeredOnTime ? t.onTime : t.late}` }) : null);
    const parts = [heading, el('blockquote', { class: 'question-text', dataset: { role: 'question' }, text: item.text }), facts];
    if (item.status === 'PUBLISHED') {
      parts.push(el('h3', { text: t.answerLabel }), el('p', { class: 'answer-text', dataset: { role: 'answer' }, text: item.answer }),
        el('p', { class: 'notice success', text: t.publishedOn(dateTime(item.publishedAt, lang)) }),
        // a careless answer must be able to come down; it stays stored and can be changed
        el('div', { class: 'row-actions' }, confirmedButton('unpublish', t.unpublish, t.confirmUnpublish,
          () => act(`${path}/unpublish`, {}, () => t.unpublished))));
    } else {
      const assign = el('form', { class: 'form-row', dataset: { role: 'assign' }, novalidate: true },
        el('div', { class: 'field' }, el('label', { for: 'assignee', text: t.assignTo }),
          el('input', { id: 'assignee', name: 'assignee', type: 'text', list: 'colleagues', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', value: item.assignee || '' }),
          el('datalist', { id: 'colleagues' }, ...colleagues.map((name) => el('option', { value: name })))),
        el('button', { type: 'submit', class: 'button', dataset: { action: 'assign' }, text: t.assign }));
      assign.addEventListener('submit', (event) => {
        event.preventDefault();
        const assignee = new FormData(assign).get('assignee').trim();
        act(`${path}/assign`, { assignee }, () => t.assigned(assignee));
      });
      const answerForm = el('form', { class: 'answer-form', dataset: { role: 'answer-form' }, novalidate: true },
        el('label', { for: 'answer', text: t.answerLabel }),
        el('textarea', { id: 'answer', name: 'answer', rows: 6, maxlength: 4000, 'aria-describedby': 'answer-help' }),
        el('span', { id: 'answer-help', class: 'muted small', text: t.answerHelp }),
        el('div', { class: 'row-actions' }, el('button', { type: 'submit', class: 'button primary', dataset: { action: 'answer' }, text: t.saveAnswer })));
      answerForm.querySelector('textarea').value = item.answer || '';
      answerForm.addEventListener('submit', (event) => {
        event.preventDefault();
        act(`${path}/answer`, { answer: new FormData(answerForm).get('answer') }, () => t.answerSaved);
      });
      parts.push(assign, answerForm);
      if (item.answer) {
        parts.push(el('div', { class: 'row-actions' }, confirmedButton('publish', t.publish, t.confirmPublish,
          () => act(`${path}/publish`, {}, () => t.published), 'primary')));
      }
    }
    detail.replaceChildren(el('section', { class: 'feedback-detail', dataset: { role: 'detail', feedback: item.id, status: item.status }, 'aria-labelledby': 'detail-title' }, ...parts));
    heading.focus();
  }

  async function drawTable() {
    const list = await getJson(withQuery('/api/v1/feedback', { ...query, status: status || null, overdue: overdue ? 'true' : null }));
    const current = list.items.find((i) => i.id === selected);
    if (current) showDetail(current); else detail.replaceChildren();
    if (list.items.length === 0) {
      tableHolder.replaceChildren(el('p', { class: 'notice', dataset: { role: 'empty' }, text: t.noFeedback }));
      return;
    }
    const rows = list.items.map((item) => {
      const open = el('button', { type: 'button', class: 'button', dataset: { action: 'open' }, text: t.openFeedback, 'aria-label': t.openLabel(date(item.receivedOn, lang)) });
      open.addEventListener('click', () => showDetail(item));
      return el('tr', { dataset: { feedback: item.id, status: item.status, overdue: String(item.overdue) } },
        el('td', { 'data-label': t.receivedOn, text: date(item.receivedOn, lang) }),
        el('td', { 'data-label': t.unit, text: item.unitName }),
        el('td', { class: 'excerpt', 'data-label': t.feedbackText, text: item.text.length > 140 ? `${item.text.slice(0, 140)}…` : item.text }),
        el('td', { 'data-label': t.dueDate, text: date(item.dueDate, lang) }),
        el('td', { 'data-label': t.state }, statusBadge(item)),
        el('td', { 'data-label': t.assignee, text: item.assignee || '—' }),
        el('td', { 'data-label': t.actions }, open));
    });
    tableHolder.replaceChildren(el('div', { class: 'table-wrap' },
      el('table', { class: 'data responsive' },
        el('caption', { class: 'visually-hidden', text: t.feedbackTitle(unit.name) }),
        el('thead', {}, el('tr', {},
          ...[t.receivedOn, t.unit, t.feedbackText, t.dueDate, t.state, t.assignee, t.actions].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...rows))),
    ...(list.truncated ? [el('p', { class: 'muted small', text: t.truncated })] : []));
  }

  const statusSelect = el('select', { id: 'feedback-status', dataset: { filter: 'status' } },
    el('option', { value: '', text: t.allStatuses }),
    ...['received', 'assigned', 'answered', 'published'].map((s) => el('option', { value: s, selected: s === status, text: t.feedbackStatuses[s.toUpperCase()] })));
  statusSelect.addEventListener('change', () => setParam('status', statusSelect.value || null));
  const overdueBox = el('input', { id: 'feedback-overdue', type: 'checkbox', checked: overdue, dataset: { filter: 'overdue' } });
  overdueBox.addEventListener('change', () => setParam('overdue', overdueBox.checked ? 'true' : null));
  const filters = el('div', { class: 'form-row filters' },
    el('div', { class: 'field' }, el('label', { for: 'feedback-status', text: t.statusFilter }), statusSelect),
    el('div', { class: 'field inline' }, overdueBox, el('label', { for: 'feedback-overdue', text: t.overdueOnly })));

  content.replaceChildren(
    el('h1', { text: t.feedbackTitle(unit.name) }),
    el('p', { class: 'period-line', text: periodText }),
    el('p', { class: 'muted intro', text: t.feedbackIntro }),
    figuresHolder, filters, notice, detail, tableHolder,
    el('p', { class: 'muted small' }, t.publicPage, ' ',
      el('a', { href: withQuery('/feedback/index.html', { unit: unit.code }), dataset: { role: 'public-page' }, text: t.publicPageLink })));
  await Promise.all([drawFigures(), drawTable()]);
}, { extraParams: ['status', 'overdue'] });
