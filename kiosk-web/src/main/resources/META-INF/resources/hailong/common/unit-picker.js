// Picks a unit of the caller's subtree. Search ignores diacritics and case ("bac nha trang" finds
// "Phường Bắc Nha Trang"); today's units come first, ended ones are marked with their last day.

import { date } from './numbers.js';

const WORDS = {
  vi: {
    label: 'Đơn vị',
    search: 'Tìm đơn vị (không cần dấu)',
    ended: (day) => `đã kết thúc ${day}`,
    none: 'Không có đơn vị nào khớp.',
    more: (n) => `và ${n} đơn vị khác: gõ thêm để thu hẹp.`,
    results: (n) => `${n} đơn vị`,
  },
  en: {
    label: 'Unit',
    search: 'Search units (accents optional)',
    ended: (day) => `ended ${day}`,
    none: 'No unit matches.',
    more: (n) => `and ${n} more: type more to narrow down.`,
    results: (n) => `${n} units`,
  },
};
const SHOWN = 30;
const LEVELS = ['PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE', 'OTHER'];

/** Lower case without diacritics (đ as d), for matching what people type. */
export function fold(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

export function isCurrent(unit, today) {
  return (!unit.validFrom || unit.validFrom <= today) && (!unit.validTo || unit.validTo >= today);
}

/** The units under (and including) the unit with code top; all units when top is null. */
export function subtree(units, top) {
  if (!top) return units.slice();
  const byCode = new Map(units.map((u) => [u.code, u]));
  const inside = (unit) => {
    for (let u = unit; u; u = byCode.get(u.parentCode)) {
      if (u.code === top) return true;
    }
    return false;
  };
  return units.filter(inside);
}

/** Units whose name or code contains every word of the query, today's first. */
export function searchUnits(units, query, today) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return units
    .filter((u) => {
      const haystack = `${fold(u.name)} ${u.code}`;
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => (isCurrent(b, today) - isCurrent(a, today))
      || (LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level))
      || a.name.localeCompare(b.name, 'vi'));
}

/**
 * Draws the picker into container. units: the caller's subtree; onPick(code) when one is chosen.
 */
export function mountUnitPicker(container, { units, selected, today, lang, onPick }) {
  const w = WORDS[lang] || WORDS.vi;
  const byCode = new Map(units.map((u) => [u.code, u]));
  const current = byCode.get(selected);
  container.replaceChildren();
  container.classList.add('unit-picker');

  const label = document.createElement('label');
  label.htmlFor = 'unit-search';
  label.textContent = w.label;
  const input = document.createElement('input');
  input.id = 'unit-search';
  input.type = 'search';
  input.autocomplete = 'off';
  input.placeholder = w.search;
  input.setAttribute('aria-controls', 'unit-results');
  input.setAttribute('aria-describedby', 'unit-status');
  const chosen = document.createElement('p');
  chosen.className = 'unit-chosen';
  chosen.dataset.role = 'unit-chosen';
  chosen.textContent = current ? current.name : '';
  const status = document.createElement('p');
  status.id = 'unit-status';
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  const list = document.createElement('ul');
  list.id = 'unit-results';
  list.className = 'unit-results';
  list.hidden = true;

  const show = () => {
    const found = searchUnits(units, input.value, today);
    list.replaceChildren();
    found.slice(0, SHOWN).forEach((unit) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.unit = unit.code;
      const name = document.createElement('span');
      name.textContent = unit.name;
      button.append(name);
      const parent = byCode.get(unit.parentCode);
      const notes = [];
      if (parent) notes.push(parent.name);
      if (!isCurrent(unit, today) && unit.validTo) notes.push(w.ended(date(unit.validTo, lang)));
      if (notes.length) {
        const small = document.createElement('small');
        small.textContent = notes.join(' · ');
        button.append(small);
      }
      if (!isCurrent(unit, today)) button.classList.add('ended');
      if (unit.code === selected) button.setAttribute('aria-current', 'true');
      button.addEventListener('click', () => {
        list.hidden = true;
        input.value = '';
        onPick(unit.code);
      });
      item.append(button);
      list.append(item);
    });
    const rest = found.length - SHOWN;
    if (found.length === 0 || rest > 0) {
      const note = document.createElement('li');
      note.className = 'unit-note';
      note.textContent = found.length === 0 ? w.none : w.more(rest);
      list.append(note);
    }
    status.textContent = w.results(found.length);
    list.hidden = false;
  };
  input.addEventListener('input', show);
  input.addEventListener('focus', show);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') { list.hidden = true; }
    if (event.key === 'ArrowDown') {
      const first = list.querySelector('button');
      if (first) { event.preventDefault(); first.focus(); }
    }
  });
  list.addEventListener('keydown', (event) => {
    const buttons = [...list.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < buttons.length - 1) { event.preventDefault(); buttons[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? buttons[at - 1] : input).focus(); }
    if (event.key === 'Escape') { list.hidden = true; input.focus(); }
  });
  container.addEventListener('focusout', (event) => {
    if (!container.contains(event.relatedTarget)) list.hidden = true;
  });
  container.append(label, chosen, input, status, list);
}
