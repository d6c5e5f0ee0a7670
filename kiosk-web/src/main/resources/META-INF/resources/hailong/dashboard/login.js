// The login page: a plain username and password form. It says why the user is here (session
// expired, page needs a login, logged out) and sends them back to where they were.

import { currentSession, logIn } from '../common/session.js';
import { language } from './shell.js';
import { STRINGS } from './strings.js';

const LANG_KEY = 'hailong.dashboard.lang';
const params = new URLSearchParams(location.search);
const reason = params.get('reason');
const form = document.querySelector('[data-role="login"]');
const message = document.querySelector('[data-role="message"]');
const button = document.querySelector('[data-action="login"]');
let shown = { expired: 'expired', required: 'required', 'logged-out': 'loggedOut' }[reason] || null;

/** Only a dashboard page of this server: a link must not send the user elsewhere after login. */
function destination() {
  const next = params.get('next');
  return next && /^\/dashboard\/[a-z]+\.html(\?[^#]*)?$/.test(next) ? next : '/dashboard/overview.html';
}

function show(key, isError) {
  shown = key;
  message.hidden = !key;
  message.classList.toggle('error', Boolean(isError));
  message.setAttribute('role', isError ? 'alert' : 'status');
  message.dataset.message = key || '';
  if (key) message.textContent = STRINGS[language()][key];
}

function applyLanguage() {
  const lang = language();
  const t = STRINGS[lang];
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = t[node.dataset.text]; });
  const toggle = document.querySelector('[data-action="lang"]');
  toggle.textContent = t.otherLanguage;
  toggle.lang = lang === 'vi' ? 'en' : 'vi';
  toggle.setAttribute('aria-label', t.otherLanguageName);
  document.title = `${t.loginTitle} · ${t.app}`;
  show(shown, message.classList.contains('error'));
}

document.querySelector('[data-action="lang"]').addEventListener('click', () => {
  localStorage.setItem(LANG_KEY, language() === 'vi' ? 'en' : 'vi');
  applyLanguage();
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = form.username.value.trim();
  const password = form.password.value;
  if (!username || !password) {
    show('missingCredentials', true);
    return;
  }
  button.disabled = true;
  button.textContent = STRINGS[language()].loggingIn;
  try {
    await logIn(username, password);
    location.assign(destination());
  } catch (error) {
    show(error.status === 401 ? 'wrongCredentials' : 'failed', true);
    form.password.value = '';
    form.password.focus();
  } finally {
    button.disabled = false;
    button.textContent = STRINGS[language()].loginButton;
  }
});

applyLanguage();
if (!reason) {
  // already logged in: straight to the pages
  currentSession().then((session) => { if (session) location.replace(destination()); }).catch(() => {});
}
document.body.dataset.ready = '';
