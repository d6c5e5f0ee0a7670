// Five faces for the 1..5 scale, drawn inline so that no font or network is needed (many kiosks
// have no colour emoji font). Colour and mouth both carry the meaning, for colour-blind users.

const COLOURS = { 1: '#c62828', 2: '#ef6c00', 3: '#f9a825', 4: '#7cb342', 5: '#2e7d32' };
// the mouth's control point: below the corners smiles, above frowns
const MOUTH_CURVE = { 1: 48, 2: 58, 3: 66, 4: 78, 5: 90 };

/** An SVG face for a rating 1..5, or the "not applicable" sign for null. Decorative: the button has the label. */
export function face(value) {
  if (value == null) {
    return '<svg class="face" viewBox="0 0 100 100" aria-hidden="true" focusable="false">'
      + '<circle cx="50" cy="50" r="44" fill="#eceff1" stroke="#37474f" stroke-width="5"/>'
      + '<path d="M30 50h40" stroke="#37474f" stroke-width="8" stroke-linecap="round"/></svg>';
  }
  const mouthY = value === 3 ? 66 : value < 3 ? 70 : 62;
  const brows = value === 1
    ? '<path d="M26 26l16 8M74 26l-16 8" stroke="#1a1a1a" stroke-width="5" stroke-linecap="round"/>'
    : '';
  return `<svg class="face" viewBox="0 0 100 100" aria-hidden="true" focusable="false">`
    + `<circle cx="50" cy="50" r="44" fill="${COLOURS[value]}" stroke="#1a1a1a" stroke-width="4"/>`
    + brows
    + '<circle cx="35" cy="40" r="6" fill="#1a1a1a"/><circle cx="65" cy="40" r="6" fill="#1a1a1a"/>'
    + `<path d="M28 ${mouthY}Q50 ${MOUTH_CURVE[value] + (mouthY - 66)} 72 ${mouthY}" fill="none"`
    + ' stroke="#1a1a1a" stroke-width="6" stroke-linecap="round"/></svg>';
}
