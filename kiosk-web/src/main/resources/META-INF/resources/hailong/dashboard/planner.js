// Planner: how many citizens a unit needs to ask per period before its percentage can be told from
// the target, beside how many it asked; and the published rule for when a unit can be judged.

import { getJson, withQuery } from '../common/session.js';
import { count, decimal, percent, target } from '../common/numbers.js';
import { el, startPage } from './shell.js';

startPage('planner', async ({ t, lang, unit, content, query, periodText, linkTo }) => {
  const report = await getJson(withQuery('/api/v1/stats/planner', query));
  const rule = el('p', { class: 'notice', dataset: { role: 'rule' },
    text: t.plannerRule(decimal(report.maxHalfWidth, 1, lang), decimal(report.alpha, 2, lang), decimal(report.power, 1, lang)) });
  const not = report.notAssessable || [];
  const byCode = new Map((report.units || []).map((u) => [u.unitCode, u]));
  // below the unit itself, only the criteria with data: a unit without any is in the list above
  const shown = (report.units || []).map((u) => ({ ...u, criteria: u.top ? u.criteria : u.criteria.filter((c) => c.percent != null) }))
    .filter((u) => u.top || u.criteria.length > 0);
  const cards = shown.map((u) => el('section', { class: 'planner-unit', dataset: { unit: u.unitCode } },
    el('h2', {}, u.top ? el('span', { text: u.unitName }) : el('a', { href: linkTo('overview', u.unitCode), text: u.unitName })),
    el('div', { class: 'table-wrap' }, el('table', { class: 'data responsive' },
      el('caption', { class: 'visually-hidden', text: u.unitName }),
      el('thead', {}, el('tr', {}, ...[t.criterion, t.plannerPercent, t.target, t.plannerHave, t.plannerNeed, t.plannerHalf, t.plannerVerdict]
        .map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, ...u.criteria.map((c) => el('tr', { dataset: { criterion: c.criterion, assessable: String(c.assessable) } },
        el('th', { scope: 'row', 'data-label': t.criterion, text: t.criteria[c.criterion] }),
        el('td', { class: 'num', 'data-label': t.plannerPercent, text: percent(c.percent, lang) }),
        el('td', { class: 'num', 'data-label': t.target, text: target(c.target, lang) }),
        el('td', { class: 'num', 'data-label': t.plannerHave, text: count(c.respondents, lang) }),
        el('td', { class: 'num', 'data-label': t.plannerNeed, text: c.needed == null ? (c.percent == null ? '–' : t.plannerEqual) : count(c.needed, lang) }),
        el('td', { class: 'num', 'data-label': t.plannerHalf, text: c.halfWidth == null ? '–' : `±${decimal(c.halfWidth, 1, lang)}` }),
        el('td', { 'data-label': t.plannerVerdict, class: c.assessable ? 'ok' : 'not-yet',
          text: c.percent == null ? t.plannerNoData : c.assessable ? t.plannerCan : t.plannerCannot }))))))));
  content.replaceChildren(...[
    el('h1', { text: t.plannerTitle(unit.name) }),
    el('p', { class: 'period-line', text: periodText }),
    rule,
    not.length ? el('details', { class: 'no-data-units', dataset: { role: 'not-assessable' } },
      el('summary', { text: t.plannerNotAssessable(not.length) }),
      el('ul', {}, ...not.map((code) => el('li', { text: byCode.get(code) ? byCode.get(code).unitName : code })))) : null,
    ...cards].filter(Boolean));
});
