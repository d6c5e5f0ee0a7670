// Shared by the people and kiosks pages: what a refused request says, and buttons for actions a
// misplaced click should not take (revoke, disable, reset): the first click asks, the second acts.

import { el } from './shell.js';

/** What a refused request says, in the page's language: each field problem, or the detail. */
export function problemText(error, lang) {
  const errors = error.problem && error.problem.errors;
  if (errors && errors.length) return errors.map((e) => `${e.field}: ${lang === 'en' ? e.en : e.vi}`).join('; ');
  return error.message;
}

/** A button that turns into "click again to ..." first; leaving it (blur) takes that back. */
export function confirmedButton(action, label, confirmLabel, run, extraClass = '') {
  const button = el('button', { type: 'button', class: `button ${extraClass}`, dataset: { action }, text: label });
  const disarm = () => { delete button.dataset.armed; button.textContent = label; };
  button.addEventListener('click', () => {
    if (button.dataset.armed === undefined) {
      button.dataset.armed = '';
      button.textContent = confirmLabel;
      return;
    }
    disarm();
    run();
  });
  button.addEventListener('blur', disarm);
  return button;
}
