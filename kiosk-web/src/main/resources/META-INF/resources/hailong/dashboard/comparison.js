// Comparison: the units one level down ranked by index, with how many people answered, so that a
// unit with a handful of answers is never shown first without saying so.

import { getJson, withQuery } from '../common/session.js';
import { count, percent, target } from '../common/numbers.js';
import { chart, el, MIN_ANSWERS, startPage } from './shell.js';
import { reportLinks } from '../common/report-links.js';
import { basisControl, lineageQuery, partialBlock, partialText } from './lineage.js';

startPage('comparison', async ({ t, lang, unit, content, query: periodQuery, periodText, linkTo, params, today, setParam }) => {
  const query = { ...periodQuery, ...lineageQuery(params, unit, today) };
  const report = await getJson(withQuery('/api/v1/analysis/ranking', query));
  const head = [el('h1', { text: t.comparisonTitle(unit.name) }), el('p', { class: 'period-line', text: periodText }),
    basisControl({ t, unit, today, basis: report.basis, setParam }), reportLinks(query, lang)];
  // a unit's split communes, with their own index, under its name
  const partialOf = (e) => ((e.partial || []).length === 0 ? null
    : el('span', { class: 'partial-row small', dataset: { role: 'partial-row' } }, el('span', { class: 'muted', text: `${t.partialRow} ` }),
      e.partial.map((p) => partialText(p, t, lang)).join('; ')));
  if (report.units.length === 0) {
    content.replaceChildren(...head, el('p', { class: 'notice', text: t.noUnits }));
    return;
  }
  // null fields are left out of the JSON: == null covers both
  const few = (e) => e.index != null && e.respondents < MIN_ANSWERS;
  const ranked = report.units.filter((e) => e.index != null);
  const empty = report.units.filter((e) => e.index == null);
  const first = ranked[0];
  const rows = ranked.map((e) => el('tr', { dataset: { unit: e.unitCode, few: few(e) ? 'true' : null } },
    el('td', { class: 'num', 'data-label': t.rank, text: e.rank == null ? '–' : String(e.rank) }),
    el('th', { scope: 'row', 'data-label': t.unit },
      el('a', { href: linkTo('overview', e.unitCode), text: e.unitName }),
      few(e) ? el('span', { class: 'flag', text: t.fewAnswers(count(e.respondents, lang)) }) : null,
      partialOf(e)),
    el('td', { class: 'num', 'data-label': t.index, text: percent(e.index, lang) }),
    el('td', { class: 'num', 'data-label': t.respondentsCol, text: count(e.respondents, lang) }),
    el('td', { class: 'num', 'data-label': t.target, text: target(e.target, lang) })));
  content.replaceChildren(...[...head,
    first && few(first) ? el('p', { class: 'notice warning', dataset: { role: 'top-few' }, text: t.topFew(first.unitName, count(first.respondents, lang)) }) : null,
    partialBlock({ t, lang, partial: report.units.flatMap((e) => e.partial || []), included: report.partialIncluded, setParam, withFigures: false }),
    el('div', { class: 'table-wrap' },
      el('table', { class: 'data responsive' },
        el('caption', { class: 'visually-hidden', text: t.comparisonTitle(unit.name) }),
        el('thead', {}, el('tr', {}, ...[t.rank, t.unit, t.index, t.respondentsCol, t.target].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...rows))),
    ranked.length === 0 ? el('p', { class: 'notice', text: t.noRanked }) : null,
    empty.length === 0 ? null : el('details', { class: 'no-data-units', dataset: { role: 'no-data-units' } },
      el('summary', { text: t.noDataUnits(empty.length) }),
      el('ul', {}, ...empty.map((e) => el('li', {}, el('a', { href: linkTo('overview', e.unitCode), text: e.unitName }))))),
    // a bar per unit reads up to a few dozen units; beyond that the table says it better
    ranked.length === 0 || report.units.length > 40 ? null : chart('ranking.png', query, t.chartRanking(unit.name), report.units.length)].filter(Boolean));
}, { extraParams: ['basis', 'partial'] });
