/**
 * Seeded generators of hostile requests for the fuzz test: garbage, overlong, unicode (RTL marks,
 * NUL, combining marks, lone surrogates as raw bytes), injection-like text (Meilisearch filter
 * syntax, quotes, OR, =, backslashes, HTML/JS), huge/negative/fractional numbers, wrong methods
 * and bad bodies, aimed at the operations the OpenAPI document lists and at the pages.
 */
import fc from 'fast-check';

export interface Operation {
  method: string;
  /** OpenAPI path template, e.g. /v1/provisions/{id}. */
  path: string;
  params: { name: string; in: 'path' | 'query'; values: readonly string[]; numeric: boolean }[];
  hasBody: boolean;
}

export interface FuzzRequest {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
}

const INJECTIONS = [
  'act = "atipsom" OR act != "x"', '" OR 1=1 --', "' OR ''='", 'id = atipsom-s14', 'lang IN ["en", "ms"]',
  'topics EXISTS', 'NOT act = soca', '_geoRadius(1, 2, 3)', 'a\\" OR \\"b', '\\', '\\\\"', '"', "'", '`', '=', '!=',
  'OR', 'AND', 'TO', '[', ']', '(', ')', '*', '%', '%00', '%ZZ', '%E0%A4%A', '../../etc/passwd', '..%2F..%2F',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${7*7}',
  '\u0000', '\u202e', '\u200f\u200e', '\ufeff', 'e\u0301\u0301\u0301', '😀👨‍👩‍👧', 'ﷺ', '\r\nSet-Cookie: a=b',
  'ATIPSOM s 14', 's.14 ATIPSOM 2007', 'Akta 670 seksyen 14', 'Child Act s 48(1)(a)', 'PC 372B', 'atipsom-s14',
  'atipsom-s2-exploitation', 'child-act', '9999999999999999999999', '-1', '1e309', 'NaN', 'Infinity', '0x10', '1.5',
];

const NUMBERS = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom('0', '1', '100', '101', '4900', '4901', '-0', '1e3', '2.5', ' 7', '7 ', '+5', '', 'ten'),
);

/** Text as people and attackers type it. */
const TEXT = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...INJECTIONS), { minLength: 2, maxLength: 5 }).map((a) => a.join(' ')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 280, maxLength: 2_500 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 20 }) },
);

/** Lone surrogates → U+FFFD, so encodeURIComponent can encode the rest (raw bytes come separately). */
const wellFormed = (s: string): string => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** A value as it travels in a URL: encoded, or raw percent garbage (bad UTF-8, bad escapes). */
const encoded = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 5, arbitrary: text.map((s) => encodeURIComponent(wellFormed(s))) },
    { weight: 1, arbitrary: text.map((s) => wellFormed(s).replace(/[#?&\s]/g, '')) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 12 }).map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, '0')}`).join('')) },
  );

const valueFor = (p: Operation['params'][number]) =>
  fc.oneof(
    { weight: 2, arbitrary: encoded(p.numeric ? NUMBERS : TEXT) },
    { weight: p.values.length ? 2 : 0, arbitrary: fc.constantFrom(...(p.values.length ? p.values : [''])).map(encodeURIComponent) },
    { weight: 1, arbitrary: encoded(p.numeric ? TEXT : NUMBERS) },
  );

const BODIES = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify({ facts: v, age: v })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => wellFormed(s)),
  fc.constantFrom('{', '{"a":', 'null', '[]', '"x"', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}', '\u0000'),
  fc.string({ unit: 'grapheme-ascii', minLength: 17_000, maxLength: 20_000 }),
);
const CONTENT_TYPES = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json; charset=utf-16');

/** A request to one operation: some parameters valid, some hostile, some missing or repeated, extras. */
export function operationRequest(op: Operation): fc.Arbitrary<FuzzRequest> {
  const params = op.params.map((p) => fc.tuple(fc.constant(p), fc.array(valueFor(p), { minLength: p.in === 'path' ? 1 : 0, maxLength: 2 })));
  const extras = fc.array(fc.tuple(encoded(TEXT), encoded(TEXT)), { maxLength: 2 });
  const body = op.hasBody ? fc.option(fc.tuple(BODIES, CONTENT_TYPES), { nil: undefined }) : fc.constant(undefined);
  return fc.tuple(fc.tuple(...params), extras, body).map(([chosen, extra, b]) => {
    let path = op.path;
    const query: string[] = [];
    for (const [p, values] of chosen) {
      if (p.in === 'path') path = path.replace(`{${p.name}}`, values[0] || 'x');
      else for (const v of values) query.push(`${p.name}=${v}`);
    }
    for (const [k, v] of extra) query.push(`${k}=${v}`);
    return {
      method: op.method,
      url: query.length ? `${path}?${query.join('&')}` : path,
      ...(b ? { body: b[0], contentType: b[1] } : {}),
    };
  });
}

const METHODS = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS');

/** Any method on a known path or on a made-up one, maybe with a body. */
export function strayRequest(paths: readonly string[]): fc.Arbitrary<FuzzRequest> {
  const path = fc.oneof(
    fc.constantFrom(...paths),
    fc.array(encoded(TEXT), { minLength: 1, maxLength: 4 }).map((segments) => `/v1/${segments.join('/')}`),
    fc.array(encoded(TEXT), { minLength: 1, maxLength: 3 }).map((segments) => `/${segments.join('/')}`),
  );
  return fc.tuple(METHODS, path, fc.option(BODIES, { nil: undefined })).map(([method, url, body]) => ({
    method,
    url: url.replace(/\{[^}]+\}/g, 'atipsom-s14'),
    ...(body !== undefined && method !== 'GET' && method !== 'HEAD' ? { body, contentType: 'application/json' } : {}),
  }));
}
