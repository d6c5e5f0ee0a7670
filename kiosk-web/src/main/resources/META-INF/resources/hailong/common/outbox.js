// The outbox: every completed rating is written to IndexedDB before it is sent, and stays there
// until the server has it. Sending is safe to repeat: the server counts a rating once per id.
//
// Outcome of one attempt (docs/kiosk.md, "Never losing a rating"):
//   200/201 whose JSON echoes the rating's id         -> delivered, removed
//   4xx problem+json of type invalid-request,         -> settled: moved to "dropped" (kept for staff,
//     id-conflict or receipt-used                         never deleted while the device has room)
//   anything else                                      -> kept, retried with backoff
// A failure of the network or of whatever stands in front of the server (no answer, a page that
// is not ours, 408, 429, 502-504) pauses the whole queue; a failure of one rating (our server
// answers 500 to it, or refuses its token) backs off that rating only, and the others go ahead.
// A complaint (phản ánh, kiến nghị) waits in the same queue with the same rules: its item names
// its own endpoint (/api/v1/feedback), which answers the same way.

import { observe, offset, sync } from './clock.js';

const DB_NAME = 'hailong';
const DB_VERSION = 1;
const OUTBOX = 'outbox';
const DROPPED = 'dropped';

const PROBLEM = 'urn:hailong:problem:';
// the server says the rating itself is invalid, or it is settled (stored under this id before,
// receipt rated already): sending it again cannot change the answer
const SETTLED_TYPES = new Set([`${PROBLEM}invalid-request`, `${PROBLEM}id-conflict`, `${PROBLEM}receipt-used`]);
const OUTAGE_STATUSES = new Set([408, 429, 502, 503, 504]);
// one rating failing is that rating's problem; several in a row look like the server's
const FAILURES_BEFORE_PAUSE = 3;

let database;

function openDatabase() {
  if (!database) {
    database = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(OUTBOX)) db.createObjectStore(OUTBOX, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(DROPPED)) db.createObjectStore(DROPPED, { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return database;
}

// Runs fn(stores) in one transaction; resolves with fn's result once the transaction has committed.
async function transaction(names, mode, fn) {
  const db = await openDatabase();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(names, mode, { durability: 'strict' });
    let result;
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
    const stores = Object.fromEntries(names.map((name) => [name, tx.objectStore(name)]));
    const request = fn(stores);
    if (request) request.onsuccess = () => { result = request.result; };
  });
}

function isQuotaError(error) {
  return error?.name === 'QuotaExceededError';
}

/** A UUID v4; crypto.randomUUID exists only on https and localhost, a kiosk may be on plain http. */
export function newId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The answer's JSON if it is JSON (ours, or at least not a portal's HTML page), else null. */
async function jsonOf(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (!/^application\/(problem\+)?json\b/i.test(type)) return null;
  return response.json().catch(() => null);
}

export class Outbox {
  /**
   * @param {object} options
   * @param {(rating: object) => object} [options.headersFor] request headers of a rating queued
   *   without a token of its own (before tokens were kept with the ratings)
   * @param {(state: {queued: number, dropped: number}) => void} [options.onChange]
   * @param {number} [options.baseDelayMs] first retry delay
   * @param {number} [options.maxDelayMs] retry delay cap
   */
  constructor({ endpoint = '/api/v1/responses', headersFor = () => ({}), onChange = () => {},
    baseDelayMs = 1000, maxDelayMs = 60000 } = {}) {
    this.endpoint = endpoint;
    this.headersFor = headersFor;
    this.onChange = onChange;
    this.baseDelayMs = baseDelayMs;
    this.maxDelayMs = Math.max(baseDelayMs, maxDelayMs);
    this.chain = Promise.resolve();
    this.timer = null;
    this.pausedUntil = 0;
    this.pauses = 0;
  }

  /** Drains now, then whenever the network returns, the page is shown again or a retry is due. */
  start() {
    window.addEventListener('online', () => this.drain({ force: true }));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.drain();
    });
    // ask the browser not to evict the queue when the disk runs low (granted to kiosks in app mode)
    navigator.storage?.persist?.().catch(() => {});
    return this.drain({ force: true });
  }

  /**
   * Stores the rating durably; resolves once it is on disk. Its submittedAt is set here: the
   * device's time plus the server's offset if known, else corrected when it is sent (clock.js).
   * A kiosk passes its token: the rating is sent with the token it was made under, even after a
   * re-provisioning. An endpoint other than the outbox's own (a complaint's) goes with the item.
   */
  async put(rating, { token = null, endpoint = null } = {}) {
    const item = this.newItem(rating, token, endpoint);
    try {
      await transaction([OUTBOX], 'readwrite', (s) => s[OUTBOX].put(item));
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // the disk is full: a new rating matters more than the oldest settled ones
      await this.evictDropped();
      await transaction([OUTBOX], 'readwrite', (s) => s[OUTBOX].put(item));
    }
    await this.notify();
    return item;
  }

  newItem(rating, token, endpoint = null) {
    const madeAt = Date.now();
    const known = offset();
    const item = {
      id: rating.id,
      rating: { ...rating, submittedAt: new Date(madeAt + (known ?? 0)).toISOString() },
      madeAt,
      corrected: known !== null,
      queuedAt: madeAt,
      attempts: 0,
      failures: 0,
      nextAttemptAt: 0,
    };
    if (token) item.token = token;
    if (endpoint) item.endpoint = endpoint;
    return item;
  }

  /**
   * Stores the rating, then tries to deliver it (and anything else waiting) at once.
   * Resolves with its outcome: {kind: 'stored'|'duplicate'|'dropped'|'queued', status?, problem?}.
   */
  async submit(rating, options) {
    await this.put(rating, options);
    const outcomes = await this.drain({ force: true });
    return outcomes.get(rating.id) ?? { kind: 'queued' };
  }

  async size() {
    return transaction([OUTBOX], 'readonly', (s) => s[OUTBOX].count());
  }

  async droppedSize() {
    return transaction([DROPPED], 'readonly', (s) => s[DROPPED].count());
  }

  /** Everything on the device, for staff: waiting and dropped ratings, without kiosk tokens. */
  async contents() {
    const strip = ({ token, ...rest }) => rest;
    const [queued, dropped] = await Promise.all([
      transaction([OUTBOX], 'readonly', (s) => s[OUTBOX].getAll()),
      transaction([DROPPED], 'readonly', (s) => s[DROPPED].getAll()),
    ]);
    queued.sort((a, b) => a.queuedAt - b.queuedAt);
    dropped.sort((a, b) => a.droppedAt - b.droppedAt);
    return { queued: queued.map(strip), dropped: dropped.map(strip) };
  }

  /**
   * One pass over the waiting ratings; passes never overlap. Ratings that never failed go first,
   * oldest first, then those whose own retry is due. {force: true} ignores every delay (a new
   * rating, the network is back). Resolves with a Map id -> outcome of the ratings tried.
   */
  drain({ force = false } = {}) {
    const pass = this.chain.then(() => this.drainOnce(force)).catch((error) => {
      // IndexedDB failed mid-pass: what was not confirmed stays queued for the next pass
      console.error('hailong outbox', error);
      return new Map();
    });
    this.chain = pass;
    return pass;
  }

  async drainOnce(force) {
    clearTimeout(this.timer);
    this.timer = null;
    const outcomes = new Map();
    const now = Date.now();
    if (force || this.pausedUntil <= now) {
      const items = await transaction([OUTBOX], 'readonly', (s) => s[OUTBOX].getAll());
      const due = items.filter((item) => force || item.nextAttemptAt <= now)
        .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.queuedAt - b.queuedAt);
      let failuresInRow = 0;
      for (const item of due) {
        const outcome = await this.attempt(item);
        outcomes.set(item.id, outcome);
        if (outcome.kind !== 'queued') {
          // the server answers: whatever pause was running is over
          failuresInRow = 0;
          this.pauses = 0;
          this.pausedUntil = 0;
        } else if (outcome.outage || ++failuresInRow >= FAILURES_BEFORE_PAUSE) {
          // the network or the server is down: the rest would fail the same way, so they wait
          this.pause(outcome.retryAfterMs);
          break;
        }
      }
    }
    await this.schedule();
    await this.notify();
    return outcomes;
  }

  /** Sends one rating; resolves with its outcome (see the top of this file). */
  async attempt(item) {
    const ready = await this.prepare(item);
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    Object.assign(headers, ready.token ? { Authorization: `Bearer ${ready.token}` } : this.headersFor(ready.rating));
    let response;
    const sentAt = Date.now();
    try {
      response = await fetch(ready.endpoint ?? this.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify(ready.rating),
        cache: 'no-store',
        // a portal's redirect is not an answer of ours
        redirect: 'manual',
      });
    } catch (networkError) {
      return this.retryLater(ready, null, { outage: true });
    }
    observe(response, sentAt, Date.now());
    const body = await jsonOf(response);
    const status = response.status;
    if ((status === 200 || status === 201) && String(body?.id).toLowerCase() === ready.id.toLowerCase()) {
      await transaction([OUTBOX], 'readwrite', (s) => s[OUTBOX].delete(ready.id));
      return { kind: status === 201 ? 'stored' : 'duplicate', status };
    }
    if (status >= 400 && status < 500 && SETTLED_TYPES.has(body?.type)) {
      await this.dropItem(ready, status, body);
      return { kind: 'dropped', status, problem: body };
    }
    const retryAfterMs = Number(response.headers.get('Retry-After')) * 1000 || 0;
    // no JSON: not our server (a captive portal, a proxy's page), so the way to it is broken
    const outage = body === null || OUTAGE_STATUSES.has(status);
    return this.retryLater(ready, status, { outage, retryAfterMs, problem: body });
  }

  /**
   * A rating made before the server's time was known gets the correction known now; from then on
   * its submittedAt stays as sent (a retry repeats the same content, counted once).
   */
  async prepare(item) {
    if (item.corrected || item.madeAt === undefined) return item;
    const known = await sync();
    if (known === null) return item;
    const ready = {
      ...item,
      rating: { ...item.rating, submittedAt: new Date(item.madeAt + known).toISOString() },
      corrected: true,
    };
    await transaction([OUTBOX], 'readwrite', (s) => s[OUTBOX].put(ready));
    return ready;
  }

  /**
   * Keeps the rating. An outage leaves its own backoff alone (the queue pauses instead); a failure
   * of this rating delays this rating only: 1 s, 2 s, 4 s, ... up to the cap.
   */
  async retryLater(item, status, { outage = false, retryAfterMs = 0, problem = null } = {}) {
    const updated = { ...item, attempts: item.attempts + 1, lastStatus: status, lastTriedAt: Date.now() };
    if (!outage) {
      updated.failures = (item.failures ?? 0) + 1;
      updated.nextAttemptAt = Date.now() + Math.max(retryAfterMs, this.delay(updated.failures));
    }
    await transaction([OUTBOX], 'readwrite', (s) => s[OUTBOX].put(updated));
    return { kind: 'queued', status, problem, outage, retryAfterMs };
  }

  pause(retryAfterMs) {
    this.pauses += 1;
    this.pausedUntil = Date.now() + Math.max(retryAfterMs, this.delay(this.pauses));
  }

  delay(failures) {
    const backoff = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (failures - 1));
    // jitter, so that kiosks cut off together do not all come back in the same second
    return backoff * (0.75 + Math.random() * 0.25);
  }

  async dropItem(item, status, problem) {
    console.warn('hailong outbox: rating settled or refused by the server, not retried', status, problem, item.rating);
    const move = () => transaction([OUTBOX, DROPPED], 'readwrite', (s) => {
      s[OUTBOX].delete(item.id);
      s[DROPPED].put({ ...item, droppedAt: Date.now(), status, problem });
    });
    try {
      await move();
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      await this.evictDropped();
      await move();
    }
  }

  /** Only when the disk is full: deletes the oldest tenth of the dropped ratings (at least one). */
  async evictDropped() {
    const dropped = await transaction([DROPPED], 'readonly', (s) => s[DROPPED].getAll());
    dropped.sort((a, b) => a.droppedAt - b.droppedAt);
    const oldest = dropped.slice(0, Math.max(1, Math.ceil(dropped.length / 10)));
    console.warn('hailong outbox: device storage full, deleting the oldest dropped ratings', oldest);
    await transaction([DROPPED], 'readwrite', (s) => oldest.forEach((old) => s[DROPPED].delete(old.id)));
  }

  async schedule() {
    const items = await transaction([OUTBOX], 'readonly', (s) => s[OUTBOX].getAll());
    if (items.length === 0) return;
    const next = Math.max(this.pausedUntil, Math.min(...items.map((item) => item.nextAttemptAt)));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.drain(), Math.max(0, next - Date.now()));
  }

  async notify() {
    const [queued, dropped] = await Promise.all([this.size(), this.droppedSize()]);
    this.onChange({ queued, dropped });
  }
}
