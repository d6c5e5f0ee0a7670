// Picks the period a page shows: a month, a quarter, a year or custom dates. The default is this
// quarter so far. Dates are local dates in Asia/Ho_Chi_Minh, as the API reads them.

import { date } from './numbers.js';

const WORDS = {
  vi: {
    kind: 'Kỳ',
    kinds: { month: 'Tháng', quarter: 'Quý', year: 'Năm', custom: 'Tùy chọn' },
    value: 'Chọn kỳ',
    from: 'Từ ngày',
    to: 'Đến ngày',
    apply: 'Xem',
    badRange: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.',
    month: (y, m) => `Tháng ${m}/${y}`,
    quarter: (y, q) => `Quý ${q}/${y}`,
    year: (y) => `Năm ${y}`,
    soFar: (day) => `đến ${day}`,
  },
  en: {
    kind: 'Period',
    kinds: { month: 'Month', quarter: 'Quarter', year: 'Year', custom: 'Custom' },
    value: 'Choose period',
    from: 'From',
    to: 'To',
    apply: 'Show',
    badRange: 'The start date must be on or before the end date.',
    month: (y, m) => `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`,
    quarter: (y, q) => `Q${q} ${y}`,
    year: (y) => `${y}`,
    soFar: (day) => `to ${day}`,
  },
};
const FIRST_YEAR = 2023;

/** Today's date in Viet Nam as YYYY-MM-DD. */
export function todayInVietnam() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period named in the address: period=2026-Q3, 2026-07 or 2026; or from= and to=. */
export function resolvePeriod(params, today) {
  const [ty, tm] = today.split('-').map(Number);
  const clip = (to) => (to > today ? today : to);
  const p = params.get('period');
  let m;
  if (params.get('from') && params.get('to') && !p) {
    return { kind: 'custom', value: null, from: params.get('from'), to: params.get('to') };
  }
  if (p && (m = /^(\d{4})-Q([1-4])$/.exec(p))) {
    const y = Number(m[1]); const q = Number(m[2]);
    return { kind: 'quarter', value: p, from: `${y}-${pad(q * 3 - 2)}-01`, to: clip(`${y}-${pad(q * 3)}-${lastDay(y, q * 3)}`) };
  }
  if (p && (m = /^(\d{4})-(\d{2})$/.exec(p))) {
    const y = Number(m[1]); const mo = Number(m[2]);
    return { kind: 'month', value: p, from: `${p}-01`, to: clip(`${p}-${lastDay(y, mo)}`) };
  }
  if (p && /^\d{4}$/.test(p)) {
    return { kind: 'year', value: p, from: `${p}-01-01`, to: clip(`${p}-12-31`) };
  }
  const q = Math.floor((tm - 1) / 3) + 1;
  return resolvePeriod(new URLSearchParams({ period: `${ty}-Q${q}` }), today);
}

/** The parameters that name a period in the address. */
export function periodParams(period) {
  return period.kind === 'custom' ? { from: period.from, to: period.to } : { period: period.value };
}

/** "Quý 4/2026 (đến 01/12/2026)" for a period that has not ended. */
export function periodLabel(period, today, lang) {
  const w = WORDS[lang] || WORDS.vi;
  if (period.kind === 'custom') return `${date(period.from, lang)} – ${date(period.to, lang)}`;
  const [y, rest] = period.value.split('-');
  let text;
  if (period.kind === 'quarter') text = w.quarter(y, rest.slice(1));
  else if (period.kind === 'month') text = w.month(y, Number(rest));
  else text = w.year(y);
  return period.to === today ? `${text} (${w.soFar(date(today, lang))})` : text;
}

function choices(kind, today) {
  const [ty, tm] = today.split('-').map(Number);
  const values = [];
  for (let y = ty; y >= FIRST_YEAR; y--) {
    if (kind === 'year') values.push(`${y}`);
    if (kind === 'quarter') {
      for (let q = 4; q >= 1; q--) if (y < ty || q * 3 - 2 <= tm) values.push(`${y}-Q${q}`);
    }
    if (kind === 'month') {
      for (let mo = 12; mo >= 1; mo--) if (y < ty || mo <= tm) values.push(`${y}-${pad(mo)}`);
    }
  }
  return values;
}

/** Draws the picker; onChange(period) when the user picks another one. */
export function mountPeriodPicker(container, { period, today, lang, onChange }) {
  const w = WORDS[lang] || WORDS.vi;
  container.replaceChildren();
  container.classList.add('period-picker');
  const field = (labelText, control) => {
    const wrap = document.createElement('div');
    wrap.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = control.id;
    label.textContent = labelText;
    wrap.append(label, control);
    return wrap;
  };
  const kind = document.createElement('select');
  kind.id = 'period-kind';
  Object.entries(w.kinds).forEach(([value, text]) => kind.add(new Option(text, value, false, value === period.kind)));
  const value = document.createElement('select');
  value.id = 'period-value';
  const from = Object.assign(document.createElement('input'), { id: 'period-from', type: 'date', value: period.from, max: today });
  const to = Object.assign(document.createElement('input'), { id: 'period-to', type: 'date', value: period.to, max: today });
  const apply = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: w.apply });
  apply.dataset.action = 'apply-period';
  const valueField = field(w.value, value);
  const fromField = field(w.from, from);
  const toField = field(w.to, to);

  const fill = () => {
    const custom = kind.value === 'custom';
    valueField.hidden = custom;
    fromField.hidden = !custom;
    toField.hidden = !custom;
    apply.hidden = !custom;
    if (!custom) {
      value.replaceChildren();
      choices(kind.value, today).forEach((v) => {
        const p = resolvePeriod(new URLSearchParams({ period: v }), today);
        value.add(new Option(periodLabel(p, today, lang), v, false, v === period.value));
      });
    }
  };
  kind.addEventListener('change', () => {
    fill();
    if (kind.value !== 'custom') value.dispatchEvent(new Event('change'));
  });
  value.addEventListener('change', () => onChange(resolvePeriod(new URLSearchParams({ period: value.value }), today)));
  const problem = Object.assign(document.createElement('p'), { className: 'field-problem', hidden: true });
  problem.setAttribute('role', 'alert');
  apply.addEventListener('click', () => {
    if (from.value && to.value && from.value <= to.value) {
      onChange({ kind: 'custom', value: null, from: from.value, to: to.value });
    } else {
      problem.textContent = w.badRange;
      problem.hidden = false;
    }
  });
  fill();
  container.append(field(w.kind, kind), valueField, fromField, toField, apply, problem);
}
