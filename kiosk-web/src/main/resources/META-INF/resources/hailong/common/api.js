// Reads of the public API, kept in localStorage so that a kiosk restarted while the server is
// unreachable can still ask its questions (its ratings then wait in the outbox).

async function cachedJson(url, key) {
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
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
