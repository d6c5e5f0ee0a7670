// The outbox: every completed rating is written to IndexedDB before it is sent, and stays there
// until the server has it. Sending is safe to repeat: the server counts a rating once per id.
//
// Outcome of one attempt (DESIGN.md section 5):
//   201 stored, 200 duplicate (counted once)          -> delivered, removed
//   network error, 5xx, 408, 429                      -> kept, retried with exponential backoff
//   any other 4xx (invalid, refused, receipt used)    -> removed from the outbox, kept in "dropped"
//                                                        for staff, logged to the console

const DB_NAME = 'hailong';
const DB_VERSION = 1;
const OUTBOX = 'outbox';
const DROPPED = 'dropped';
const MAX_DROPPED = 200;

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

/** A UUID v4; crypto.randomUUID exists only on https and localhost, a kiosk may be on plain http. */
export function newId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isRetryable(status) {
  return status >= 500 || status === 408 || status === 429;
}

export class Outbox {
  /**
   * @param {object} options
   * @param {(rating: object) => object} [options.headersFor] extra request headers of a rating
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
  }

  /** Drains now, then whenever the network returns, the page is shown again or a retry is due. */
  start() {
    window.addEventListener('online', () => this.drain({ force: true }));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.drain();
    });
    return this.drain({ force: true });
  }

  /** Stores the rating durably; resolves once it is on disk. */
  async put(rating) {
    const item = { id: rating.id, rating, queuedAt: Date.now(), attempts: 0, nextAttemptAt: 0 };
    await transaction([OUTBOX], 'readwrite', (s) => s[OUTBOX].put(item));
    await this.notify();
  }

  /**
   * Stores the rating, then tries to deliver it (and anything else waiting) at once.
   * Resolves with its outcome: {kind: 'stored'|'duplicate'|'dropped'|'queued', status?, problem?}.
   */
  async submit(rating) {
    await this.put(rating);
    const outcomes = await this.drain({ force: true });
    return outcomes.get(rating.id) ?? { kind: 'queued' };
  }

  async size() {
    return transaction([OUTBOX], 'readonly', (s) => s[OUTBOX].count());
  }

  async droppedSize() {
    return transaction([DROPPED], 'readonly', (s) => s[DROPPED].count());
  }

  /**
   * One pass over the waiting ratings, oldest first; passes never overlap.
   * {force: true} ignores backoff (a new rating, the network is back).
   * Resolves with a Map id -> outcome of the ratings tried in this pass.
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
    const items = await transaction([OUTBOX], 'readonly', (s) => s[OUTBOX].getAll());
    items.sort((a, b) => a.queuedAt - b.queuedAt);
    let retryAt = null;
    for (const item of items) {
      if (!force && item.nextAttemptAt > Date.now()) continue;
      const outcome = await this.attempt(item);
      outcomes.set(item.id, outcome);
      // the server or the network is down: the rest would fail the same way, so they wait too
      if (outcome.kind === 'queued') {
        retryAt = outcome.retryAt;
        break;
      }
    }
    await this.schedule(retryAt);
    await this.notify();
    return outcomes;
  }

  async attempt(item) {
    let response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...this.headersFor(item.rating) },
        body: JSON.stringify(item.rating),
        cache: 'no-store',
      });
    } catch (networkError) {
      return this.retryLater(item, null);
    }
    if (response.status === 201 || response.status === 200) {
      await transaction([OUTBOX], 'readwrite', (s) => s[OUTBOX].delete(item.id));
      return { kind: response.status === 201 ? 'stored' : 'duplicate', status: response.status };
    }
    if (isRetryable(response.status) || response.status < 400) {
      const retryAfter = Number(response.headers.get('Retry-After')) * 1000 || 0;
      return this.retryLater(item, response.status, retryAfter);
    }
    const problem = await response.json().catch(() => null);
    await this.dropItem(item, response.status, problem);
    return { kind: 'dropped', status: response.status, problem };
  }

  async retryLater(item, status, atLeastMs = 0) {
    const attempts = item.attempts + 1;
    const backoff = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempts - 1));
    // jitter, so that kiosks cut off together do not all come back in the same second
    const delay = Math.max(atLeastMs, backoff * (0.75 + Math.random() * 0.25));
    const updated = { ...item, attempts, lastStatus: status, nextAttemptAt: Date.now() + delay };
    await transaction([OUTBOX], 'readwrite', (s) => s[OUTBOX].put(updated));
    return { kind: 'queued', status, retryAt: updated.nextAttemptAt };
  }

  async dropItem(item, status, problem) {
    console.warn('hailong outbox: rating refused by the server, not retried', status, problem, item.rating);
    await transaction([OUTBOX, DROPPED], 'readwrite', (s) => {
      s[OUTBOX].delete(item.id);
      s[DROPPED].put({ ...item, droppedAt: Date.now(), status, problem });
    });
    const keys = await transaction([DROPPED], 'readonly', (s) => s[DROPPED].getAll());
    if (keys.length > MAX_DROPPED) {
      keys.sort((a, b) => a.droppedAt - b.droppedAt);
      await transaction([DROPPED], 'readwrite', (s) => {
        keys.slice(0, keys.length - MAX_DROPPED).forEach((old) => s[DROPPED].delete(old.id));
      });
    }
  }

  async schedule(retryAt) {
    const items = await transaction([OUTBOX], 'readonly', (s) => s[OUTBOX].getAll());
    if (items.length === 0) return;
    const next = retryAt ?? Math.min(...items.map((item) => item.nextAttemptAt));
    this.timer = setTimeout(() => this.drain(), Math.max(0, next - Date.now()));
  }

  async notify() {
    const [queued, dropped] = await Promise.all([this.size(), this.droppedSize()]);
    this.onChange({ queued, dropped });
  }
}
