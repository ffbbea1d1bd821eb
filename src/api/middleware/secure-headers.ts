/**
 * Security headers. Pages and /docs get a Content-Security-Policy that allows only what they use:
 * the stylesheet from this origin, the inline script and style the app itself ships (by SHA-256
 * hash, so an injected script would not run), style attributes, forms to this origin; no
 * framing, no plugins, no other origins. The JSON API gets nosniff and a referrer policy, and
 * may be read cross-origin (see cors.ts).
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** Every inline <script> and <style> the app serves, verbatim: the app names them (pages, /docs). */
export interface InlineCode {
  scripts: readonly string[];
  styles: readonly string[];
}

export async function cspHash(source: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(source));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

const isApi = (path: string) => path.startsWith('/v1/') || path === '/openapi.json';

const apiHeaders = secureHeaders({
  crossOriginResourcePolicy: 'cross-origin',
  crossOriginOpenerPolicy: false,
  referrerPolicy: 'no-referrer',
});

const makePageHeaders = async (inline: InlineCode): Promise<MiddlewareHandler> => {
  const [scripts, styles] = await Promise.all([Promise.all(inline.scripts.map(cspHash)), Promise.all(inline.styles.map(cspHash))]);
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: scripts,
      styleSrc: ["'self'", ...styles],
      styleSrcAttr: ["'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
  });
};

export function securityHeaders(inline: InlineCode): MiddlewareHandler {
  let pageHeaders: Promise<MiddlewareHandler> | undefined;
  return async (c, next) => {
    if (isApi(c.req.path)) return apiHeaders(c, next);
    return (await (pageHeaders ??= makePageHeaders(inline)))(c, next);
  };
}
