// Download links for the report of what a dashboard page shows: the same unit and dates as CSV,
// Excel and PDF (GET /api/v1/reports/satisfaction.*). Plain links: the browser sends the session
// cookie with them, shows its own download progress and saves under the server's file name.

import { withQuery } from './session.js';

const WORDS = {
  vi: { label: 'Tải báo cáo', csv: 'CSV', xlsx: 'Excel', pdf: 'PDF', title: (f) => `Tải báo cáo dạng ${f}` },
  en: { label: 'Download report', csv: 'CSV', xlsx: 'Excel', pdf: 'PDF', title: (f) => `Download the report as ${f}` },
};
const FORMATS = ['csv', 'xlsx', 'pdf'];
// the report reads what the analysis endpoints read; other parameters (period, width) are the page's
const KEEP = ['unit', 'from', 'to', 'scope', 'basis', 'partial', 'level'];

/** The address of one report for a page's query. */
export function reportUrl(format, query) {
  const params = {};
  KEEP.forEach((key) => { if (query[key]) params[key] = query[key]; });
  return withQuery(`/api/v1/reports/satisfaction.${format}`, params);
}

/** A small labelled row of download links (data-report="csv|xlsx|pdf") for the page's query. */
export function reportLinks(query, lang) {
  const words = WORDS[lang] || WORDS.vi;
  const box = document.createElement('nav');
  box.className = 'report-links';
  box.setAttribute('aria-label', words.label);
  box.dataset.role = 'report-links';
  Object.assign(box.style, { display: 'flex', flexWrap: 'wrap', gap: '.25rem 1rem', alignItems: 'baseline', margin: '0 0 1rem' });
  const label = document.createElement('span');
  label.textContent = `${words.label}:`;
  box.append(label);
  FORMATS.forEach((format) => {
    const link = document.createElement('a');
    link.href = reportUrl(format, query);
    link.setAttribute('download', '');
    link.dataset.report = format;
    link.title = words.title(words[format]);
    link.textContent = words[format];
    box.append(link);
  });
  return box;
}
