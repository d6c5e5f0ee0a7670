// The server's clock is the reference: a kiosk's own clock may run minutes fast or slow. Every
// answer of the server carries a Date header (HTTP, whole seconds); the offset between it and this
// device is learned from those answers and added to the time a rating is made.
//
// The offset is known for this page only, never carried over a reload: a kiosk that restarted may
// have a reset clock, and an old offset would then "correct" it wrongly. Until the page has heard
// from the server, ratings are queued uncorrected and get the correction known when they are sent.

// set by the service worker on an answer served from its cache: its Date is not the server's now
export const FROM_CACHE = 'X-Hailong-From-Cache';

let offsetMs = null;

/**
 * Learns the offset from an answer of our server. sentAt and receivedAt are Date.now() around the
 * request; the server's clock read somewhere in between, and the header drops the milliseconds.
 */
export function observe(response, sentAt, receivedAt) {
  const header = response.headers.get('Date');
  // an answer kept by a cache on the way (Age) or by the service worker is not the server's now
  if (!header || response.headers.get(FROM_CACHE) || response.headers.get('Age')
    || response.type === 'opaqueredirect') return;
  const server = Date.parse(header);
  if (Number.isNaN(server)) return;
  offsetMs = Math.round(server + 500 - (sentAt + receivedAt) / 2);
}

/** Server time minus device time in ms, or null while no answer of the server has been seen. */
export function offset() {
  return offsetMs;
}

/** fetch(), learning the offset from the answer. */
export async function timedFetch(url, options) {
  const sentAt = Date.now();
  const response = await fetch(url, options);
  observe(response, sentAt, Date.now());
  return response;
}

/** Asks the server once for its time (a small public read), unless the offset is known already. */
export async function sync() {
  if (offsetMs !== null) return offsetMs;
  try {
    await timedFetch('/api/v1/questionnaire', { method: 'GET', cache: 'no-store' });
  } catch (networkError) {
    // unknown still: the caller sends with the device's time, corrected at a later send if possible
  }
  return offsetMs;
}
