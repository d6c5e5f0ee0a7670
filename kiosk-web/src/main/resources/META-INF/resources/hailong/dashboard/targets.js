// Targets: the effective targets of a unit for a year and where each comes from; planners and
// admins set one (unit, criterion or all, year) after a preview of the units it would put below
// target in the current period. Officers read only: the server refuses their writes anyway.

import { getJson, send, withQuery } from '../common/session.js';
import { count, date, decimal, percent, target } from '../common/numbers.js';
import { el, startPage } from './shell.js';
import { criterionName } from './strings.js';
import { confirmedButton, problemText as actionProblem } from './actions.js';

const STATUS_CLASS = { BELOW: 'below', SIGNIFICANTLY_BELOW: 'clearly-below' };

/** "90,5" or "90.5" as 90.5; null when it is not a number. */
function parsePercent(text) {
  const cleaned = text.trim().replace('%', '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

startPage('targets', async (context) => {
  const { t, lang, unit, content, session, units, params, today, setParam } = context;
  const thisYear = Number(today.slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const canSet = session.role === 'PLANNER' || session.role === 'ADMIN';
  const [data, questionnaire] = await Promise.all([
    getJson(withQuery('/api/v1/targets', { unit: unit.code, year })), getJson('/api/v1/questionnaire')]);
  const names = new Map(questionnaire.criteria.map((c) => [c.code, c]));
  const nameOf = (code) => (code ? criterionName(names.get(code) || { nameVi: code }, lang) : t.allCriteria);
  const unitName = (code) => (units.find((u) => u.code === code) || { name: code }).name;

  const yearSelect = el('select', { id: 'target-year' },
    ...Array.from({ length: thisYear - 2023 + 3 }, (_, i) => 2023 + i).map((y) =>
      el('option', { value: String(y), selected: y === year, text: String(y) })));
  yearSelect.addEventListener('change', () => setParam('year', yearSelect.value));

  const effectiveRows = data.effective.map((e) => el('tr', { dataset: { criterion: e.criterion || 'INDEX', source: e.source } },
    el('th', { scope: 'row', 'data-label': t.criterion, text: e.criterion ? nameOf(e.criterion) : t.index }),
    el('td', { class: 'num', 'data-label': t.target, dataset: { value: 'target' }, text: target(e.percent, lang) }),
    el('td', { 'data-label': t.targetSource, dataset: { value: 'source' }, text: t.source(e, year) })));

  const setList = (data.set || []);
  const setTable = setList.length === 0 ? el('p', { class: 'muted', text: t.noTargetsSet(year) })
    : el('div', { class: 'table-wrap narrow-table' }, el('table', { class: 'data responsive' },
      el('caption', { class: 'visually-hidden', text: t.targetsSet(year) }),
      el('thead', {}, el('tr', {}, ...[t.unit, t.criterion, t.target, t.setBy].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, ...setList.map((s) => el('tr', { dataset: { unit: s.unitCode || '*', criterion: s.criterion || '*' } },
        el('th', { scope: 'row', 'data-label': t.unit, text: s.unitCode ? unitName(s.unitCode) : t.provinceWide }),
        el('td', { 'data-label': t.criterion, text: nameOf(s.criterion) }),
        el('td', { class: 'num', 'data-label': t.target, text: target(s.percent, lang) }),
        el('td', { 'data-label': t.setBy, text: s.updatedBy }))))));

  const parts = [
    el('h1', { text: t.targetsTitle(unit.name) }),
    el('div', { class: 'field inline' }, el('label', { for: 'target-year', text: t.year }), yearSelect),
    el('p', { class: 'muted', text: t.targetsIntro }),
    el('div', { class: 'table-wrap narrow-table' },
      el('table', { class: 'data responsive', dataset: { role: 'effective' } },
        el('caption', { class: 'visually-hidden', text: t.effectiveTitle(unit.name, year) }),
        el('thead', {}, el('tr', {}, ...[t.criterion, t.target, t.targetSource].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...effectiveRows))),
    el('h2', { text: t.targetsSet(year) }),
    setTable,
  ];
  if (!canSet) {
    // said first, so that an officer does not look for a form
    content.replaceChildren(parts[0], el('p', { class: 'notice', dataset: { role: 'read-only' }, text: t.readOnly }), ...parts.slice(1));
    return;
  }

  // the form: unit is the picker's, criterion one or all, year, percent
  const criterion = el('select', { id: 'target-criterion' },
    el('option', { value: '', text: t.allCriteria }),
    ...questionnaire.criteria.map((c) => el('option', { value: c.code, text: criterionName(c, lang) })));
  const yearInput = el('input', { id: 'target-form-year', type: 'number', min: '2015', max: '2100', value: String(year), inputmode: 'numeric' });
  const current = data.effective.find((e) => e.criterion == null);
  const percentInput = el('input', { id: 'target-percent', type: 'text', inputmode: 'decimal', autocomplete: 'off',
    value: decimal(current.percent, Number.isInteger(current.percent) ? 0 : 1, lang), 'aria-describedby': 'target-percent-help' });
  const problem = el('p', { class: 'field-problem', role: 'alert', dataset: { role: 'form-problem' } });
  const previewBox = el('section', { class: 'preview', 'aria-live': 'polite', dataset: { role: 'preview' } });
  const previewButton = el('button', { type: 'submit', class: 'button', dataset: { action: 'preview' }, text: t.previewButton });
  const saveButton = el('button', { type: 'button', class: 'button primary', dataset: { action: 'save' }, disabled: true, text: t.saveButton });
  const saved = el('p', { class: 'notice success', role: 'status', dataset: { role: 'saved' }, hidden: true });
  let previewed = null;

  const values = () => {
    const p = parsePercent(percentInput.value);
    if (p === null || !(p > 0 && p <= 100)) return { error: t.percentProblem };
    const y = Number(yearInput.value);
    if (!Number.isInteger(y) || y < 2015 || y > 2100) return { error: t.yearProblem };
    return { unitCode: unit.code, year: y, criterion: criterion.value || null, percent: p };
  };
  const problemText = (error) => {
    const fields = error.problem && error.problem.errors;
    if (fields && fields.length) return fields.map((f) => (lang === 'en' ? f.en : f.vi)).join('; ');
    return error.status === 403 ? t.forbiddenTarget : `${t.failed} (${error.message})`;
  };
  // any change asks for a new preview before saving
  [criterion, yearInput, percentInput].forEach((input) => input.addEventListener('input', () => {
    previewed = null;
    saveButton.disabled = true;
  }));

  const form = el('form', { id: 'set-target', class: 'target-form', novalidate: true, dataset: { role: 'target-form' } },
    el('h2', { text: t.setTitle }),
    el('p', { class: 'muted', text: t.setFor(unit.name) }),
    el('div', { class: 'form-row' },
      el('div', { class: 'field' }, el('label', { for: 'target-criterion', text: t.criterion }), criterion),
      el('div', { class: 'field' }, el('label', { for: 'target-form-year', text: t.year }), yearInput),
      el('div', { class: 'field' }, el('label', { for: 'target-percent', text: t.targetPercent }), percentInput,
        el('small', { id: 'target-percent-help', class: 'muted', text: t.percentHelp }))),
    problem,
    el('div', { class: 'form-actions' }, previewButton, saveButton),
    previewBox);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    problem.textContent = '';
    saved.hidden = true;
    const v = values();
    if (v.error) { problem.textContent = v.error; return; }
    previewButton.disabled = true;
    try {
      const p = await getJson(withQuery('/api/v1/targets/preview',
        { unit: v.unitCode, year: v.year, criterion: v.criterion, percent: v.percent }));
      previewed = v;
      saveButton.disabled = false;
      const below = p.below || [];
      const newly = new Set((p.newlyBelow || []).map((g) => `${g.unitCode} ${g.criterion}`));
      const lifted = p.noLongerBelow || [];
      previewBox.replaceChildren(...[
        el('h3', { text: t.previewTitle }),
        el('p', { dataset: { role: 'preview-summary' },
          text: t.previewSummary(target(v.percent, lang), nameOf(v.criterion), v.year, date(p.from, lang), date(p.to, lang), below.length, newly.size) }),
        below.length === 0 ? el('p', { class: 'notice', text: t.previewNone }) : el('div', { class: 'table-wrap' },
          el('table', { class: 'data responsive' },
            el('caption', { class: 'visually-hidden', text: t.previewTitle }),
            el('thead', {}, el('tr', {}, ...[t.unit, t.criterion, t.percentSatisfied, t.respondentsCol, t.target, t.status].map((h) => el('th', { scope: 'col', text: h })))),
            el('tbody', {}, ...below.map((g) => el('tr', { dataset: { unit: g.unitCode, criterion: g.criterion, newly: newly.has(`${g.unitCode} ${g.criterion}`) ? 'true' : null } },
              el('th', { scope: 'row', 'data-label': t.unit }, g.unitName,
                newly.has(`${g.unitCode} ${g.criterion}`) ? el('span', { class: 'flag', text: t.newlyBelow }) : null),
              el('td', { 'data-label': t.criterion, text: nameOf(g.criterion) }),
              el('td', { class: 'num', 'data-label': t.percentSatisfied, text: percent(g.percent, lang) }),
              el('td', { class: 'num', 'data-label': t.respondentsCol, text: count(g.respondents, lang) }),
              el('td', { class: 'num', 'data-label': t.target, text: target(g.target, lang) }),
              el('td', { 'data-label': t.status }, el('span', { class: `status ${STATUS_CLASS[g.status]}`, text: t.statuses[g.status] }))))))),
        lifted.length === 0 ? null : el('p', { dataset: { role: 'lifted' },
          text: t.previewLifted(lifted.map((g) => `${g.unitName} (${nameOf(g.criterion)})`).join(', ')) }),
        el('p', { class: 'muted small', text: t.previewHelp }),
      ].filter(Boolean));
      saveButton.focus();
    } catch (error) {
      if (error.status === 401) return;
      problem.textContent = problemText(error);
    } finally {
      previewButton.disabled = false;
    }
  });

  saveButton.addEventListener('click', async () => {
    if (!previewed) return;
    saveButton.disabled = true;
    try {
      const v = previewed;
      const stored = await send('PUT', '/api/v1/targets', v);
      previewed = null;
      previewBox.replaceChildren();
      // the page for the saved year shows the new value and where it comes from
      sessionStorage.setItem('hailong.targets.saved', t.savedText(target(stored.percent, lang), nameOf(stored.criterion), unit.name, stored.year));
      setParam('year', String(stored.year));
    } catch (error) {
      if (error.status === 401) return;
      problem.textContent = problemText(error);
      saveButton.disabled = false;
    }
  });

  const message = sessionStorage.getItem('hailong.targets.saved');
  if (message) {
    sessionStorage.removeItem('hailong.targets.saved');
    saved.textContent = message;
    saved.hidden = false;
  }
  // an ended unit's targets stay with it until a planner carries them to its successors
  const successors = unit.validTo && unit.validTo < today ? (unit.successors || []) : [];
  let carrySection = null;
  if (successors.length > 0) {
    // a successor often keeps the ended unit's name: its first day tells them apart
    const named = (code) => {
      const u = units.find((x) => x.code === code);
      return u ? t.sinceDay(u.name, date(u.validFrom, lang)) : code;
    };
    const names = successors.map((s) => named(s.code)).join(', ');
    const outcome = el('div', { 'aria-live': 'polite', dataset: { role: 'carry-outcome' } });
    const button = confirmedButton('carry-targets', t.carryButton(year), t.carryConfirm, async () => {
      try {
        const r = await send('POST', '/api/v1/targets/carry', { fromUnitCode: unit.code, year });
        const copied = r.copied || [];
        const skipped = r.skipped || [];
        const to = [...new Set(copied.map((c) => named(c.unitCode)))].join(', ');
        outcome.replaceChildren(...[
          el('p', { class: 'notice success', role: 'status', text: t.carryDone(copied.length, to) }),
          skipped.length === 0 ? null : el('p', { class: 'notice', text: t.carrySkipped(skipped.map((k) => k.unitName).join(', ')) }),
        ].filter(Boolean));
      } catch (error) {
        if (error.status === 401) return;
        outcome.replaceChildren(el('p', { class: 'notice error', role: 'alert', text: actionProblem(error, lang) }));
      }
    });
    carrySection = el('section', { class: 'carry', dataset: { role: 'carry' } },
      el('h2', { text: t.carryTitle }),
      el('p', { text: t.carryIntro(unit.name, date(unit.validTo, lang), year, names) }),
      el('div', { class: 'form-actions' }, button),
      outcome);
  }
  // on a phone the form is below seven cards: a link to it comes first
  const jump = el('p', { class: 'jump' }, el('a', { href: '#set-target', dataset: { action: 'jump-to-form' }, text: t.jumpToForm }));
  content.replaceChildren(...[parts[0], saved, jump, ...parts.slice(1), carrySection, form].filter(Boolean));
}, { period: false, extraParams: ['year'] });
