import { pageLang, t } from '@/lib/i18n/page-lang';
import { inlineLinkClass } from '@/components/link-styles';
import { getSpeaker } from '@/lib/content';
import { REPORT } from '@/lib/content/figures';
import { displayName } from '@/lib/format';

/** Who the report attributes a figure to: a link to the speaker, or the report itself. */
export function CitedBy({ slug }: { slug: string }) {
  const speaker = slug === REPORT ? undefined : getSpeaker(slug, pageLang());
  if (!speaker) return <span>{t().figures.theReport}</span>;
  return (
    <a href={speaker.href} className={inlineLinkClass}>
      {displayName(speaker)}
    </a>
  );
}
