// Dossiers: each unit's administrative dossiers in a period (received, resolved early / on time /
// late, pending), the on-time share beside satisfaction with results (RESULTS), and across the
// units under it Spearman's rank correlation of the two. Planners and admins import the
// province's table (CSV or Excel); a large file shows its progress while it is stored.

import { ApiError, getJson, withQuery } from '../common/session.js';
import { count, decimal, percent } from '../common/numbers.js';
import { el, startPage } from './shell.js';

const SAMPLE = '/dashboard/samples/ho-so-2017-Q3.csv';

async function startImport(file, skip) {
  const response = await fetch(withQuery('/api/v1/dossiers/imports', { skipInconsistent: skip ? 'true' : null }), {
    method: 'POST',
    headers: { 'X-Hailong-Request': '1', 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
    credentials: 'same-origin',
    body: file,
  });
  let body = null;
  try { body = await response.json(); } catch (notJson) { /* said by status */ }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

const wait = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

startPage('dossiers', async (context) => {
  const { t, lang, unit, content, session, params, setParam } = context;
  const report = await getJson(withQuery('/api/v1/dossiers', { unit: unit.code, period: params.get('period') }));
  const canImport = session.role === 'PLANNER' || session.role === 'ADMIN';

  const periodInput = el('input', { id: 'dossier-period', type: 'text', value: report.period, size: '8', autocomplete: 'off', 'aria-describedby': 'dossier-period-help' });
  const periodForm = el('form', { class: 'field inline', dataset: { role: 'period-form' } },
    el('label', { for: 'dossier-period', text: t.dossierPeriod }), periodInput,
    el('button', { type: 'submit', class: 'button small', text: t.dossierShow }),
    el('small', { id: 'dossier-period-help', class: 'muted', text: t.dossierPeriodHelp }));
  periodForm.addEventListener('submit', (event) => { event.preventDefault(); setParam('period', periodInput.value.trim()); });

  const share = (r) => (r.onTimePercent == null ? '–' : percent(r.onTimePercent, lang));
  const own = report.unit;
  const units = report.units || [];
  const c = report.correlation;
  const correlation = c.rho == null ? t.dossierNoCorrelation(c.n)
    : t.dossierCorrelation(decimal(c.rho, 2, lang), c.n, c.pValue < 0.001 ? '< 0,001'.replace(',', lang === 'en' ? '.' : ',') : decimal(c.pValue, 3, lang));
  // the national portal's rate beside the survey's, with what it counts as satisfied
  const portalBlock = (r) => {
    const p = r.portal;
    if (!p) return null;
    if (p.percent == null) return el('p', { class: 'notice', dataset: { role: 'portal-rate' }, text: t.dossierPortalNone(report.period) });
    return el('div', { class: 'portal-rate', dataset: { role: 'portal-rate' } },
      el('p', {}, el('strong', { text: t.dossierPortalOwn(report.period, percent(p.percent, lang)) }),
        r.surveyIndex == null ? null : ` · ${t.dossierPortalSurvey(percent(r.surveyIndex, lang))}`),
      el('p', { class: 'small', text: t.dossierPortalFormula(count(p.dossiers, lang), count(p.unsatisfied, lang), count(p.complained, lang), count(p.late, lang)) }),
      el('p', { class: 'muted small', text: t.dossierPortalNote(count(p.rated, lang), count(p.dossiers, lang)) }));
  };
  const row = (r, head) => el('tr', { dataset: { unit: r.unitCode } },
    el('th', { scope: 'row', 'data-label': t.unit, text: r.unitName }),
    ...[r.received, r.resolved, r.early, r.onTime, r.late, r.pending].map((v, i) =>
      el('td', { class: 'num', 'data-label': t.dossierColumns[i], text: v == null ? '–' : count(v, lang) })),
    el('td', { class: 'num', 'data-label': t.dossierOnTime, dataset: { value: 'on-time' }, text: share(r) }),
    el('td', { class: 'num', 'data-label': t.dossierResults, dataset: { value: 'results' },
      text: r.resultsPercent == null || r.resultsStatus === 'INSUFFICIENT_DATA' ? t.dossierFewAnswers(count(r.resultsAnswers, lang)) : percent(r.resultsPercent, lang) }),
    el('td', { class: 'num', 'data-label': t.dossierPortal, dataset: { value: 'portal' }, text: r.portal && r.portal.percent != null ? percent(r.portal.percent, lang) : '–' }),
    el('td', { class: 'num', 'data-label': t.dossierSurvey, dataset: { value: 'survey' }, text: r.surveyIndex == null ? '–' : percent(r.surveyIndex, lang) }));
  const table = units.length === 0 ? el('p', { class: 'muted', text: t.dossierNoUnits })
    : el('div', { class: 'table-wrap' }, el('table', { class: 'data responsive' },
      el('caption', { class: 'visually-hidden', text: t.dossierTableTitle(unit.name, report.period) }),
      el('thead', {}, el('tr', {}, ...[t.unit, ...t.dossierColumns, t.dossierOnTime, t.dossierResults, t.dossierPortal, t.dossierSurvey].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, ...units.map((r) => row(r)))));

  const parts = [
    el('h1', { text: t.dossiersTitle(unit.name) }),
    periodForm,
    el('p', { class: 'look-first', dataset: { role: 'own-on-time' },
      text: own.onTimePercent == null ? t.dossierNoFigures(report.period) : t.dossierOwn(report.period, share(own), count(own.early + own.onTime, lang), count(own.resolved, lang)) }),
    portalBlock(own),
    el('p', { dataset: { role: 'correlation' }, text: correlation }),
    el('p', { class: 'muted small', text: t.dossierMethod }),
    table,
  ];

  if (canImport) {
    const file = el('input', { id: 'dossier-file', type: 'file', accept: '.csv,.xlsx,text/csv' });
    const skip = el('input', { id: 'dossier-skip', type: 'checkbox' });
    const button = el('button', { type: 'submit', class: 'button primary', dataset: { action: 'import' }, text: t.dossierImport });
    const progress = el('progress', { id: 'dossier-progress', max: '1', value: '0', hidden: true, 'aria-label': t.dossierProgressLabel });
    const status = el('p', { role: 'status', dataset: { role: 'import-status' } });
    const problems = el('ul', { class: 'import-problems', dataset: { role: 'import-problems' } });
    const form = el('form', { class: 'entry-form', id: 'dossier-import', dataset: { role: 'import-form' } },
      el('h2', { text: t.dossierImportTitle }),
      el('p', { class: 'muted' }, t.dossierImportIntro, ' ', el('a', { href: SAMPLE, download: true, text: t.dossierSample })),
      el('div', { class: 'field' }, el('label', { for: 'dossier-file', text: t.dossierFile }), file),
      el('label', { class: 'check' }, skip, ` ${t.dossierSkip}`),
      el('div', { class: 'form-actions' }, button),
      progress, status, problems);
    const lineText = (p) => (lang === 'en' ? p.en : p.vi);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      problems.replaceChildren();
      if (file.files.length === 0) { status.textContent = t.dossierNoFile; return; }
      button.disabled = true;
      status.textContent = t.dossierChecking;
      try {
        let job = await startImport(file.files[0], skip.checked);
        progress.hidden = false;
        progress.max = Math.max(1, job.total);
        while (job.state === 'RUNNING') {
          progress.value = job.stored;
          status.textContent = t.dossierStoring(count(job.stored, lang), count(job.total, lang));
          await wait(400);
          job = await getJson(`/api/v1/dossiers/imports/${job.id}`);
        }
        progress.value = job.stored;
        if (job.state !== 'DONE') { status.textContent = t.dossierFailed; return; }
        const skipped = job.skipped || [];
        status.textContent = t.dossierDone(count(job.stored, lang), skipped.length);
        skipped.forEach((s) => problems.append(el('li', { dataset: { line: String(s.line) },
          text: `${t.dossierLine(s.line, s.unitCode)}: ${(s.problems || []).map(lineText).join('; ')}` })));
      } catch (error) {
        if (error.status === 401) return;
        const fields = (error.problem && error.problem.errors) || [];
        status.textContent = fields.length ? t.dossierRefused(fields.length) : `${t.failed} (${error.message})`;
        fields.forEach((f) => problems.append(el('li', { text: lineText(f) })));
      } finally {
        button.disabled = false;
      }
    });
    parts.push(form);
  }
  content.replaceChildren(...parts);
}, { period: false, extraParams: ['period'] });
