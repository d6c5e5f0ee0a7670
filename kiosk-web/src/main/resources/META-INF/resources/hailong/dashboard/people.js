// Accounts of the unit's subtree: list, create, disable or enable, reset a password (a generated
// one is shown once). Admins manage every account; officers the officer accounts of their subtree.

import { getJson, send, withQuery } from '../common/session.js';
import { dateTime } from '../common/numbers.js';
import { el, startPage } from './shell.js';
import { confirmedButton, problemText } from './actions.js';

startPage('people', async ({ t, lang, unit, content, session, today }) => {
  const admin = session.role === 'ADMIN';
  const notice = el('div', { dataset: { role: 'notice' }, 'aria-live': 'polite' });
  const say = (text, kind = '', extra = null) => notice.replaceChildren(
    el('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text, extra));
  const tableHolder = el('div');

  const act = async (path, done) => {
    try {
      const reply = await send('POST', path, {});
      done(reply);
      await drawTable();
    } catch (error) {
      if (error.status !== 401) say(problemText(error, lang), 'error');
    }
  };

  const actions = (account) => {
    if (account.username === session.username) return el('span', { class: 'muted', text: `(${t.you})` });
    const path = `/api/v1/accounts/${encodeURIComponent(account.username)}`;
    const toggle = account.disabled
      ? el('button', { type: 'button', class: 'button', dataset: { action: 'enable' }, text: t.enable })
      : confirmedButton('disable', t.disable, t.confirmDisable,
        () => act(`${path}/disable`, () => say(t.accountDisabled(account.username))));
    if (account.disabled) {
      toggle.addEventListener('click', () => act(`${path}/enable`, () => say(t.accountEnabled(account.username))));
    }
    const reset = confirmedButton('reset-password', t.resetPassword, t.confirmReset,
      () => act(`${path}/password`, (reply) => say(t.generatedPassword(account.username), 'warning',
        el('code', { class: 'secret', dataset: { role: 'generated-password' }, text: ` ${reply.generatedPassword}` }))));
    return el('div', { class: 'row-actions' }, toggle, reset);
  };

  async function drawTable() {
    const list = await getJson(withQuery('/api/v1/accounts', { unit: unit.code }));
    if (list.accounts.length === 0) {
      tableHolder.replaceChildren(el('p', { class: 'notice', text: t.noAccounts }));
      return;
    }
    const rows = list.accounts.map((a) => el('tr', { dataset: { account: a.username, disabled: a.disabled ? 'true' : 'false' } },
      el('th', { scope: 'row', 'data-label': t.username, text: a.username }),
      el('td', { 'data-label': t.role, text: t.roles[a.role] }),
      el('td', { 'data-label': t.unit, text: a.unitName || t.allUnits }),
      el('td', { 'data-label': t.created, text: dateTime(a.createdAt, lang) }),
      el('td', { 'data-label': t.state },
        el('span', { class: `status ${a.disabled ? 'clearly-below' : 'met'}`, dataset: { status: '' },
          text: a.disabled ? t.disabledOn(dateTime(a.disabledAt, lang)) : t.active })),
      el('td', { 'data-label': t.actions }, actions(a))));
    tableHolder.replaceChildren(el('div', { class: 'table-wrap' },
      el('table', { class: 'data responsive' },
        el('caption', { class: 'visually-hidden', text: t.peopleTitle(unit.name) }),
        el('thead', {}, el('tr', {},
          ...[t.username, t.role, t.unit, t.created, t.state, t.actions].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...rows))));
  }

  const roles = admin ? ['OFFICER', 'PLANNER', 'ADMIN'] : ['OFFICER'];
  const form = el('form', { class: 'entry-form', dataset: { role: 'new-account' }, novalidate: true },
    el('h2', { text: t.newAccount }),
    el('p', { class: 'muted', text: t.newAccountUnit(unit.name) }),
    el('div', { class: 'form-row' },
      el('div', { class: 'field' }, el('label', { for: 'new-username', text: t.username }),
        el('input', { id: 'new-username', name: 'username', type: 'text', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', required: true })),
      el('div', { class: 'field' }, el('label', { for: 'new-role', text: t.role }),
        el('select', { id: 'new-role', name: 'role' }, ...roles.map((r) => el('option', { value: r, text: t.roles[r] })))),
      el('div', { class: 'field' }, el('label', { for: 'new-password', text: t.newPasswordLabel }),
        el('input', { id: 'new-password', name: 'password', type: 'password', autocomplete: 'new-password', required: true, minlength: 10 }))),
    el('button', { type: 'submit', class: 'button primary', dataset: { action: 'create-account' }, text: t.createAccount }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const role = data.get('role');
    try {
      await send('POST', '/api/v1/accounts', {
        username: data.get('username').trim(), password: data.get('password'), role,
        unitCode: role === 'ADMIN' ? null : unit.code,
      });
      say(t.accountCreated(data.get('username').trim()));
      form.reset();
      await drawTable();
    } catch (error) {
      if (error.status !== 401) say(problemText(error, lang), 'error');
    }
  });

  content.replaceChildren(
    el('h1', { text: t.peopleTitle(unit.name) }),
    el('p', { class: 'muted intro', text: admin ? t.peopleIntroAdmin : t.peopleIntroOfficer }),
    notice, tableHolder, form);
  await drawTable();
}, { period: false });
