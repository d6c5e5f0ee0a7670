// The kiosk's service worker: boots the kiosk from its cache while the server is down.
importScripts('../common/service-worker.js');

hailongOffline('kiosk', [
  './', 'kiosk.js', 'kiosk.css',
  '../common/base.css', '../common/outbox.js', '../common/api.js', '../common/clock.js',
  '../common/i18n.js', '../common/faces.js', '../common/offline.js', '../common/feedback.js',
]);
