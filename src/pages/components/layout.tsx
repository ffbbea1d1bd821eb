/** The page frame: head, skip link, navigation, footer with provenance and analysis labels. */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Lang } from '../../schema/provision.js';
import { ui, uiLang, withUiLang, type UiStrings } from './i18n.js';
import { STYLESHEET_PATH } from './style.js';

/** Each language named in itself, as a language switch offers it. */
const UI_NAMES = { en: 'English', ms: 'Bahasa Melayu' } as const;

export type Section = 'home' | 'search' | 'topics' | 'protections' | 'gaps' | 'compare' | 'match';

const NAV: readonly [Section, string, keyof UiStrings][] = [
  ['search', '/search', 'navSearch'],
  ['topics', '/topics', 'navTopics'],
  ['protections', '/protections', 'navProtections'],
  ['gaps', '/gaps', 'navGaps'],
  ['compare', '/compare', 'navCompare'],
  ['match', '/match', 'navMatch'],
];

/**
 * Copy buttons are hidden until this runs (progressive enhancement): it copies the button's
 * data-copy text and says so, in the page's language (data-copied, data-failed), in the live region beside it. The Content-Security-Policy allows
 * exactly this script by its hash (src/api/middleware/secure-headers.ts).
 */
export const COPY_SCRIPT = `
document.querySelectorAll('button[data-copy]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () {
    var text = button.getAttribute('data-copy');
    var status = document.getElementById(button.getAttribute('aria-describedby'));
    function done(ok) { if (status) status.textContent = ok ? button.getAttribute('data-copied') + ' ' + text : button.getAttribute('data-failed'); }
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
  /** The interface language (`lang=ms` pages speak Malay). */
  lang?: Lang | undefined;
  /** The page's own address: given, the header offers the same page in the other language. */
  url?: URL | undefined;
  children?: Child;
}

/** The same address in the other interface language (`lang` set to ms, or taken off). */
function otherLanguage(url: URL, lang: Lang): string {
  const target = new URL(url);
  target.searchParams.delete('page');
  if (lang === 'ms') target.searchParams.delete('lang');
  else target.searchParams.set('lang', 'ms');
  return target.pathname + target.search;
}

export const Layout = ({ title, section, analysis, lang, url, children }: LayoutProps) => {
  const t = ui(lang);
  const ul = uiLang(lang);
  return (
  <html lang={uiLang(lang)}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} · ${t.siteName}`}</title>
      <link rel="icon" href="/favicon.ico" />
      <link rel="stylesheet" href={STYLESHEET_PATH} />
    </head>
    <body>
      <a class="skip" href="#main">
        {t.skip}
      </a>
      <header class="site">
        <div class="bar">
          <a class="brand" href={withUiLang('/', ul)} aria-current={section === 'home' ? 'page' : undefined}>
            {t.siteName}
          </a>
          <nav aria-label={t.mainNav}>
            <ul>
              {NAV.map(([key, href, label]) => (
                <li>
                  <a href={withUiLang(href, ul)} aria-current={section === key ? 'page' : undefined}>
                    {t[label]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {url ? (
            <nav aria-label={t.language} class="lang-switch">
              <a href={otherLanguage(url, ul)} hreflang={ul === 'ms' ? 'en' : 'ms'} lang={ul === 'ms' ? 'en' : 'ms'}>
                {ul === 'ms' ? UI_NAMES.en : UI_NAMES.ms}
              </a>
            </nav>
          ) : null}
        </div>
      </header>
      <main id="main" tabindex={-1}>
        {children}
      </main>
      <footer class="site">
        <p>
          {t.footerText} <a href={withUiLang('/#provenance', ul)}>{t.footerProvenance}</a>
        </p>
        {analysis ? (
          <p>
            <strong>{t.footerAnalysis}</strong> {t.footerAnalysisText}
          </p>
        ) : null}
        <p>
          <a href="/docs">{t.footerApi}</a>
        </p>
      </footer>
      <script>{raw(COPY_SCRIPT)}</script>
    </body>
  </html>
  );
};
