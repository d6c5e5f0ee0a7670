// Funnel plot: the default comparison of the units one level down. Each unit's percentage against
// how many answered, with the limits chance alone allows; only the units outside them are named,
// so that a small commune is not "last" because of three unhappy citizens. The ranking stays one
// link away.

import { getJson, withQuery } from '../common/session.js';
import { count, interval, percent } from '../common/numbers.js';
import { el, startPage } from './shell.js';

const CRITERIA = ['ACCESS', 'FACILITIES', 'PROCEDURES', 'STAFF', 'RESULTS', 'FEEDBACK'];

startPage('funnel', async ({ t, lang, unit, content, query, periodText, linkTo, params, setParam }) => {
  const criterion = CRITERIA.includes(params.get('criterion')) ? params.get('criterion') : 'ACCESS';
  const centre = params.get('centre') === 'target' ? 'target' : 'parent';
  const dispersion = params.get('dispersion') === 'true' ? 'true' : 'false';
  const q = { ...query, criterion, centre, dispersion };
  const report = await getJson(withQuery('/api/v1/stats/funnel', q));

  const criterionSelect = el('select', { id: 'funnel-criterion', dataset: { action: 'criterion' } },
    ...CRITERIA.map((c) => el('option', { value: c, selected: c === criterion, text: t.criteria[c] })));
  criterionSelect.addEventListener('change', () => setParam('criterion', criterionSelect.value));
  const centreSelect = el('select', { id: 'funnel-centre', dataset: { action: 'centre' } },
    el('option', { value: 'parent', selected: centre === 'parent', text: t.funnelCentreParent(unit.name) }),
    el('option', { value: 'target', selected: centre === 'target', text: t.funnelCentreTarget }));
  centreSelect.addEventListener('change', () => setParam('centre', centreSelect.value));
  const spread = el('input', { type: 'checkbox', id: 'funnel-dispersion', checked: dispersion === 'true', dataset: { action: 'dispersion' } });
  spread.addEventListener('change', () => setParam('dispersion', spread.checked ? 'true' : 'false'));
  const controls = el('div', { class: 'funnel-controls' },
    el('label', { for: 'funnel-criterion', text: t.funnelCriterion }), criterionSelect,
    el('label', { for: 'funnel-centre', text: t.funnelCentre }), centreSelect,
    el('span', { class: 'check' }, spread, el('label', { for: 'funnel-dispersion', text: t.funnelDispersion })));

  const units = report.units || [];
  const outside = units.filter((u) => u.position !== 'WITHIN' && u.position !== 'NO_DATA');
  const inside = units.filter((u) => u.position === 'WITHIN');
  const none = units.filter((u) => u.position === 'NO_DATA');
  const head = [
    el('h1', { text: t.funnelTitle(unit.name) }),
    el('p', { class: 'period-line', text: periodText }),
    controls,
    el('p', { class: 'notice', dataset: { role: 'funnel-summary' },
      text: t.funnelSummary(percent(report.centrePercent, lang), outside.length, units.length - none.length) }),
  ];
  const width = Math.max(320, Math.min(1000, Math.round(document.getElementById('main').clientWidth - 32)));
  const height = Math.round(width * (width < 600 ? 1.1 : 0.55));
  const figure = units.length - none.length === 0 ? null : el('figure', { class: 'chart' },
    el('img', { src: withQuery('/api/v1/stats/charts/funnel.png', { ...q, width, height }),
      alt: t.funnelChartAlt(unit.name), width, height, dataset: { chart: 'funnel' } }));
  const row = (u) => el('tr', { dataset: { unit: u.unitCode, position: u.position } },
    el('th', { scope: 'row', 'data-label': t.unit }, el('a', { href: linkTo('overview', u.unitCode), text: u.unitName })),
    el('td', { class: 'num', 'data-label': t.funnelPercent, text: percent(u.percent, lang) }),
    el('td', { class: 'num', 'data-label': t.funnelN, text: count(u.n, lang) }),
    el('td', { class: 'num', 'data-label': t.funnelLimits95, text: interval(u.low95, u.high95, lang) }),
    el('td', { class: 'num', 'data-label': t.funnelLimits998, text: interval(u.low998, u.high998, lang) }),
    el('td', { 'data-label': t.funnelVerdict, text: t.positions[u.position] }));
  const table = (rows, caption) => [el('h2', { class: 'table-title', text: caption }), el('div', { class: 'table-wrap' },
    el('table', { class: 'data responsive' },
      el('caption', { class: 'visually-hidden', text: caption }),
      el('thead', {}, el('tr', {}, ...[t.unit, t.funnelPercent, t.funnelN, t.funnelLimits95, t.funnelLimits998, t.funnelVerdict]
        .map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, ...rows.map(row))))];
  content.replaceChildren(...[...head, figure,
    ...(outside.length ? table(outside, t.funnelOutside) : [el('p', { class: 'notice', dataset: { role: 'none-outside' }, text: t.funnelNoneOutside })]),
    ...(inside.length ? table(inside, t.funnelInside) : []),
    none.length ? el('p', { class: 'muted', text: t.noDataUnits(none.length) }) : null,
    el('p', {}, el('a', { href: linkTo('comparison'), dataset: { nav: 'ranking' }, text: t.funnelToRanking }))].filter(Boolean));
}, { extraParams: ['criterion', 'centre', 'dispersion'] });
