// Kiosks of the unit's subtree: when each last sent a rating, its bursts, revoke, a new setup link
// and registering one. A setup link (it holds the kiosk's token) and its QR code come in the
// answer to a POST and are shown once, never put in an address of their own.

import { getJson, send, withQuery } from '../common/session.js';
import { count, dateTime } from '../common/numbers.js';
import { el, startPage } from './shell.js';
import { confirmedButton, problemText } from './actions.js';

startPage('kiosks', async ({ t, lang, unit, content }) => {
  const notice = el('div', { dataset: { role: 'notice' }, 'aria-live': 'polite' });
  const say = (text, kind = '') => notice.replaceChildren(
    el('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status', text }));
  const setup = el('div', { dataset: { role: 'setup-holder' } });
  const tableHolder = el('div');

  /** The setup link and its QR code, until the clerk hides them: the server keeps no copy. */
  const showSetup = (registered) => {
    // the whole link on view, so that a clerk can compare it with what the tablet shows
    const link = el('textarea', { id: 'setup-link', readonly: true, rows: 3, spellcheck: 'false', dataset: { role: 'setup-link' } });
    link.value = registered.setupUrl;
    const copy = el('button', { type: 'button', class: 'button', dataset: { action: 'copy-link' }, text: t.copy });
    const copied = el('span', { class: 'muted', role: 'status' });
    copy.addEventListener('click', async () => {
      link.select();
      try { await navigator.clipboard.writeText(registered.setupUrl); copied.textContent = t.copied; } catch (denied) { /* selected: Ctrl+C works */ }
    });
    const done = el('button', { type: 'button', class: 'button primary', dataset: { action: 'hide-setup' }, text: t.setupDone });
    done.addEventListener('click', () => setup.replaceChildren());
    const heading = el('h2', { id: 'setup-title', tabindex: '-1', text: t.setupTitle(registered.code) });
    setup.replaceChildren(el('section', { class: 'setup', dataset: { role: 'setup', kiosk: registered.code }, 'aria-labelledby': 'setup-title' },
      heading,
      el('p', { class: 'notice warning', text: t.setupOnce }),
      el('div', { class: 'setup-body' },
        el('img', { src: registered.setupQr, alt: t.setupQrAlt(registered.code), width: 240, height: 240, dataset: { role: 'setup-qr' } }),
        el('div', { class: 'setup-link' },
          el('label', { for: 'setup-link', text: t.setupLinkLabel }), link,
          el('div', { class: 'row-actions' }, copy, copied, done)))));
    heading.focus();
  };

  const act = async (path, done) => {
    try {
      done(await send('POST', path, {}));
      await drawTable();
    } catch (error) {
      if (error.status !== 401) say(problemText(error, lang), 'error');
    }
  };

  const actions = (kiosk) => {
    const path = `/api/v1/kiosks/${encodeURIComponent(kiosk.code)}`;
    const renew = el('button', { type: 'button', class: 'button', dataset: { action: 'new-setup-link' }, text: t.newSetupLink });
    renew.addEventListener('click', () => act(`${path}/setup-link`, (reply) => { notice.replaceChildren(); showSetup(reply); }));
    if (kiosk.revoked) return el('div', { class: 'row-actions' }, renew);
    const revoke = confirmedButton('revoke', t.revoke, t.confirmRevoke, () => act(`${path}/revoke`, () => {
      setup.replaceChildren();
      say(t.kioskRevoked(kiosk.code));
    }), 'danger');
    return el('div', { class: 'row-actions' }, revoke, renew);
  };

  async function drawTable() {
    const list = await getJson(withQuery('/api/v1/kiosks', { unit: unit.code }));
    if (list.kiosks.length === 0) {
      tableHolder.replaceChildren(el('p', { class: 'notice', text: t.noKiosks }));
      return;
    }
    const rows = list.kiosks.map((k) => el('tr', { dataset: { kiosk: k.code, revoked: k.revoked ? 'true' : 'false' } },
      el('th', { scope: 'row', 'data-label': t.kioskCode, text: k.code }),
      el('td', { 'data-label': t.unit, text: k.unitName }),
      el('td', { 'data-label': t.lastRating, dataset: { value: 'last-rating' }, text: k.lastRating ? dateTime(k.lastRating, lang) : t.neverRated }),
      el('td', { class: 'num', 'data-label': t.bursts7, dataset: { value: 'bursts-7' }, text: count(k.bursts7Days, lang) }),
      el('td', { class: 'num', 'data-label': t.bursts30, dataset: { value: 'bursts-30' }, text: count(k.bursts30Days, lang) }),
      el('td', { 'data-label': t.state },
        el('span', { class: `status ${k.revoked ? 'clearly-below' : 'met'}`, dataset: { status: '' },
          text: k.revoked ? t.revokedOn(dateTime(k.revokedAt, lang)) : t.kioskActive })),
      el('td', { 'data-label': t.actions }, actions(k))));
    tableHolder.replaceChildren(el('div', { class: 'table-wrap' },
      el('table', { class: 'data responsive' },
        el('caption', { class: 'visually-hidden', text: t.kiosksTitle(unit.name) }),
        el('thead', {}, el('tr', {},
          ...[t.kioskCode, t.unit, t.lastRating, t.bursts7, t.bursts30, t.state, t.actions].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...rows))),
      el('p', { class: 'muted small', text: t.burstsHelp }));
  }

  const form = el('form', { class: 'entry-form', dataset: { role: 'new-kiosk' }, novalidate: true },
    el('h2', { text: t.registerKiosk }),
    el('p', { class: 'muted', text: t.registerUnit(unit.name) }),
    el('div', { class: 'form-row' },
      el('div', { class: 'field' }, el('label', { for: 'kiosk-code', text: t.kioskCode }),
        el('input', { id: 'kiosk-code', name: 'code', type: 'text', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', required: true, 'aria-describedby': 'kiosk-code-help' }),
        el('span', { id: 'kiosk-code-help', class: 'muted small', text: t.kioskCodeHelp }))),
    el('button', { type: 'submit', class: 'button primary', dataset: { action: 'register-kiosk' }, text: t.register }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = new FormData(form).get('code').trim();
    try {
      const registered = await send('POST', '/api/v1/kiosks', { code, unitCode: unit.code });
      notice.replaceChildren();
      form.reset();
      await drawTable();
      showSetup(registered);
    } catch (error) {
      if (error.status !== 401) say(problemText(error, lang), 'error');
    }
  });

  content.replaceChildren(
    el('h1', { text: t.kiosksTitle(unit.name) }),
    el('p', { class: 'muted intro', text: t.kiosksIntro }),
    notice, setup, tableHolder, form);
  await drawTable();
}, { period: false });
