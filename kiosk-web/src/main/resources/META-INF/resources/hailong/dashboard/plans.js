// Plans: a unit's improvement plan for a year, the tasks grouped under the six criteria as the
// offices' annexes are (seed 000); officers of the unit's subtree add a task (the gaps page's
// "Thêm nhiệm vụ" opens this form with the criterion chosen), change its status, attach the
// evidence and download the plan as Excel or PDF.

import { ApiError, getJson, send, withQuery } from '../common/session.js';
import { date } from '../common/numbers.js';
import { el, startPage } from './shell.js';
import { criterionName } from './strings.js';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE'];

// the evidence is the file itself as the body (its type is read from its content on the server)
async function uploadEvidence(id, file) {
  const response = await fetch(withQuery(`/api/v1/plans/${id}/evidence`, { name: file.name }), {
    method: 'PUT',
    headers: { 'X-Hailong-Request': '1', 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
    credentials: 'same-origin',
    body: file,
  });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch (notJson) { /* said by status */ }
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

startPage('plans', async (context) => {
  const { t, lang, unit, content, params, today, setParam } = context;
  const thisYear = Number(today.slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const [plan, questionnaire] = await Promise.all([
    getJson(withQuery('/api/v1/plans', { unit: unit.code, year })), getJson('/api/v1/questionnaire')]);
  const criteria = questionnaire.criteria;
  const nameOf = (code) => criterionName(criteria.find((c) => c.code === code) || { nameVi: code }, lang);

  const yearSelect = el('select', { id: 'plan-year' },
    ...Array.from({ length: thisYear - 2023 + 3 }, (_, i) => 2023 + i).map((y) =>
      el('option', { value: String(y), selected: y === year, text: String(y) })));
  yearSelect.addEventListener('change', () => setParam('year', yearSelect.value));

  const exports = el('nav', { class: 'report-links', 'aria-label': t.planDownload, dataset: { role: 'plan-exports' } },
    el('span', { text: `${t.planDownload}:` }),
    ...['xlsx', 'pdf'].map((f) => el('a', { href: withQuery(`/api/v1/plans/ke-hoach.${f}`, { unit: unit.code, year }),
      download: true, dataset: { export: f }, text: f === 'xlsx' ? 'Excel' : 'PDF' })));

  // the form: adds a task, or edits the one whose "Sửa" was pressed
  const field = (id, label, input, help) => el('div', { class: 'field' }, el('label', { for: id, text: label }), input,
    help ? el('small', { class: 'muted', id: `${id}-help`, text: help }) : null);
  const criterion = el('select', { id: 'plan-criterion' },
    ...criteria.map((c) => el('option', { value: c.code, text: criterionName(c, lang) })));
  const task = el('textarea', { id: 'plan-task', rows: '3', maxlength: '4000' });
  const lead = el('input', { id: 'plan-lead', type: 'text', maxlength: '500', autocomplete: 'off' });
  const partners = el('input', { id: 'plan-partners', type: 'text', maxlength: '1000', autocomplete: 'off' });
  const ongoing = el('input', { id: 'plan-ongoing', type: 'checkbox', checked: true });
  const deadline = el('input', { id: 'plan-deadline', type: 'date', disabled: true });
  ongoing.addEventListener('change', () => { deadline.disabled = ongoing.checked; });
  const status = el('select', { id: 'plan-status' }, ...STATUSES.map((s) => el('option', { value: s, text: t.planStatuses[s] })));
  const result = el('textarea', { id: 'plan-result', rows: '3', maxlength: '4000' });
  const number = el('input', { id: 'plan-evidence-number', type: 'text', maxlength: '200', autocomplete: 'off' });
  const evidenceDate = el('input', { id: 'plan-evidence-date', type: 'date' });
  const link = el('input', { id: 'plan-evidence-link', type: 'url', maxlength: '1000', autocomplete: 'off', placeholder: 'https://' });
  const file = el('input', { id: 'plan-evidence-file', type: 'file', accept: '.pdf,.docx,.xlsx,.png,.jpg,.jpeg' });
  const problem = el('p', { class: 'field-problem', role: 'alert', dataset: { role: 'form-problem' } });
  const saved = el('p', { class: 'notice success', role: 'status', dataset: { role: 'saved' }, hidden: true });
  const formTitle = el('h2', { id: 'plan-form-title', text: t.planAddTitle });
  const saveButton = el('button', { type: 'submit', class: 'button primary', dataset: { action: 'save-task' }, text: t.planSave });
  const cancelButton = el('button', { type: 'button', class: 'button', dataset: { action: 'cancel-edit' }, hidden: true, text: t.planCancel });
  let editing = null;

  const fill = (item) => {
    editing = item;
    criterion.value = item ? item.criterion : (params.get('criterion') || criteria[0].code);
    task.value = item ? item.task : '';
    lead.value = item ? item.leadAgency : '';
    partners.value = item && item.partners ? item.partners : '';
    ongoing.checked = !item || item.deadline === 'ONGOING';
    deadline.disabled = ongoing.checked;
    deadline.value = item && item.deadline !== 'ONGOING' ? item.deadline : '';
    status.value = item ? item.status : 'PLANNED';
    result.value = item && item.resultText ? item.resultText : '';
    number.value = item && item.evidenceNumber ? item.evidenceNumber : '';
    evidenceDate.value = item && item.evidenceDate ? item.evidenceDate : '';
    link.value = item && item.evidenceLink ? item.evidenceLink : '';
    file.value = '';
    formTitle.textContent = item ? t.planEditTitle(item.task) : t.planAddTitle;
    cancelButton.hidden = !item;
    problem.textContent = '';
  };
  fill(null);

  const problemText = (error) => {
    const fields = error.problem && error.problem.errors;
    if (fields && fields.length) return fields.map((f) => `${t.planFields[f.field] || f.field}: ${lang === 'en' ? f.en : f.vi}`).join('; ');
    if (error.status === 413) return t.planFileTooLarge;
    return error.status === 403 ? t.planForbidden : `${t.failed} (${error.message})`;
  };

  const form = el('form', { id: 'plan-form', class: 'entry-form plan-form', novalidate: true, dataset: { role: 'plan-form' }, 'aria-labelledby': 'plan-form-title' },
    formTitle,
    el('p', { class: 'muted', text: t.planFor(unit.name, year) }),
    el('div', { class: 'form-row' }, field('plan-criterion', t.criterion, criterion), field('plan-status', t.planStatus, status)),
    field('plan-task', t.planTask, task),
    el('div', { class: 'form-row' }, field('plan-lead', t.planLead, lead), field('plan-partners', t.planPartners, partners)),
    el('fieldset', { class: 'deadline' }, el('legend', { text: t.planDeadline }),
      el('label', { class: 'check' }, ongoing, ` ${t.planOngoing}`),
      el('label', { for: 'plan-deadline', class: 'visually-hidden', text: t.planDeadlineDate }), deadline),
    field('plan-result', t.planResult, result),
    el('div', { class: 'form-row' }, field('plan-evidence-number', t.planEvidenceNumber, number),
      field('plan-evidence-date', t.planEvidenceDate, evidenceDate)),
    field('plan-evidence-link', t.planEvidenceLink, link),
    field('plan-evidence-file', t.planEvidenceFile, file, t.planFileHelp),
    problem,
    el('div', { class: 'form-actions' }, saveButton, cancelButton));
  cancelButton.addEventListener('click', () => fill(null));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    problem.textContent = '';
    if (!task.value.trim() || !lead.value.trim()) { problem.textContent = t.planMissing; return; }
    if (!ongoing.checked && !deadline.value) { problem.textContent = t.planMissingDeadline; return; }
    const body = {
      unitCode: unit.code, year, criterion: criterion.value, task: task.value, leadAgency: lead.value,
      partners: partners.value || null, deadline: ongoing.checked ? 'ONGOING' : deadline.value, status: status.value,
      resultText: result.value || null, evidenceNumber: number.value || null, evidenceDate: evidenceDate.value || null,
      evidenceLink: link.value || null,
    };
    saveButton.disabled = true;
    try {
      const item = editing ? await send('PUT', `/api/v1/plans/${editing.id}`, body) : await send('POST', '/api/v1/plans', body);
      if (file.files.length > 0) await uploadEvidence(item.id, file.files[0]);
      sessionStorage.setItem('hailong.plans.saved', t.planSaved(item.task));
      // the saved plan, from the top: the criterion the gaps page chose has done its work
      setParam('criterion', '');
    } catch (error) {
      if (error.status === 401) return;
      problem.textContent = problemText(error);
    } finally {
      saveButton.disabled = false;
    }
  });

  const deadlineText = (item) => (item.deadline === 'ONGOING' ? t.planOngoing : date(item.deadline, lang));
  const statusText = (item) => (item.doneOn ? t.planDoneOn(t.planStatuses[item.status], date(item.doneOn, lang)) : t.planStatuses[item.status]);
  const evidence = (item) => {
    const parts = [];
    if (item.evidenceNumber) parts.push(el('span', { text: t.planDocument(item.evidenceNumber, item.evidenceDate ? date(item.evidenceDate, lang) : null) }));
    if (item.evidenceLink) parts.push(el('a', { href: item.evidenceLink, rel: 'noopener noreferrer', target: '_blank', text: t.planLink }));
    if (item.evidenceFile) parts.push(el('a', { href: `/api/v1/plans/${item.id}/evidence`, dataset: { role: 'evidence-file' }, text: item.evidenceFile.name }));
    return parts.length ? el('div', { class: 'evidence' }, ...parts) : null;
  };
  const sections = criteria.map((c, index) => {
    const items = (plan.items || []).filter((i) => i.criterion === c.code);
    const heading = el('h2', { id: `plan-${c.code}`, text: `${ROMAN[index]}. ${t.planCriterionHeading(criterionName(c, lang))}` });
    const add = el('button', { type: 'button', class: 'button small', dataset: { action: 'add-task', criterion: c.code }, text: t.addTask });
    add.addEventListener('click', () => { fill(null); criterion.value = c.code; form.scrollIntoView(); task.focus(); });
    const body = items.length === 0 ? el('p', { class: 'muted', text: t.planNoTasks })
      : el('div', { class: 'table-wrap' }, el('table', { class: 'data responsive' },
        el('caption', { class: 'visually-hidden', text: heading.textContent }),
        el('thead', {}, el('tr', {}, ...[t.planNo, t.planTask, t.planLead, t.planPartners, t.planDeadline, t.planStatus, t.planResult, t.actions]
          .map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...items.map((item, n) => {
          const edit = el('button', { type: 'button', class: 'button small', dataset: { action: 'edit-task' }, 'aria-label': t.planEditLabel(item.task), text: t.planEdit });
          edit.addEventListener('click', () => { fill(item); form.scrollIntoView(); task.focus(); });
          return el('tr', { dataset: { task: String(item.id), status: item.status } },
            el('td', { class: 'num', 'data-label': t.planNo, text: String(n + 1) }),
            el('th', { scope: 'row', 'data-label': t.planTask, text: item.task }),
            el('td', { 'data-label': t.planLead, text: item.leadAgency }),
            el('td', { 'data-label': t.planPartners, text: item.partners || '' }),
            el('td', { 'data-label': t.planDeadline, text: deadlineText(item) }),
            el('td', { 'data-label': t.planStatus }, el('span', { class: `plan-status ${item.status.toLowerCase()}`, text: statusText(item) })),
            el('td', { 'data-label': t.planResult }, item.resultText ? el('p', { class: 'result', text: item.resultText }) : null, evidence(item)),
            el('td', { 'data-label': t.actions }, edit));
        }))));
    return el('section', { class: 'plan-section', dataset: { criterion: c.code } },
      el('div', { class: 'section-head' }, heading, add), body);
  });

  const message = sessionStorage.getItem('hailong.plans.saved');
  if (message) {
    sessionStorage.removeItem('hailong.plans.saved');
    saved.textContent = message;
    saved.hidden = false;
  }
  content.replaceChildren(
    el('h1', { text: t.plansTitle(unit.name) }),
    saved,
    el('div', { class: 'field inline' }, el('label', { for: 'plan-year', text: t.year }), yearSelect),
    el('p', { class: 'muted', text: t.plansIntro }),
    exports,
    el('p', { class: 'jump' }, el('a', { href: '#plan-form', dataset: { action: 'jump-to-form' }, text: t.planJump })),
    ...sections,
    form);
  // from the gaps page: the form opens with the criterion below target
  if (params.get('criterion')) {
    fill(null);
    form.scrollIntoView();
  }
}, { period: false, extraParams: ['year', 'criterion'] });
