/** Where a page sits: start page › Act › Part › provision, in the interface language. */
import type { Lang } from '../../schema/provision.js';
import { ui } from './i18n.js';

/** `trail`: each step's words and its address (the last step, the page itself, has none). */
export const Breadcrumb = ({ trail, lang }: { trail: readonly (readonly [string, string | undefined])[]; lang: Lang }) => {
  const t = ui(lang);
  return (
    <nav class="breadcrumb" aria-label={t.breadcrumb}>
      <ol>
        <li>
          <a href={lang === 'ms' ? '/?lang=ms' : '/'}>{t.home}</a>
        </li>
        {trail.map(([words, href], i) => (
          <li>{href && i < trail.length - 1 ? <a href={href}>{words}</a> : <span aria-current={i === trail.length - 1 ? 'page' : undefined}>{words}</span>}</li>
        ))}
      </ol>
    </nav>
  );
};
