/**
 * The web pages, a sub-app served by the same app as the API (`app.route('/', pagesApp(...))` in
 * createApp). Pages read the API in-process through `PageApi` (client/api.ts); the stylesheet is
 * served from code, so nothing is fetched from outside the app.
 */
import { Hono } from 'hono';
import type { PageApi } from '../client/api.js';
import { actContentsRoute, partReadingRoute } from './acts.js';
import { amendmentsPageRoute } from './amendments.js';
import { comparePageRoute } from './compare.js';
import { gapsPageRoute } from './gaps.js';
import { homePage } from './home.js';
import { matchPageRoute } from './match.js';
import { protectionsPageRoute } from './protections.js';
import { provisionPageRoute } from './provision.js';
import { searchPageRoute } from './search.js';
import { FAVICON, STYLESHEET, STYLESHEET_PATH } from '../components/style.js';
import { topicPageRoute, topicsIndexRoute } from './topics.js';

export function pagesApp(api: PageApi): Hono {
  const app = new Hono();
  app.get(STYLESHEET_PATH, (c) => c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get('/favicon.ico', (c) => c.body(FAVICON, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' }));
  app.get('/', homePage(api));
  app.get('/search', searchPageRoute(api));
  app.get('/provisions/:id', provisionPageRoute(api));
  app.get('/acts/:act', actContentsRoute(api));
  app.get('/acts/:act/part/:part', partReadingRoute(api));
  app.get('/amendments/:act', amendmentsPageRoute(api));
  app.get('/amendments/:act/:by', amendmentsPageRoute(api));
  app.get('/compare', comparePageRoute(api));
  app.get('/topics', topicsIndexRoute(api));
  app.get('/topics/:topic', topicPageRoute(api));
  app.get('/gaps', gapsPageRoute(api));
  app.get('/protections', protectionsPageRoute(api));
  app.get('/match', matchPageRoute(api));
  return app;
}
