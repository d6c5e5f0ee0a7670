// Gaps: every unit x criterion below target under the unit, worst first; each row links to that
// unit's overview for the same period.

import { getJson, withQuery } from '../common/session.js';
import { count, interval, percent } from '../common/numbers.js';
import { el, pageUrl, startPage } from './shell.js';
import { reportLinks } from '../common/report-links.js';
import { criterionName } from './strings.js';
import { basisControl, lineageQuery, partialBlock, partialText } from './lineage.js';

startPage('gaps', async ({ t, lang, unit, content, query: periodQuery, periodText, linkTo, params, today, setParam }) => {
  const query = { ...periodQuery, ...lineageQuery(params, unit, today) };
  // "Thêm nhiệm vụ" opens the unit's plan for the year of the period, the criterion chosen
  const planYear = query.to.slice(0, 4);
  const [report, questionnaire] = await Promise.all([
    getJson(withQuery('/api/v1/analysis/gaps', query)), getJson('/api/v1/questionnaire')]);
  // each gap names the split communes of its unit with their own figures for the criterion
  const partialOf = (g) => ((g.partial || []).length === 0 ? null
    : el('p', { class: 'partial-row small', dataset: { role: 'partial-row' } }, el('span', { class: 'muted', text: `${t.partialRow} ` }),
      (g.partial || []).map((p) => partialText(p, t, lang)).join('; ')));
  const anyPartial = report.gaps.flatMap((g) => g.partial || []);
  const names = new Map(questionnaire.criteria.map((c) => [c.code, c]));
  const questions = new Map(questionnaire.questions.map((q) => [q.code, q]));
  // what pulls the criterion down: its lowest detailed questions (the web form's second page)
  const lowest = (g) => {
    const found = (g.lowestQuestions || []).filter((q) => questions.has(q.code));
    // only ratings from the web form's second page have them; without any, say nothing
    if (found.length === 0) return null;
    return el('div', { class: 'lowest' }, el('span', { class: 'muted', text: t.lowestQuestions }),
      el('ul', { class: 'lowest-questions', dataset: { role: 'lowest-questions' } },
      ...found.map((q) => {
        const question = questions.get(q.code);
        const text = lang === 'en' ? question.textEn : question.textVi;
        return el('li', { dataset: { question: q.code }, text: t.questionResult(text, percent(q.percent, lang), count(q.answers, lang)) });
      })));
  };
  const head = [el('h1', { text: t.gapsTitle(unit.name) }), el('p', { class: 'period-line', text: periodText }),
    basisControl({ t, unit, today, basis: report.basis, setParam }), reportLinks(query, lang)];
  if (report.gaps.length === 0) {
    content.replaceChildren(...head, el('p', { class: 'notice', dataset: { role: 'no-gaps' }, text: t.noGaps }));
    return;
  }
  const rows = report.gaps.map((g) => el('tr', { dataset: { unit: g.unitCode, criterion: g.criterion } },
    el('th', { scope: 'row', 'data-label': t.unit }, el('a', { href: linkTo('overview', g.unitCode), text: g.unitName }), partialOf(g)),
    // the gaps report names criteria in Vietnamese only: the questionnaire has both names
    el('td', { 'data-label': t.criterion },
      el('span', { class: 'criterion-name', text: criterionName(names.get(g.criterion) || g, lang) }),
      lowest(g)),
    el('td', { class: 'num', 'data-label': t.percentSatisfied, text: percent(g.percent, lang) }),
    el('td', { class: 'num', 'data-label': t.gap, dataset: { value: 'gap' }, text: t.below(g.gap) }),
    el('td', { class: 'num', 'data-label': t.respondentsCol, title: t.answersOf(count(g.answers, lang)), text: count(g.respondents, lang) }),
    el('td', { class: 'num', 'data-label': t.ci, text: interval(g.ciLow, g.ciHigh, lang) }),
    el('td', { 'data-label': t.status },
      el('span', { class: `status ${g.status === 'SIGNIFICANTLY_BELOW' ? 'clearly-below' : 'below'}`, text: t.statuses[g.status] })),
    el('td', { 'data-label': t.actions },
      el('a', { class: 'button small', href: pageUrl('plans', g.unitCode, { year: planYear, criterion: g.criterion }),
        dataset: { action: 'add-task' }, 'aria-label': t.addTaskFor(criterionName(names.get(g.criterion) || g, lang), g.unitName), text: t.addTask }))));
  content.replaceChildren(...[...head,
    el('p', { class: 'muted', text: t.gapsIntro }),
    partialBlock({ t, lang, partial: anyPartial, included: report.partialIncluded, setParam, withFigures: false }),
    el('div', { class: 'table-wrap' },
      el('table', { class: 'data responsive' },
        el('caption', { class: 'visually-hidden', text: t.gapsTitle(unit.name) }),
        el('thead', {}, el('tr', {},
          ...[t.unit, t.criterion, t.percentSatisfied, t.gap, t.respondentsCol, t.ci, t.status, t.actions].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...rows)))].filter(Boolean));
}, { extraParams: ['basis', 'partial'] });
