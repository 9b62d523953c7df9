import { inlineLinkClass } from '@/components/link-styles';
import { localizePath } from '@/lib/i18n/locales';
import { pageLang, t } from '@/lib/i18n/page-lang';
import { routes } from '@/lib/routes';

export function SiteFooter() {
  const text = t().layout;
  return (
    <footer className="mt-16 border-t border-zinc-200 py-8 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto max-w-6xl px-4">
        <p>
          {text.sourceLabel} <cite lang="en">{text.sourceTitle}</cite>, {text.sourcePublisher}. {text.paraphrased}{' '}
          <a href={localizePath(routes.about, pageLang())} className={inlineLinkClass}>
            {text.howMade}
          </a>
          .
        </p>
      </div>
    </footer>
  );
}
