/** The page frame: head, skip link, navigation, footer with provenance and analysis labels. */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { STYLESHEET_PATH } from './style.js';

export type Section = 'home' | 'search' | 'topics' | 'protections' | 'gaps' | 'compare' | 'match';

const NAV: readonly [Section, string, string][] = [
  ['search', '/search', 'Search'],
  ['topics', '/topics', 'Topics'],
  ['protections', '/protections', 'Protections'],
  ['gaps', '/gaps', 'Gaps'],
  ['compare', '/compare', 'Compare'],
  ['match', '/match', 'Facts → provisions'],
];

/**
 * Copy buttons are hidden until this runs (progressive enhancement): it copies the button's
 * data-copy text and says so in the live region beside it. The Content-Security-Policy allows
 * exactly this script by its hash (src/api/middleware/secure-headers.ts).
 */
export const COPY_SCRIPT = `
document.querySelectorAll('button[data-copy]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () {
    var text = button.getAttribute('data-copy');
    var status = document.getElementById(button.getAttribute('aria-describedby'));
    function done(ok) { if (status) status.textContent = ok ? 'Copied: ' + text : 'Copy failed: select the text and copy it.'; }
    function fallback() {
      var area = document.createElement('textarea');
      area.value = text; area.setAttribute('readonly', ''); area.style.position = 'absolute'; area.style.left = '-9999px';
      document.body.appendChild(area); area.select();
      var ok = false; try { ok = document.execCommand('copy'); } catch (e) {}
      area.remove(); done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    else fallback();
  });
});`;

export interface LayoutProps {
  title: string;
  section?: Section | undefined;
  /** The page shows analysis (topics, overlaps, gaps, elements, penalties, matches). */
  analysis?: boolean | undefined;
  children?: Child;
}

export const Layout = ({ title, section, analysis, children }: LayoutProps) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} · Malaysian anti-trafficking law`}</title>
      <link rel="stylesheet" href={STYLESHEET_PATH} />
    </head>
    <body>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="site">
        <div class="bar">
          <a class="brand" href="/" aria-current={section === 'home' ? 'page' : undefined}>
            Anti-trafficking law of Malaysia
          </a>
          <nav aria-label="Main">
            <ul>
              {NAV.map(([key, href, label]) => (
                <li>
                  <a href={href} aria-current={section === key ? 'page' : undefined}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabindex={-1}>
        {children}
      </main>
      <footer class="site">
        <p>
          Text of the Bill as passed — <a href="/#provenance">see provenance</a>. Statute text is verbatim from the
          official Bills; nothing is paraphrased or translated.
        </p>
        {analysis ? (
          <p>
            <strong>Analysis, not legal advice.</strong> Topics, overlaps, gaps, elements, penalties and matches are
            our reading of the text.
          </p>
        ) : null}
        <p>
          <a href="/docs">JSON API</a>
        </p>
      </footer>
      <script>{raw(COPY_SCRIPT)}</script>
    </body>
  </html>
);
