// Registers the page's service worker (kiosk/sw.js, form/sw.js): it keeps the page, its code and
// the last questionnaire and unit in a cache, so that a kiosk restarted while the server is down
// still boots and rates (the ratings wait in the outbox). Browsers allow service workers on https
// and localhost only; on plain http the page works as before, without the offline start.

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  // updateViaCache none: a new version of the worker or its imports is seen at the next load
  navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' }).catch((error) => {
    console.warn('hailong: no offline start, service worker not registered', error);
  });
}
