// What the trend, gaps and comparison pages share about units over time: which territory the
// figures are read on (basis: today's units read back through their lineage, or the units as they
// were) and the split communes (PARTIAL predecessors), shown apart unless the reader counts them.

import { count, percent } from '../common/numbers.js';
import { el } from './shell.js';

/** Only a unit valid today can have its past read through today's territory. */
export function validToday(unit, today) {
  return (!unit.validFrom || unit.validFrom <= today) && (!unit.validTo || unit.validTo >= today);
}

/** The basis and partial parameters of the page's address, as the API takes them. */
export function lineageQuery(params, unit, today) {
  const query = {};
  const basis = params.get('basis');
  if (validToday(unit, today) && (basis === 'now' || basis === 'then')) query.basis = basis;
  if (params.get('partial') === 'include') query.partial = 'include';
  return query;
}

/**
 * Which basis the figures use (as the server answered), with a toggle for a unit valid today; an
 * ended unit is always read as it was.
 */
export function basisControl({ t, unit, today, basis, setParam }) {
  if (!validToday(unit, today)) {
    return el('p', { class: 'basis-line', dataset: { role: 'basis', basis }, text: t.basisEnded });
  }
  const box = el('fieldset', { class: 'basis-toggle', dataset: { role: 'basis', basis } },
    el('legend', { text: t.basisLegend }));
  ['now', 'then'].forEach((value) => {
    const input = el('input', { type: 'radio', name: 'basis', id: `basis-${value}`, value, dataset: { action: `basis-${value}` } });
    input.checked = value === basis;
    input.addEventListener('change', () => setParam('basis', value));
    box.append(el('label', { class: 'choice', for: `basis-${value}` }, input, el('span', { text: t.basisNames[value] })));
  });
  box.append(el('p', { class: 'muted small', dataset: { role: 'basis-help' }, text: t.basisHelp[basis] }));
  return box;
}

/** "Xã Cam Hòa: 65,0% (40 câu trả lời)", or that it has no answers in the period. */
export function partialText(p, t, lang) {
  return p.percent == null ? t.partialNoData(p.name) : t.partialFigure(p.name, percent(p.percent, lang), count(p.answers, lang));
}

/** Those with answers one per line; those without in one line, so a long list stays short. */
function figures(partial, t, lang) {
  const answered = partial.filter((p) => p.percent != null);
  const silent = partial.filter((p) => p.percent == null);
  return [
    answered.length === 0 ? null : el('ul', { class: 'partial-list' },
      ...answered.map((p) => el('li', { dataset: { partial: p.code }, text: partialText(p, t, lang) }))),
    silent.length === 0 ? null : el('p', { class: 'muted small', dataset: { role: 'partial-silent' }, text: t.partialSilent(silent.map((p) => p.name).join(', ')) }),
  ];
}

/**
 * The split communes of the figures, each with its own figures when given, and the choice to
 * count them; nothing when there are none.
 */
export function partialBlock({ t, lang, partial, included, setParam, withFigures = true }) {
  if (!partial || partial.length === 0) return null;
  const input = el('input', { type: 'checkbox', id: 'partial-include', dataset: { action: 'partial-include' } });
  input.checked = included;
  input.addEventListener('change', () => setParam('partial', input.checked ? 'include' : ''));
  return el('section', { class: 'notice partial', dataset: { role: 'partial', included: included ? 'true' : 'false' }, 'aria-labelledby': 'partial-title' },
    el('h2', { id: 'partial-title', class: 'partial-title', text: t.partialTitle }),
    el('p', { text: included ? t.partialIncluded : t.partialApart }),
    ...(withFigures ? figures(partial, t, lang) : []),
    el('label', { class: 'choice', for: 'partial-include' }, input, el('span', { text: t.partialInclude })));
}
