// Overview: the index and the six criteria of one unit for a period, what to look at first, and
// the criteria chart.

import { getJson, withQuery } from '../common/session.js';
import { count, interval, percent, target } from '../common/numbers.js';
import { chart, el, startPage } from './shell.js';
import { reportLinks } from '../common/report-links.js';
import { criterionName } from './strings.js';

const STATUS_CLASS = { MET: 'met', BELOW: 'below', SIGNIFICANTLY_BELOW: 'clearly-below', INSUFFICIENT_DATA: 'no-data' };

/** The quarter (2017-Q3) a day falls in. */
function quarterOf(day) {
  const [y, m] = day.split('-').map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** The sentence that says what to look at first: the lowest criterion with enough data. */
function lookFirst(report, t, lang) {
  const assessed = report.criteria.filter((c) => c.status !== 'INSUFFICIENT_DATA' && c.percent != null);
  if (assessed.length === 0) return t.noData;
  const lowest = assessed.reduce((a, b) => (b.gap < a.gap ? b : a));
  const name = criterionName(lowest, lang);
  return lowest.gap < 0 ? t.lookFirst(name, lowest.percent, lowest.gap) : t.allMet(name, lowest.percent);
}

startPage('overview', async ({ t, lang, unit, content, query, periodText, session, linkTo }) => {
  const [report, dossiers, feedback] = await Promise.all([
    getJson(withQuery('/api/v1/analysis/satisfaction', query)),
    // dossier timeliness of the quarter the period starts in, beside RESULTS; the page stands without
    getJson(withQuery('/api/v1/dossiers', { unit: unit.code, period: quarterOf(query.from) })).catch(() => null),
    // the complaints beside the FEEDBACK criterion; an old server or a refusal leaves it out
    getJson(withQuery('/api/v1/feedback/summary', query)).catch(() => null)]);
  const onTime = dossiers && dossiers.unit.onTimePercent != null
    ? el('span', { class: 'on-time muted small', dataset: { role: 'results-on-time' }, text: t.resultsOnTime(dossiers.period, percent(dossiers.unit.onTimePercent, lang)) })
    : null;
  const feedbackLine = (c) => {
    if (c.criterion !== 'FEEDBACK' || !feedback) return null;
    const text = t.feedbackLine(feedback);
    const canOpen = session.role !== 'PLANNER';
    return el('span', { class: 'feedback-figures-line', dataset: { role: 'feedback-figures' } },
      canOpen ? el('a', { href: linkTo('feedback'), text }) : text);
  };
  const statusCell = (status) => el('td', { 'data-label': t.status },
    el('span', { class: `status ${STATUS_CLASS[status]}`, dataset: { status }, text: t.statuses[status] }));
  const rows = report.criteria.map((c) => el('tr', { dataset: { criterion: c.criterion } },
    el('th', { scope: 'row', 'data-label': t.criterion }, criterionName(c, lang),
      c.criterion === 'RESULTS' ? onTime : null, feedbackLine(c)),
    el('td', { class: 'num', 'data-label': t.percentSatisfied, dataset: { value: 'percent' }, text: percent(c.percent, lang) }),
    el('td', { class: 'num', 'data-label': t.respondentsCol, title: t.answersOf(count(c.answers, lang)), dataset: { value: 'respondents' }, text: count(c.respondents, lang) }),
    el('td', { class: 'num', 'data-label': t.ci, text: interval(c.ciLow, c.ciHigh, lang) }),
    el('td', { class: 'num', 'data-label': t.target, text: target(c.target, lang) }),
    statusCell(c.status)));

  content.replaceChildren(
    el('h1', { text: t.overviewTitle(unit.name) }),
    el('p', { class: 'period-line', text: periodText }),
    reportLinks(query, lang),
    el('section', { class: 'summary', 'aria-labelledby': 'index-label' },
      el('div', { class: 'index-box' },
        el('p', { id: 'index-label', class: 'index-label', text: t.index }),
        el('p', { class: 'index-value', dataset: { role: 'index' }, text: percent(report.index, lang) }),
        el('p', { class: 'muted', text: `${t.target} ${target(report.indexTarget, lang)} · ${count(report.respondents, lang)} ${t.respondents}` })),
      el('p', { class: 'look-first', dataset: { role: 'look-first' }, text: lookFirst(report, t, lang) })),
    el('div', { class: 'table-wrap' },
      el('table', { class: 'data responsive' },
        el('caption', { class: 'visually-hidden', text: t.overviewTitle(unit.name) }),
        el('thead', {}, el('tr', {},
          ...[t.criterion, t.percentSatisfied, t.respondentsCol, t.ci, t.target, t.status].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...rows))),
    el('p', { class: 'muted small', text: t.statusHelp }),
    chart('criteria.png', query, t.chartCriteria(unit.name, periodText)));
});
