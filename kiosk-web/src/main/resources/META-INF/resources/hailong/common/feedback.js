// Complaints and suggestions (phản ánh, kiến nghị) from the kiosk and the web form: the same checks
// as the server's (docs/feedback.md), so that a citizen hears at once what to fix instead of the
// outbox dropping a complaint the server would refuse. They travel through the outbox like ratings.

export const FEEDBACK_ENDPOINT = '/api/v1/feedback';
export const MIN_TEXT = 10;
export const MAX_TEXT = 4000;

const PHONE = /^(?:\+84|84|0)(?:[35789]\d{8}|2\d{9})$/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** The key of the first problem (a text of i18n.js), or null when the server will take it. */
export function feedbackProblem(text, contact) {
  const length = [...text.trim()].length;
  if (length < MIN_TEXT) return 'feedbackTooShort';
  if (length > MAX_TEXT) return 'feedbackTooLong';
  const value = contact.trim();
  if (value && !(value.includes('@') ? EMAIL.test(value) && value.length <= 254 : PHONE.test(value.replace(/[\s.()-]/g, '')))) {
    return 'contactInvalid';
  }
  return null;
}

/** The complaint's body as POST /api/v1/feedback takes it. */
export function feedbackBody(id, unitCode, text, contact, receiptCode) {
  const body = { id, unitCode, text: text.trim() };
  if (contact.trim()) body.contact = contact.trim();
  if (receiptCode) body.receiptCode = receiptCode;
  return body;
}
