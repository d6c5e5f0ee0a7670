// Reads of the public API, kept in localStorage so that a kiosk restarted while the server is
// unreachable can still ask its questions (its ratings then wait in the outbox). Each answer also
// tells the device the server's time (clock.js).

import { timedFetch } from './clock.js';

async function cachedJson(url, key) {
  try {
    // no-store: an answer from the HTTP cache would carry an old Date
    const response = await timedFetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (response.ok) {
      const value = await response.json();
      try { localStorage.setItem(key, JSON.stringify(value)); } catch (full) { /* cache only */ }
      return value;
    }
    if (response.status === 404) return null;
  } catch (networkError) {
    // fall back to the copy below
  }
  const copy = localStorage.getItem(key);
  if (copy) return JSON.parse(copy);
  throw new Error(`${url} unreachable and not cached`);
}

export function loadQuestionnaire() {
  return cachedJson('/api/v1/questionnaire', 'hailong.questionnaire');
}

/** The unit, or null when the server says there is no such unit. */
export function loadUnit(code) {
  return cachedJson(`/api/v1/units/${encodeURIComponent(code)}`, `hailong.unit.${code}`);
}

/** Headline questions (what a kiosk asks), in the questionnaire's order. */
export function headlineQuestions(questionnaire) {
  return questionnaire.questions.filter((q) => q.headline);
}

export function detailedQuestions(questionnaire) {
  return questionnaire.questions.filter((q) => !q.headline);
}
