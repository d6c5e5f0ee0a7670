// Trend: the index and criteria by month, quarter or year with the target line, and where the
// index is heading by the end of the target year.

import { getJson, withQuery } from '../common/session.js';
import { count, date, percent } from '../common/numbers.js';
import { chart, el, startPage } from './shell.js';
import { reportLinks } from '../common/report-links.js';
import { basisControl, lineageQuery, partialBlock } from './lineage.js';
import { criterionName } from './strings.js';

const BY = ['month', 'quarter', 'year'];

/** The range each granularity shows: 24 months, 12 quarters or every year since 2023. */
function range(by, today) {
  const [y, m] = today.split('-').map(Number);
  if (by === 'year') return { from: '2023-01-01', to: today };
  if (by === 'quarter') {
    const q = Math.floor((m - 1) / 3);
    const start = new Date(Date.UTC(y, q * 3 - 33, 1));
    return { from: start.toISOString().slice(0, 10), to: today };
  }
  const start = new Date(Date.UTC(y, m - 24, 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** The period label (2025-11, 2025-Q4, 2025) a day falls in, as the trend's points are named. */
function periodOf(day, by) {
  const [y, m] = day.split('-');
  if (by === 'year') return y;
  if (by === 'quarter') return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
  return `${y}-${m}`;
}

function periodName(code, lang) {
  let m;
  if ((m = /^(\d{4})-Q(\d)$/.exec(code))) return lang === 'en' ? `Q${m[2]} ${m[1]}` : `Quý ${m[2]}/${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(code))) return lang === 'en' ? `${m[2]}/${m[1]}` : `${m[2]}/${m[1]}`;
  return code;
}

startPage('trend', async ({ t, lang, unit, content, today, params, setParam }) => {
  const by = BY.includes(params.get('by')) ? params.get('by') : 'month';
  const query = { unit: unit.code, period: by.toUpperCase(), ...range(by, today), ...lineageQuery(params, unit, today) };
  const [report, milestones, questionnaire] = await Promise.all([
    getJson(withQuery('/api/v1/analysis/trend', query)),
    getJson(withQuery('/api/v1/plans/milestones', { unit: unit.code, from: query.from, to: query.to })),
    getJson('/api/v1/questionnaire')]);
  const nameOf = (code) => criterionName(questionnaire.criteria.find((c) => c.code === code) || { nameVi: code }, lang);
  // plan tasks done, by the period they fall in: the mark beside that period
  // empty lists are left out of the answers
  const done = milestones.done || [];
  const doneIn = new Map();
  done.forEach((item) => {
    const key = periodOf(item.doneOn, by);
    doneIn.set(key, (doneIn.get(key) || 0) + 1);
  });
  const index = report.series.find((s) => s.criterion === 'INDEX');

  const select = el('select', { id: 'trend-by' }, ...BY.map((b) => {
    const option = el('option', { value: b, text: t.byKinds[b] });
    option.selected = b === by;
    return option;
  }));
  select.addEventListener('change', () => setParam('by', select.value));
  const projection = index && index.projection != null
    ? t.projection(index.projection, report.targetYear, index.target, index.reachesTarget)
    : t.noProjection;
  const rows = (index ? index.points : []).slice().reverse().map((p) => el('tr', {},
    el('th', { scope: 'row', 'data-label': t.periodCol, text: periodName(p.period, lang) }),
    el('td', { class: 'num', 'data-label': t.index, text: percent(p.percent, lang) }),
    el('td', { class: 'num', 'data-label': t.respondentsCol, text: count(p.respondents, lang) }),
    el('td', { 'data-label': t.planDoneCol, dataset: { done: doneIn.get(p.period) ? String(doneIn.get(p.period)) : null },
      text: doneIn.get(p.period) ? t.trendDoneMark(doneIn.get(p.period)) : '' })));
  const doneList = done.length === 0 ? el('p', { class: 'muted', text: t.trendDoneNone })
    : el('ul', { class: 'done-tasks', dataset: { role: 'done-tasks' } }, ...done.slice().reverse().map((item) =>
      el('li', { dataset: { criterion: item.criterion, done: item.doneOn } },
        el('strong', { text: date(item.doneOn, lang) }),
        ` · ${nameOf(item.criterion)} · ${item.task}`,
        item.unitCode !== unit.code ? ` (${item.unitName})` : '')));

  content.replaceChildren(
    el('h1', { text: t.trendTitle(unit.name) }),
    el('div', { class: 'field inline' }, el('label', { for: 'trend-by', text: t.by }), select),
    el('p', { class: 'look-first', dataset: { role: 'projection' }, text: projection }),
    basisControl({ t, unit, today, basis: report.basis, setParam }),
    partialBlock({ t, lang, partial: report.partial, included: report.partialIncluded, setParam }),
    reportLinks(query, lang),
    chart('trend.png', query, t.chartTrend(unit.name)),
    el('p', { class: 'muted small', text: t.reform }),
    // three short columns fit a phone as a table
    el('div', { class: 'table-wrap narrow-table' },
      el('table', { class: 'data' },
        el('caption', { class: 'visually-hidden', text: t.trendTitle(unit.name) }),
        el('thead', {}, el('tr', {}, ...[t.periodCol, t.index, t.respondentsCol, t.planDoneCol].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...rows))),
    el('section', { class: 'done-section', dataset: { role: 'plan-marks' } },
      el('h2', { text: t.trendDoneTitle }),
      el('p', { class: 'muted small', text: t.trendDoneIntro }),
      doneList));
}, { period: false, extraParams: ['by', 'basis', 'partial'] });
