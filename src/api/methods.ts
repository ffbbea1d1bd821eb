/**
 * Which methods a path answers to, from the app's own route table: a request with another method
 * gets 405 with `Allow` (RFC 9110) rather than a 404 that suggests the path does not exist.
 */
type RouteEntry = { method: string; path: string };

const patternOf = (path: string): RegExp =>
  new RegExp(
    `^${path
      .split('/')
      .map((seg) => (seg === '*' ? '.*' : seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')}/?$`,
  );

/** Methods with a route for `path` (middleware, registered for every method, does not count); HEAD with GET. */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set(routes.filter((r) => r.method !== 'ALL' && patternOf(r.path).test(path)).map((r) => r.method.toUpperCase()));
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
