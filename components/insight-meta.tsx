import { getTheme, type Insight } from '@/lib/content';
import { pageLang, t } from '@/lib/i18n/page-lang';
import { ConferenceLabel } from './conference-label';
import { metadataLinkClass } from './link-styles';

/**
 * An insight's line of facts: its conference, only where the report states it (where it does not, the
 * speaker's header says so once), and the theme it belongs to.
 */
export function InsightMeta({ insight }: { insight: Insight }) {
  const text = t();
  const theme = getTheme(insight.theme, pageLang());
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300">
      <ConferenceLabel dates={[insight.conference]} />
      {theme && (
        <span>
          {text.insight.theme}{' '}
          <a href={theme.href} className={metadataLinkClass}>
            {theme.title}
          </a>
        </span>
      )}
    </p>
  );
}
