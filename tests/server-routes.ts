import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Misbehaving servers for the browser tests, on the test server itself (loopback only):
 * `/__test__/status/500`, a login page served as 200 (`/__test__/login`), a server that never
 * answers (`/__test__/hang`; `/__test__/hanging` with the same query says how many of those were
 * asked and are still open), one that fails once then works (`/__test__/flaky?id=…`), and one
 * that sends no CORS header (`/__test__/no-cors`, read from the other loopback name), and the
 * dataset served as a web page (`/__test__/json-as-html`).
 */
export function testRoutes(): Plugin {
  const dataset = readFileSync(new URL('../data/beiyang.json', import.meta.url));
  const seen = new Set<string>();
  /** The requests to `/__test__/hang` by their query: how many were asked, how many the browser still holds open. */
  const hanging = new Map<string, { asked: number; open: number }>();
  return {
    name: 'fazhi-test-routes',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith('/__test__/')) return next();
        const route = url.pathname.slice('/__test__/'.length);
        if (route.startsWith('status/')) {
          response.statusCode = Number(route.slice('status/'.length));
          return response.end('error');
        }
        if (route === 'login') {
          response.setHeader('content-type', 'text/html; charset=utf-8');
          return response.end('<!doctype html><title>统一身份认证</title><form>请登录</form>');
        }
        if (route === 'hang') {
          // Answers nothing; gives up after 20 s so the server can close. Counted by its query until the browser lets it go.
          const counts = hanging.get(url.search) ?? { asked: 0, open: 0 };
          hanging.set(url.search, counts);
          counts.asked++;
          counts.open++;
          const timer = setTimeout(() => response.destroy(), 20_000);
          response.on('close', () => {
            clearTimeout(timer);
            counts.open--;
          });
          return;
        }
        if (route === 'hanging') {
          response.setHeader('content-type', 'application/json');
          return response.end(JSON.stringify(hanging.get(url.search) ?? { asked: 0, open: 0 }));
        }
        if (route === 'flaky') {
          const id = url.searchParams.get('id') ?? '';
          if (!seen.has(id)) {
            seen.add(id);
            response.statusCode = 503;
            return response.end('busy');
          }
        }
        if (route === 'json-as-html') {
          response.setHeader('content-type', 'text/html; charset=utf-8');
          return response.end(dataset);
        }
        if (route === 'flaky' || route === 'no-cors') {
          response.setHeader('content-type', 'application/json');
          // The dev server allows loopback origins by default; this route must not.
          if (route === 'no-cors') response.removeHeader('access-control-allow-origin');
          return response.end(dataset);
        }
        response.statusCode = 404;
        response.end();
      });
    },
  };
}
