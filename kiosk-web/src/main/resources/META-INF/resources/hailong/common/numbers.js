// Numbers as people read them. The API sends full precision; only the view rounds. Vietnamese
// writes 84,06% (decimal comma) and 12.345 (dot between thousands); English 84.06% and 12,345.

function separators(lang) {
  return lang === 'en' ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };
}

/** A number with a fixed count of decimals: decimal(73.8095, 1, 'vi') is "73,8". */
export function decimal(value, digits, lang) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const { decimal: point, group } = separators(lang);
  const fixed = Math.abs(value).toFixed(digits);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return sign + grouped + (fraction ? point + fraction : '');
}

/** A percentage: percent(84.0625, 'vi') is "84,1%". */
export function percent(value, lang, digits = 1) {
  if (value === null || value === undefined) return '–';
  return `${decimal(value, digits, lang)}%`;
}

/** A target: whole percentages without decimals (85%), others with one (84,5%). */
export function target(value, lang) {
  return percent(value, lang, Number.isInteger(value) ? 0 : 1);
}

/** A count: count(12345, 'vi') is "12.345". */
export function count(value, lang) {
  return decimal(value, 0, lang);
}

/** Percentage points without a sign: points(-11.19, 'vi') is "11,2". */
export function points(value, lang) {
  return decimal(Math.abs(value), 1, lang);
}

/** A 95% interval: "80,1–97,4%". */
export function interval(low, high, lang) {
  if (low === null || low === undefined || high === null || high === undefined) return '–';
  return `${decimal(low, 1, lang)}–${decimal(high, 1, lang)}%`;
}

/** An ISO date (2025-07-01) as 01/07/2025 in Vietnamese, 1 Jul 2025 in English. */
export function date(iso, lang) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (lang === 'en') {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return `${Number(d)} ${months[Number(m) - 1]} ${y}`;
  }
  return `${d}/${m}/${y}`;
}

/** An instant (2026-01-05T01:00:00Z) as the time in Việt Nam: 05/01/2026 08:00, 5 Jan 2026 08:00. */
export function dateTime(instant, lang) {
  if (!instant) return '';
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${date(`${parts.year}-${parts.month}-${parts.day}`, lang)} ${parts.hour}:${parts.minute}`;
}
