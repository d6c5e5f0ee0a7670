// The public page of a unit's answered complaints and suggestions: /feedback/index.html?unit=CODE.
// Question and answer only, as GET /api/v1/public/feedback gives them: never who asked.

import { STRINGS, applyLanguage } from '../common/i18n.js';

const unitCode = new URLSearchParams(location.search).get('unit');
const $ = (selector) => document.querySelector(selector);
const state = { lang: 'vi', data: null, failed: false };

function card(item, t) {
  const article = document.createElement('article');
  article.className = 'answer-card';
  article.dataset.role = 'answer';
  const parts = [['question', item.question, ''], ['answer', item.answer, 'reply']];
  for (const [key, text, extra] of parts) {
    const heading = document.createElement('h2');
    heading.textContent = t[key];
    const body = document.createElement('p');
    body.className = extra;
    body.textContent = text;
    article.append(heading, body);
  }
  return article;
}

function render() {
  const t = STRINGS[state.lang];
  applyLanguage(state.lang);
  document.title = t.answersTitle;
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = t[element.dataset.text];
  const lang = $('[data-action="lang"]');
  lang.textContent = t.otherLanguage;
  lang.lang = state.lang === 'vi' ? 'en' : 'vi';
  lang.setAttribute('aria-label', t.otherLanguageName);
  $('[data-role="unit-name"]').textContent = state.data?.unitName ?? '';
  $('[data-role="form-link"]').href = `../form/?unit=${encodeURIComponent(unitCode ?? '')}`;
  const holder = $('[data-role="answers"]');
  if (state.failed) {
    holder.replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: t.noUnitText }));
  } else if (state.data) {
    holder.replaceChildren(...(state.data.answers.length
      ? state.data.answers.map((item) => card(item, t))
      : [Object.assign(document.createElement('p'), { className: 'empty', textContent: t.answersNone })]));
  }
}

$('[data-action="lang"]').addEventListener('click', () => {
  state.lang = state.lang === 'vi' ? 'en' : 'vi';
  render();
});

async function boot() {
  try {
    const response = await fetch(`/api/v1/public/feedback?unit=${encodeURIComponent(unitCode ?? '')}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    state.data = await response.json();
  } catch (error) {
    state.failed = true;
  }
  render();
  document.body.dataset.ready = '';
}

boot();
