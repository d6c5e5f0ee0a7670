// The web form's service worker: a phone that lost its signal reopens the form from its cache.
importScripts('../common/service-worker.js');

hailongOffline('form', [
  './', 'form.js', 'form.css',
  '../common/base.css', '../common/outbox.js', '../common/api.js', '../common/clock.js',
  '../common/i18n.js', '../common/faces.js', '../common/offline.js', '../common/feedback.js',
]);
