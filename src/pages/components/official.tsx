/** Where the official text of an Act is published, shown wherever we do not hold its text. */
import type { ActConfig } from '../../registry/acts.js';
import type { Lang } from '../../schema/provision.js';
import { ui } from './i18n.js';

export const OfficialLink = ({ act, lang }: { act: ActConfig; lang: Lang }) => (
  <p class="official">
    <a href={act.officialSource.url} rel="external">
      {ui(lang).official}
    </a>{' '}
    <span class="meta" lang="en">
      ({act.officialSource.label})
    </span>
  </p>
);
