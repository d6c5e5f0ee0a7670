// The web form a citizen opens from the QR code on a receipt slip: /form/?unit=CODE&receipt=NUMBER.
// Page one asks the six headline questions; "Đánh giá chi tiết hơn" opens the detailed ones.
// Ratings go through the same outbox as the kiosk's, so a phone that loses its signal keeps them.

import { Outbox, newId } from '../common/outbox.js';
import { face } from '../common/faces.js';
import { STRINGS, localised, applyLanguage } from '../common/i18n.js';
import { loadQuestionnaire, loadUnit, headlineQuestions, detailedQuestions } from '../common/api.js';
import { registerServiceWorker } from '../common/offline.js';
import { FEEDBACK_ENDPOINT, feedbackBody, feedbackProblem } from '../common/feedback.js';

// the server's problem type for a receipt that has a rating already: never a sentence
const RECEIPT_USED = 'urn:hailong:problem:receipt-used';

const query = new URLSearchParams(location.search);
const unitCode = query.get('unit');
const receiptCode = query.get('receipt')?.trim() || null;

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

const state = { lang: 'vi', screen: null, questionnaire: null, unit: null, error: null, queued: false, sending: false, sentFeedback: false };
const outbox = new Outbox();

function show(name) {
  state.screen = name;
  for (const screen of $$('[data-screen]')) screen.hidden = screen.dataset.screen !== name;
  render();
  window.scrollTo(0, 0);
  $(`[data-screen="${name}"] h1`)?.focus({ preventScroll: true });
}

function showPage(page) {
  for (const part of $$('[data-page]')) part.hidden = part.dataset.page !== page;
  window.scrollTo(0, 0);
  $(`[data-page="${page}"] h1`).focus({ preventScroll: true });
}

// ---- rendering: built once, then only texts change with the language ----

function questionFieldset(question) {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'question';
  fieldset.dataset.question = question.code;
  const legend = document.createElement('legend');
  legend.dataset.questionText = question.code;
  const choices = document.createElement('div');
  choices.className = 'choices';
  const options = [...state.questionnaire.scale.map((value) => value.value), 'na'];
  for (const value of options) {
    const label = document.createElement('label');
    label.className = value === 'na' ? 'choice na' : 'choice';
    label.dataset.rating = String(value);
    label.innerHTML = `<input type="radio" name="${question.code}" value="${value}">`
      + `${face(value === 'na' ? null : value)}<span data-choice-label="${value}"></span>`;
    choices.append(label);
  }
  fieldset.append(legend, choices);
  return fieldset;
}

function build() {
  const q = state.questionnaire;
  $('[data-role="headline"]').replaceChildren(...headlineQuestions(q).map(questionFieldset));
  const detailed = $('[data-role="detailed"]');
  for (const criterion of q.criteria) {
    const questions = detailedQuestions(q).filter((question) => question.criterion === criterion.code);
    if (questions.length === 0) continue;
    const heading = document.createElement('h2');
    heading.dataset.criterion = criterion.code;
    detailed.append(heading, ...questions.map(questionFieldset));
  }
}

function render() {
  const t = STRINGS[state.lang];
  applyLanguage(state.lang);
  document.title = t.formTitle;
  for (const element of $$('[data-text]')) element.textContent = t[element.dataset.text];
  const lang = $('[data-action="lang"]');
  lang.textContent = t.otherLanguage;
  lang.lang = state.lang === 'vi' ? 'en' : 'vi';
  lang.setAttribute('aria-label', t.otherLanguageName);
  $('[data-role="unit-name"]').textContent = state.unit?.name ?? '';
  const receipt = $('[data-role="receipt"]');
  receipt.hidden = !receiptCode;
  receipt.textContent = receiptCode ? `${t.receiptLabel}: ${receiptCode}` : '';
  $('[data-role="queued-note"]').hidden = !state.queued;
  $('[data-role="feedback-note"]').hidden = !state.sentFeedback;
  $('[data-role="feedback-extra"]').hidden = !$('#as-feedback').checked;
  for (const link of $$('[data-role="answers-link"]')) {
    link.href = `../feedback/index.html?unit=${encodeURIComponent(unitCode ?? '')}`;
  }
  if (state.questionnaire) {
    const q = state.questionnaire;
    const byCode = new Map(q.questions.map((question) => [question.code, question]));
    for (const legend of $$('[data-question-text]')) {
      legend.textContent = localised(byCode.get(legend.dataset.questionText), state.lang);
    }
    for (const heading of $$('[data-criterion]')) {
      heading.textContent = localised(q.criteria.find((c) => c.code === heading.dataset.criterion), state.lang);
    }
    const scale = new Map(q.scale.map((value) => [String(value.value), value]));
    for (const span of $$('[data-choice-label]')) {
      const value = span.dataset.choiceLabel;
      span.textContent = localised(value === 'na' ? q.notApplicable : scale.get(value), state.lang);
    }
  }
  if (state.screen === 'error' && state.error) {
    $('[data-role="error-title"]').textContent = t[state.error.title] ?? state.error.title;
    $('[data-role="error-text"]').textContent = t[state.error.text] ?? state.error.text;
  }
  $('[data-role="thanks-face"]').innerHTML = face(5);
  $('[data-role="already-face"]').innerHTML = face(4);
}

// ---- answering and sending ----

function answers() {
  const result = {};
  for (const fieldset of $$('fieldset[data-question]')) {
    const checked = $('input:checked', fieldset);
    if (checked) result[fieldset.dataset.question] = checked.value === 'na' ? null : Number(checked.value);
  }
  return result;
}

async function send(event) {
  event.preventDefault();
  if (state.sending) return;
  const given = answers();
  const missing = headlineQuestions(state.questionnaire).filter((q) => !(q.code in given));
  const error = $('[data-role="form-error"]');
  if (missing.length > 0) {
    error.textContent = STRINGS[state.lang].answerAll;
    for (const q of missing) $(`fieldset[data-question="${q.code}"]`).classList.add('missing');
    showPage('main');
    const first = $(`fieldset[data-question="${missing[0].code}"]`);
    first.scrollIntoView({ block: 'center' });
    $('input', first).focus({ preventScroll: true });
    return;
  }
  const comment = $('#comment').value.trim();
  let complaint = null;
  if ($('#as-feedback').checked) {
    const contact = $('#contact').value;
    const problem = feedbackProblem(comment, contact);
    if (problem) {
      error.textContent = STRINGS[state.lang][problem];
      $(problem === 'contactInvalid' ? '#contact' : '#comment').focus();
      return;
    }
    complaint = feedbackBody(newId(), unitCode, comment, contact, receiptCode);
  }
  error.textContent = '';
  state.sending = true;
  const button = $('[data-action="submit"]');
  button.disabled = true;
  button.textContent = STRINGS[state.lang].sending;
  // submittedAt is set by the outbox, on the server's clock (common/clock.js)
  const rating = {
    id: newId(),
    unitCode,
    channel: 'WEB',
    answers: given,
  };
  if (receiptCode) rating.receiptCode = receiptCode;
  // a complaint's text is kept once, with the complaint: the rating goes without it
  if (comment && !complaint) rating.comment = comment;
  let outcome;
  try {
    if (complaint) {
      await outbox.put(complaint, { endpoint: FEEDBACK_ENDPOINT });
      state.sentFeedback = true;
    }
    outcome = await outbox.submit(rating);
  } catch (storageError) {
    // no IndexedDB (some private modes): send once without the safety net
    console.error('hailong form: outbox unavailable', storageError);
    if (complaint && !state.sentFeedback) {
      await outbox.attempt(outbox.newItem(complaint, null, FEEDBACK_ENDPOINT)).catch(() => {});
      state.sentFeedback = true;
    }
    outcome = await outbox.attempt(outbox.newItem(rating, null)).catch(() => ({ kind: 'failed' }));
  }
  settle(outcome);
}

function settle(outcome) {
  state.sending = false;
  $('[data-action="submit"]').disabled = false;
  if (outcome.kind === 'stored' || outcome.kind === 'duplicate') {
    show('thanks');
  } else if (outcome.kind === 'queued') {
    state.queued = true;
    show('thanks');
  } else if (outcome.problem?.type === RECEIPT_USED) {
    show('already');
  } else {
    const problem = outcome.problem;
    state.error = {
      title: 'refusedTitle',
      text: problem ? (problemText(problem.errors) || problem.detail || problem.title) : 'loadFailed',
    };
    show('error');
  }
}

/** The field problems of a 400: {field, code, vi, en} in the language shown (or plain texts). */
function problemText(errors) {
  return (errors ?? []).map((error) => (typeof error === 'string' ? error : error[state.lang] ?? error.vi)).join('\n');
}

// ---- events ----

document.addEventListener('click', (event) => {
  const action = event.target.closest('button')?.dataset.action;
  if (action === 'lang') {
    state.lang = state.lang === 'vi' ? 'en' : 'vi';
    render();
  } else if (action === 'details') {
    showPage('details');
  } else if (action === 'main') {
    showPage('main');
  }
});

$('#as-feedback').addEventListener('change', () => render());

document.addEventListener('change', (event) => {
  if (event.target.type !== 'radio') return;
  const fieldset = event.target.closest('fieldset');
  for (const label of $$('label.choice', fieldset)) {
    label.classList.toggle('selected', $('input', label).checked);
  }
  fieldset.classList.remove('missing');
});

$('form').addEventListener('submit', send);

function todayInVietnam() {
  // en-CA formats dates as YYYY-MM-DD, comparable as text with the API's dates
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

async function boot() {
  registerServiceWorker();
  outbox.start();
  if (!unitCode) {
    state.error = { title: 'noUnitTitle', text: 'noUnitText' };
    show('error');
    return;
  }
  const [questionnaire, unit] = await Promise.all([loadQuestionnaire(), loadUnit(unitCode)]);
  if (!unit || (unit.validTo && unit.validTo < todayInVietnam())) {
    state.error = { title: 'noUnitTitle', text: 'noUnitText' };
    show('error');
    return;
  }
  state.questionnaire = questionnaire;
  state.unit = unit;
  build();
  show('form');
}

boot().catch((error) => {
  console.error('hailong form: cannot start', error);
  state.error = { title: 'refusedTitle', text: 'loadFailed' };
  show('error');
});
