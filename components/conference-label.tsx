import { inlineLinkClass } from '@/components/link-styles';
import { isUnstated } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { routes } from '@/lib/routes';

/** A conference as a link, or the plain fact that the report does not say which. */
export function ConferenceLabel({ dates }: { dates: readonly string[] }) {
  const stated = dates.filter((date) => !isUnstated(date));
  if (stated.length === 0) return <span className="text-zinc-600 dark:text-zinc-400">Conference not stated in the report</span>;
  return (
    <span>
      {stated.map((date, index) => (
        <span key={date}>
          {index > 0 && ', '}
          <a href={routes.event(date)} className={inlineLinkClass}>
            {formatDate(date)} conference
          </a>
        </span>
      ))}
    </span>
  );
}
