import { getSpeaker, isUnstated, type Insight } from '@/lib/content';
import { displayName } from '@/lib/format';
import { pageLang } from '@/lib/i18n/page-lang';
import { cardClass, cardTextClass, cardTitleLinkClass } from './card-styles';
import { ConferenceLabel } from './conference-label';
import { QuotedText } from './quoted-text';

/** An insight in a list elsewhere (topic, theme pages): links to the exact section. */
export function InsightCard({ insight }: { insight: Insight }) {
  const lang = pageLang();
  const speaker = getSpeaker(insight.speaker, lang);
  // An untranslated insight keeps its English title and text, marked as English.
  const textLang = insight.lang === lang ? undefined : insight.lang;
  return (
    <article className={cardClass}>
      <h3 className="text-lg font-semibold" lang={textLang}>
        <a href={insight.href} className={cardTitleLinkClass}>
          {insight.title}
        </a>
      </h3>
      {speaker && (
        // Positioned so its links sit above the card-wide title link.
        <p className={`relative ${cardTextClass}`}>
          <a href={speaker.href} className="font-semibold hover:underline">
            {displayName(speaker)}
          </a>
          {speaker.role && <> · {speaker.role}</>}
          {!isUnstated(insight.conference) && <> · <ConferenceLabel dates={[insight.conference]} /></>}
        </p>
      )}
      <p className="line-clamp-3 text-sm text-zinc-600 dark:text-zinc-400" lang={textLang}>
        <QuotedText text={insight.text} />
      </p>
    </article>
  );
}
