// Units and reorganisations (admins): the tree on a date, a CSV reorganisation dry run first and
// applied only after it (the same file and reason), the kiosks of ended units re-pointed in one
// action, and the audit of every applied reorganisation (docs/units.md, "Reorganisations").

import { getJson, send, sendText, withQuery } from '../common/session.js';
import { count, date, dateTime } from '../common/numbers.js';
import { el, startPage } from './shell.js';
import { confirmedButton, problemText } from './actions.js';

startPage('units', async ({ t, lang, unit, today, content }) => {
  const notice = el('div', { dataset: { role: 'notice' }, 'aria-live': 'polite' });
  const say = (text, kind = '') => notice.replaceChildren(
    el('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status', text }));
  const span = (from, to) => `${from ? date(from, lang) : '…'} – ${to ? date(to, lang) : t.open}`;

  // the tree on a date, under the unit picked above
  const treeHolder = el('div', { dataset: { role: 'tree' } });
  const day = el('input', { id: 'tree-date', type: 'date', value: today, required: true });
  const drawTree = async () => {
    const on = day.value || today;
    const units = await getJson(withQuery('/api/v1/units', { on }));
    const children = new Map();
    units.forEach((u) => {
      if (!children.has(u.parentCode)) children.set(u.parentCode, []);
      children.get(u.parentCode).push(u);
    });
    // agencies first, then districts and communes, each by name; a unit with units under it folds
    const order = { PROVINCE: 0, DEPARTMENT: 1, OTHER: 2, DISTRICT: 3, COMMUNE: 4 };
    children.forEach((list) => list.sort((a, b) => (order[a.level] - order[b.level]) || a.name.localeCompare(b.name, 'vi')));
    const label = (u) => [el('span', { class: 'unit-name', text: u.name }), ' ',
      el('code', { class: 'muted small', text: u.code }), ' ',
      el('span', { class: 'muted small', text: span(u.validFrom, u.validTo) })];
    const item = (u, open = false) => el('li', { dataset: { unit: u.code } }, ...(children.has(u.code)
      ? [el('details', { open }, el('summary', {}, ...label(u), ` (${count(children.get(u.code).length, lang)})`),
        el('ul', {}, ...children.get(u.code).map((c) => item(c))))]
      : label(u)));
    const top = units.find((u) => u.code === unit.code);
    const roots = top ? [top] : units.filter((u) => !u.parentCode);
    treeHolder.replaceChildren(
      el('p', { class: 'muted', text: t.treeCount(count(units.length, lang)) }),
      el('ul', { class: 'unit-tree' }, ...roots.map((r) => item(r, true))));
  };
  const treeForm = el('form', { class: 'entry-form', dataset: { role: 'tree-date' } },
    el('div', { class: 'form-row' },
      el('div', { class: 'field' }, el('label', { for: 'tree-date', text: t.treeDate }), day)),
    el('button', { type: 'submit', class: 'button', dataset: { action: 'show-tree' }, text: t.showTree }));
  treeForm.addEventListener('submit', (event) => { event.preventDefault(); drawTree(); });

  // the import: dry run, then apply what was dry run
  const report = el('div', { dataset: { role: 'report' } });
  const file = el('input', { id: 'csv-file', type: 'file', accept: '.csv,text/csv', required: true });
  const reason = el('input', { id: 'reason', type: 'text', autocomplete: 'off' });
  let checked = null; // { text, name } of the last dry run that passed
  const applyHolder = el('div', { class: 'row-actions' });

  const table = (caption, headings, rows) => {
    if (rows.length === 0) return el('p', { class: 'muted', text: `${caption}: ${t.none}` });
    const cell = (c, i) => el(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, 'data-label': headings[i] }, c);
    return el('div', {}, el('h3', { text: caption }), el('div', { class: 'table-wrap' }, el('table', { class: 'data responsive' },
      el('caption', { class: 'visually-hidden', text: caption }),
      el('thead', {}, el('tr', {}, ...headings.map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map(cell)))))));
  };

  const repoint = (kiosk, to) => {
    const button = el('button', { type: 'button', class: 'button', dataset: { action: 'repoint', from: kiosk.unitCode, to }, text: t.moveKiosks(to) });
    button.addEventListener('click', async () => {
      try {
        const moved = await send('POST', '/api/v1/kiosks/repoint', { fromUnitCode: kiosk.unitCode, toUnitCode: to });
        say(t.kiosksMoved(moved.kiosks.length, moved.toUnitCode));
      } catch (error) {
        if (error.status !== 401) say(problemText(error, lang), 'error');
      }
    });
    return button;
  };

  const showReport = (r) => {
    const share = (s) => (s === 'WHOLE' ? t.shareWhole : t.sharePartial);
    report.replaceChildren(
      table(t.endedUnits, [t.code, t.name, t.to, t.line],
        r.ended.map((e) => [e.code, e.name, date(e.validTo, lang), String(e.line)])),
      table(t.startedUnits, [t.code, t.name, t.from, t.to, t.line],
        r.started.map((s) => [s.code, s.name, s.validFrom ? date(s.validFrom, lang) : '…', s.validTo ? date(s.validTo, lang) : t.open, String(s.line)])),
      table(t.linksTitle, [t.line, t.code, t.successors, t.share],
        r.links.map((l) => [String(l.line), l.predecessor, l.successor, share(l.share)])),
      table(t.kiosksAffected, [t.code, t.name, t.successors],
        r.kiosks.map((k) => [k.code, k.unitCode, r.dryRun || k.successors.length === 0
          ? k.successors.join(', ') : el('div', { class: 'row-actions' }, ...k.successors.map((to) => repoint(k, to)))])),
      table(t.accountsAffected, [t.code, t.name, t.successors],
        r.accounts.map((a) => [a.username, a.unitCode, a.successors.join(', ')])),
      r.ratings.length === 0 ? el('p', { class: 'muted', text: `${t.ratingsMoving}: ${t.none}` })
        : el('ul', { dataset: { role: 'ratings' } }, ...r.ratings.map((m) => el('li', {
          text: t.ratingsLine(count(m.count, lang), m.unitCode, date(m.after, lang), m.movesTo) }))));
  };

  const read = async () => {
    const chosen = file.files && file.files[0];
    if (!chosen) return null;
    return { text: await chosen.text(), name: chosen.name };
  };

  const dryRun = async () => {
    applyHolder.replaceChildren();
    checked = null;
    const plan = await read();
    if (!plan) { say(t.noFile, 'error'); return; }
    try {
      const r = await sendText('POST', withQuery('/api/v1/reorganisations', { dryRun: 'true' }), plan.text, 'text/csv');
      checked = plan;
      say(t.dryRunDone);
      showReport(r);
      applyHolder.replaceChildren(confirmedButton('apply', t.apply, t.confirmApply, apply, 'primary'));
    } catch (error) {
      if (error.status === 401) return;
      report.replaceChildren();
      const errors = (error.problem && error.problem.errors) || [];
      notice.replaceChildren(el('div', { class: 'notice error', role: 'alert', dataset: { role: 'refused' } },
        el('p', { text: t.refused }),
        errors.length ? el('ul', {}, ...errors.map((e) => el('li', { dataset: { field: e.field, code: e.code },
          text: `${e.field.replace(/^line (\d+)/, `${t.line} $1`)}: ${lang === 'en' ? e.en : e.vi}` }))) : el('p', { text: error.message })));
    }
  };

  async function apply() {
    if (!checked) return;
    if (!reason.value.trim()) { say(t.needReason, 'error'); reason.focus(); return; }
    try {
      const r = await sendText('POST', withQuery('/api/v1/reorganisations',
        { dryRun: 'false', reason: reason.value.trim(), origin: checked.name }), checked.text, 'text/csv');
      applyHolder.replaceChildren();
      checked = null;
      say(t.applied(r.id));
      showReport(r);
      await Promise.all([drawTree(), drawAudit()]);
    } catch (error) {
      if (error.status !== 401) say(problemText(error, lang), 'error');
    }
  }

  const importForm = el('form', { class: 'entry-form', dataset: { role: 'import' }, novalidate: true },
    el('h2', { text: t.importTitle }),
    el('p', { class: 'muted', text: t.importHelp }),
    el('div', { class: 'form-row' },
      el('div', { class: 'field' }, el('label', { for: 'csv-file', text: t.csvFile }), file),
      el('div', { class: 'field' }, el('label', { for: 'reason', text: t.reason }), reason)),
    el('div', { class: 'row-actions' },
      el('button', { type: 'submit', class: 'button', dataset: { action: 'dry-run' }, text: t.dryRun }), applyHolder));
  importForm.addEventListener('submit', (event) => { event.preventDefault(); dryRun(); });
  file.addEventListener('change', () => { applyHolder.replaceChildren(); checked = null; });

  // the audit
  const auditHolder = el('div', { dataset: { role: 'audit' } });
  async function drawAudit() {
    const list = await getJson('/api/v1/reorganisations');
    if (list.reorganisations.length === 0) {
      auditHolder.replaceChildren(el('p', { class: 'muted', text: t.noAudit }));
      return;
    }
    auditHolder.replaceChildren(el('div', { class: 'table-wrap' }, el('table', { class: 'data responsive' },
      el('caption', { class: 'visually-hidden', text: t.auditTitle }),
      el('thead', {}, el('tr', {}, ...[t.appliedAt, t.appliedBy, t.reason, t.origin, t.changesCount]
        .map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, ...list.reorganisations.map((r) => el('tr', { dataset: { reorganisation: String(r.id) } },
        el('th', { scope: 'row', 'data-label': t.appliedAt, text: dateTime(r.appliedAt, lang) }),
        el('td', { 'data-label': t.appliedBy, text: r.appliedBy }),
        el('td', { 'data-label': t.reason, text: r.reason }),
        el('td', { 'data-label': t.origin, text: r.origin || '' }),
        el('td', { 'data-label': t.changesCount },
          el('details', {}, el('summary', { text: t.showChanges(count(r.changes.length, lang)) }),
            el('ul', { class: 'small' }, ...r.changes.map((c) => el('li', { text: `${t.line} ${c.line} · ${c.change} · ${c.summary}` })))))))))));
  }

  content.replaceChildren(
    el('h1', { text: t.unitsTitle }),
    el('p', { class: 'muted intro', text: t.unitsIntro }),
    notice,
    el('section', { 'aria-labelledby': 'import-title' }, importForm, report),
    el('section', { 'aria-labelledby': 'tree-title' },
      el('h2', { id: 'tree-title', text: t.treeTitle }), treeForm, treeHolder),
    el('section', { 'aria-labelledby': 'audit-title' }, el('h2', { id: 'audit-title', text: t.auditTitle }), auditHolder));
  importForm.querySelector('h2').id = 'import-title';
  await Promise.all([drawTree(), drawAudit()]);
}, { period: false });
