// factlint's service worker (scope: the www/ folder). On install it caches the
// pages, the scripts and the wasm; afterwards every same-origin GET goes to the
// network first (so a new build shows up at once) and falls back to the cache
// when the network is gone. Files that do not exist (yet) are skipped.
const CACHE = 'factlint-v2';
const PRECACHE = [
  './',
  'index.html',
  'app.js',
  'views.js',
  'credits.js',
  'style.css',
  'demo/seed-article.txt',
  'lib/overlay.js',
  'lib/edits.js',
  'lib/dom.js',
  'lib/checker.js',
  'lib/index.js',
  'lib/worker.js',
  'lib/worker-checker.js',
  'lib/sync.js',
  'lib/attach.js',
  'lib/annotator.js',
  'lib/core.js',
  'lib/panel.js',
  'lib/panel-element.js',
  'lib/export.js',
  'lib/factlint.css',
  'lib/print.css',
  'pkg/factlint.js',
  'pkg/factlint_bg.wasm',
  'data/register.json',
  'embed/',
  'embed/index.html',
  'embed/demo.js',
  'embed/demo.css',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(PRECACHE.map(async (path) => {
      try {
        const response = await fetch(new URL(path, self.registration.scope), { cache: 'no-cache' });
        if (response.ok) await cache.put(new URL(path, self.registration.scope), response);
      } catch {
        // offline during install, or the file is not part of this build
      }
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw error;
    }
  })());
});
