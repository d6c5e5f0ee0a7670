// The touch kiosk at a one-stop counter: welcome -> six headline questions -> optional comment ->
// thanks, then back to welcome. A full rating is 8 taps. Ratings go through the outbox, so none is
// lost when the network or the server is down. Staff open the queue's view by holding the small
// dot in the bottom-right corner for two seconds.
//
// Settings (query string of the kiosk's start URL, or localStorage "hailong.kiosk.settings" as
// JSON with the same names): idle = seconds of inactivity mid-rating before resetting (60),
// thanks = seconds the thank-you screen shows (5), retry = longest retry delay in seconds (60).

import { Outbox, newId } from '../common/outbox.js';
import { face } from '../common/faces.js';
import { STRINGS, localised, applyLanguage } from '../common/i18n.js';
import { loadQuestionnaire, loadUnit, headlineQuestions } from '../common/api.js';
import { offset, timedFetch } from '../common/clock.js';
import { registerServiceWorker } from '../common/offline.js';
import { FEEDBACK_ENDPOINT, feedbackBody, feedbackProblem } from '../common/feedback.js';

const SETUP_KEY = 'hailong.kiosk';
// a tap landing just after a screen changed was meant for the previous screen (double tap)
const TAP_GUARD_MS = 250;
// holding the queue dot this long opens the staff view; no citizen holds a blank corner that long
const STAFF_HOLD_MS = 2000;

const setup = takeSetup();
const settings = readSettings();
const $ = (selector) => document.querySelector(selector);
const screens = [...document.querySelectorAll('[data-screen]')];

const state = {
  lang: 'vi',
  screen: null,
  index: 0,
  answers: {},
  sending: false,
  questions: [],
  questionnaire: null,
  unit: null,
  // the citizen chose "Gửi phản ánh": the comment goes out as a complaint to be answered
  feedback: false,
  sentFeedback: false,
};

/** Reads "#setup=<token>&unit=<code>" once, keeps it, and removes it from the address at once. */
function takeSetup() {
  if (location.hash) {
    const fragment = new URLSearchParams(location.hash.slice(1));
    history.replaceState(null, '', location.pathname + location.search);
    const token = fragment.get('setup');
    if (token) {
      localStorage.setItem(SETUP_KEY, JSON.stringify({
        token, unitCode: fragment.get('unit'), setupAt: new Date().toISOString(),
      }));
    }
  }
  try {
    const stored = JSON.parse(localStorage.getItem(SETUP_KEY));
    return stored && stored.token && stored.unitCode ? stored : null;
  } catch (corrupt) {
    return null;
  }
}

function readSettings() {
  let saved = {};
  try { saved = JSON.parse(localStorage.getItem('hailong.kiosk.settings')) || {}; } catch (ignored) { /* defaults */ }
  const query = new URLSearchParams(location.search);
  const seconds = (name, fallback) => {
    const value = Number(query.get(name) ?? saved[name]);
    return (value > 0 ? value : fallback) * 1000;
  };
  return { idleMs: seconds('idle', 60), thanksMs: seconds('thanks', 5), retryMaxMs: seconds('retry', 60) };
}

const outbox = new Outbox({
  // only ratings queued before tokens were stored with them: each new one carries its own
  headersFor: (rating) => (rating.channel === 'KIOSK' && setup ? { Authorization: `Bearer ${setup.token}` } : {}),
  onChange: showQueue,
  maxDelayMs: settings.retryMaxMs,
});

// ---- screens ----

function show(name) {
  state.screen = name;
  for (const screen of screens) {
    const current = screen.dataset.screen === name;
    screen.hidden = !current;
    delete screen.dataset.ready;
  }
  const current = $(`[data-screen="${name}"]`);
  render();
  current.querySelector('h1')?.focus({ preventScroll: true });
  setTimeout(() => { if (state.screen === name) current.dataset.ready = 'true'; }, TAP_GUARD_MS);
  armTimers();
}

function render() {
  const t = STRINGS[state.lang];
  applyLanguage(state.lang);
  document.title = t.formTitle;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = t[element.dataset.text];
  }
  const lang = $('[data-action="lang"]');
  lang.textContent = t.otherLanguage;
  lang.lang = state.lang === 'vi' ? 'en' : 'vi';
  lang.setAttribute('aria-label', t.otherLanguageName);
  const unitName = state.unit?.name ?? '';
  $('[data-role="unit-name"]').textContent = state.screen === 'welcome' ? '' : unitName;
  $('[data-role="unit-title"]').textContent = unitName;
  if (state.screen === 'question') renderQuestion(t);
  if (state.screen === 'thanks') $('[data-role="thanks-face"]').innerHTML = face(5);
  if (state.screen === 'welcome') {
    $('[data-role="welcome-faces"]').innerHTML = state.questionnaire.scale.map((value) => face(value.value)).join('');
  }
  if (state.screen === 'staff') renderStaff(t);
  const toggle = $('[data-action="feedback"]');
  toggle.setAttribute('aria-pressed', String(state.feedback));
  $('[data-role="feedback-extra"]').hidden = !state.feedback;
  $('[data-role="feedback-thanks"]').hidden = !state.sentFeedback;
}

function renderQuestion(t) {
  const question = state.questions[state.index];
  const section = $('[data-screen="question"]');
  section.dataset.index = String(state.index + 1);
  section.dataset.question = question.code;
  $('[data-role="progress"]').textContent = t.progress(state.index + 1, state.questions.length);
  $('[data-role="question-text"]').textContent = localised(question, state.lang);
  const faces = $('[data-role="faces"]');
  faces.replaceChildren(...state.questionnaire.scale.map((value) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'rating';
    button.dataset.rating = String(value.value);
    button.innerHTML = `${face(value.value)}<span></span>`;
    button.querySelector('span').textContent = keepLastWordsTogether(localised(value, state.lang));
    return button;
  }));
  $('[data-role="na-label"]').textContent = localised(state.questionnaire.notApplicable, state.lang);
}

/** "Rất không hài lòng" wraps as "Rất không / hài lòng", never leaving "lòng" alone on a line. */
function keepLastWordsTogether(label) {
  return label.replace(/ (?=\S+$)/, '\u00a0');
}

function showQueue({ queued, dropped }) {
  const dot = $('[data-role="queue"]');
  dot.dataset.queued = String(queued);
  dot.dataset.dropped = String(dropped);
  dot.textContent = queued > 0 ? String(queued) : '';
  dot.title = STRINGS[state.lang].queueStatus(queued, dropped);
  if (state.screen === 'staff') render();
}

// ---- the staff view: what waits, what the server did not take, and a copy of both ----

let staffContents = { queued: [], dropped: [] };

async function openStaff() {
  staffContents = await outbox.contents();
  show('staff');
}

/** Back to where a kiosk without staff stands: welcome, or the screen that says why not. */
function closeStaff() {
  if (setup && state.questionnaire) welcome();
  else show(setup ? 'unavailable' : 'unprovisioned');
}

function renderStaff(t) {
  const { queued, dropped } = staffContents;
  $('[data-role="staff-queued"]').textContent = String(queued.length);
  $('[data-role="staff-dropped"]').textContent = String(dropped.length);
  const oldest = queued[0];
  $('[data-role="staff-detail"]').textContent = oldest
    ? t.staffOldest(new Date(oldest.queuedAt).toLocaleString(state.lang === 'en' ? 'en-GB' : 'vi-VN'), oldest.lastStatus)
    : t.staffEmpty;
  // the unit ended (a reorganisation): staff are told, and whom to ask
  const ended = $('[data-role="staff-unit-ended"]');
  const unit = state.unit || {};
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(Date.now() + offset()));
  if (unit.validTo && unit.validTo < today) {
    ended.textContent = t.unitEndedNotice(unit.name, unit.validTo, (unit.successors || []).map((s) => s.code).join(', '));
    ended.hidden = false;
  } else {
    ended.hidden = true;
  }
}

async function exportQueue() {
  const contents = await outbox.contents();
  const file = {
    exportedAt: new Date().toISOString(),
    serverOffsetMs: offset(),
    // the unit and when it was set up, never the token
    kiosk: setup ? { unitCode: setup.unitCode, setupAt: setup.setupAt } : null,
    ...contents,
  };
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  link.download = `hailong-kiosk-${setup?.unitCode ?? 'unprovisioned'}-${file.exportedAt.replace(/[:.]/g, '-')}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}

{
  const dot = $('[data-role="queue"]');
  let hold = null;
  const release = () => { clearTimeout(hold); hold = null; };
  dot.addEventListener('pointerdown', () => {
    release();
    hold = setTimeout(() => { hold = null; openStaff(); }, STAFF_HOLD_MS);
  });
  for (const type of ['pointerup', 'pointercancel', 'pointerleave']) dot.addEventListener(type, release);
}

// ---- the flow ----

function welcome() {
  state.lang = 'vi';
  state.index = 0;
  state.answers = {};
  state.sending = false;
  state.feedback = false;
  state.sentFeedback = false;
  $('#comment').value = '';
  $('#contact').value = '';
  $('[data-role="feedback-error"]').textContent = '';
  show('welcome');
}

function answer(value) {
  const question = state.questions[state.index];
  state.answers[question.code] = value;
  if (state.index + 1 < state.questions.length) {
    state.index += 1;
    show('question');
  } else {
    show('comment');
  }
}

function back() {
  if (state.screen === 'comment') {
    state.index = state.questions.length - 1;
    show('question');
  } else if (state.index > 0) {
    state.index -= 1;
    show('question');
  } else {
    welcome();
  }
}

/**
 * Stores the rating (and the complaint, when the citizen chose "Gửi phản ánh") durably first, then
 * thanks the citizen; the outbox sends them. A complaint the server would refuse is not sent: the
 * citizen sees why and fixes it.
 */
async function finish(comment, { asFeedback = false } = {}) {
  if (state.sending) return;
  let complaint = null;
  if (asFeedback) {
    const contact = $('#contact').value;
    const problem = feedbackProblem(comment, contact);
    if (problem) {
      $('[data-role="feedback-error"]').textContent = STRINGS[state.lang][problem];
      return;
    }
    complaint = feedbackBody(newId(), setup.unitCode, comment, contact, null);
    // the text is the complaint's, kept in one place: the rating goes without it
    comment = '';
  }
  state.sending = true;
  // submittedAt is set by the outbox, on the server's clock (common/clock.js)
  const rating = {
    id: newId(),
    unitCode: setup.unitCode,
    channel: 'KIOSK',
    answers: { ...state.answers },
  };
  if (comment && comment.trim()) rating.comment = comment.trim();
  const items = [[rating, null]];
  if (complaint) items.push([complaint, FEEDBACK_ENDPOINT]);
  for (const [body, endpoint] of items) {
    try {
      // the token it is made under travels with it: a re-provisioning does not orphan it
      await outbox.put(body, { token: setup.token, endpoint });
    } catch (storageError) {
      // IndexedDB unusable (disk full, private mode): still try to deliver it once
      console.error('hailong kiosk: could not store the rating, sending it directly', storageError);
      outbox.attempt(outbox.newItem(body, setup.token, endpoint)).catch(() => {});
    }
  }
  state.sentFeedback = complaint !== null;
  show('thanks');
  outbox.drain({ force: true });
}

// ---- timers: inactivity mid-rating, the thank-you screen ----

let timer = null;

function armTimers() {
  clearTimeout(timer);
  if (state.screen === 'question') {
    timer = setTimeout(welcome, settings.idleMs);
  } else if (state.screen === 'comment') {
    // all six answers are given: the comment is optional, so a citizen who walks away here is done
    timer = setTimeout(() => finish(''), settings.idleMs);
  } else if (state.screen === 'thanks') {
    timer = setTimeout(welcome, settings.thanksMs);
  } else if (state.screen === 'staff') {
    timer = setTimeout(closeStaff, settings.idleMs);
  }
}

for (const type of ['pointerdown', 'keydown', 'input']) {
  document.addEventListener(type, () => {
    if (state.screen === 'question' || state.screen === 'comment' || state.screen === 'staff') armTimers();
  }, { passive: true });
}

document.addEventListener('click', (event) => {
  const target = event.target.closest('button');
  const section = target?.closest('[data-screen]');
  if (target?.dataset.action === 'lang') {
    state.lang = state.lang === 'vi' ? 'en' : 'vi';
    render();
    return;
  }
  if (state.screen === 'thanks') {
    if ($('[data-screen="thanks"]').dataset.ready) welcome();
    return;
  }
  if (!target || (section && !section.dataset.ready)) return;
  const { action, rating } = target.dataset;
  if (rating) answer(rating === 'na' ? null : Number(rating));
  else if (action === 'start') show('question');
  else if (action === 'back') back();
  else if (action === 'submit') finish($('#comment').value, { asFeedback: state.feedback });
  else if (action === 'feedback') {
    state.feedback = !state.feedback;
    $('[data-role="feedback-error"]').textContent = '';
    render();
  }
  else if (action === 'skip') finish('');
  else if (action === 'export') exportQueue();
  else if (action === 'close') closeStaff();
});

// a setup link opened on the running kiosk changes the fragment only: start again to take it
window.addEventListener('hashchange', () => {
  if (new URLSearchParams(location.hash.slice(1)).has('setup')) location.reload();
});

// a kiosk is touched, not browsed: no long-press menu, no accidental text selection
document.addEventListener('contextmenu', (event) => event.preventDefault());

// ---- start ----

/**
 * An admin may have re-pointed this kiosk to a successor after a reorganisation: new ratings then
 * go to the unit the server names; those already queued keep the unit they were made for (and
 * count if dated before its end). Offline, the kiosk goes on with the unit it knows.
 */
async function followRepointing() {
  try {
    const response = await timedFetch('/api/v1/kiosks/me', {
      headers: { Accept: 'application/json', Authorization: `Bearer ${setup.token}` }, cache: 'no-store' });
    if (!response.ok) return;
    const self = await response.json();
    if (self.unitCode && self.unitCode !== setup.unitCode) {
      setup.unitCode = self.unitCode;
      localStorage.setItem(SETUP_KEY, JSON.stringify(setup));
    }
  } catch (offline) {
    // the server is unreachable: keep the unit of the setup link
  }
}

async function boot() {
  registerServiceWorker();
  outbox.start();
  if (!setup) {
    show('unprovisioned');
    return;
  }
  await followRepointing();
  // a kiosk re-provisioned while the server is down knows its unit's code only: it rates anyway
  const [questionnaire, unit] = await Promise.all([
    loadQuestionnaire(), loadUnit(setup.unitCode).catch(() => null)]);
  state.questionnaire = questionnaire;
  state.questions = headlineQuestions(questionnaire);
  state.unit = unit ?? { name: setup.unitCode };
  welcome();
}

boot().catch((error) => {
  console.error('hailong kiosk: cannot start', error);
  show('unavailable');
  setTimeout(() => location.reload(), 30000);
});
