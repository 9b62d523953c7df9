import { getTopic } from '@/lib/content';
import { pageLang, t } from '@/lib/i18n/page-lang';

/** Topic ids as links to their topic pages. */
export function TopicList({ ids, label = t().topic.topics }: { ids: readonly string[]; label?: string }) {
  const lang = pageLang();
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {ids.map((id) => {
        const topic = getTopic(id, lang);
        return topic ? (
          <li key={id}>
            <a
              href={topic.href}
              className="inline-flex min-h-6 items-center pointer-coarse:min-h-11 pointer-coarse:px-3.5 rounded-full border border-brand-600/30 bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800 hover:bg-brand-100 dark:border-brand-100/30 dark:bg-brand-800/40 dark:text-brand-100 dark:hover:bg-brand-800"
            >
              {topic.label}
            </a>
          </li>
        ) : null;
      })}
    </ul>
  );
}
