// The service worker of the kiosk and of the form (each page's sw.js imports this). Network first:
// an online device always gets the server's current files and data, and every answer refreshes the
// cache; when the server does not answer, the cached copy is served. A new VERSION drops the caches
// of the old one.
//
// Cached: the page's own files (precached on install), the questionnaire and the unit. Never cached:
// ratings (the outbox keeps those) and everything else of the API.

/* exported hailongOffline */
const VERSION = 1;
// a server that accepts the connection but does not answer in time counts as down
const NETWORK_TIMEOUT_MS = 4000;
const FROM_CACHE = 'X-Hailong-From-Cache';
const CACHED_API = [/^\/api\/v1\/questionnaire$/, /^\/api\/v1\/units\/[^/]+$/];

function hailongOffline(name, files) {
  const cacheName = `hailong-${name}-v${VERSION}`;
  const scope = new URL(self.registration.scope).pathname;

  self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(cacheName)
      .then((cache) => cache.addAll([...files, '/api/v1/questionnaire']))
      .then(() => self.skipWaiting()));
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys()
      .then((names) => Promise.all(names
        .filter((old) => old.startsWith(`hailong-${name}-`) && old !== cacheName)
        .map((old) => caches.delete(old))))
      .then(() => self.clients.claim()));
  });

  self.addEventListener('fetch', (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin) return;
    const page = request.mode === 'navigate' && url.pathname === scope;
    const asset = /^\/(kiosk|form|common)\//.test(url.pathname);
    const data = CACHED_API.some((pattern) => pattern.test(url.pathname));
    if (!page && !asset && !data) return;
    event.respondWith(networkFirst(request, cacheName, page));
  });
}

async function networkFirst(request, cacheName, page) {
  const cache = await caches.open(cacheName);
  // the page is kept under its address without the query (?idle=90, ?unit=...&receipt=...)
  const key = page ? new URL(request.url).pathname : request;
  const network = fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') cache.put(key, response.clone());
    return response;
  });
  network.catch(() => {}); // a late failure after the cache answered is nobody's concern
  const timeout = new Promise((resolve) => { setTimeout(resolve, NETWORK_TIMEOUT_MS, null); });
  try {
    const answer = await Promise.race([network, timeout]);
    if (answer) return answer;
  } catch (unreachable) {
    // served from the cache below
  }
  const copy = await cache.match(key, { ignoreSearch: page });
  if (!copy) return network;
  // marked, so that the page does not take this copy's Date for the server's time now
  const headers = new Headers(copy.headers);
  headers.set(FROM_CACHE, '1');
  return new Response(copy.body, { status: copy.status, statusText: copy.statusText, headers });
}
