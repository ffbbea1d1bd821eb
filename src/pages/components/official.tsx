/** Where the official text of an Act is published, shown wherever we do not hold its text. */
import type { ActConfig } from '../../registry/acts.js';
import type { Lang } from '../../schema/provision.js';
import { ui } from './i18n.js';

type Official = { url: string; label: string };

// The registry names the official source per Act (officialSource); older registries may lack it.
const officialOf = (act: ActConfig): Official | undefined => (act as ActConfig & { officialSource?: Official }).officialSource;

export const OfficialLink = ({ act, lang }: { act: ActConfig; lang: Lang }) => {
  const official = officialOf(act);
  if (!official) return null;
  return (
    <p class="official">
      <a href={official.url} rel="external">
        {ui(lang).official}
      </a>{' '}
      <span class="meta" lang="en">
        ({official.label})
      </span>
    </p>
  );
};
