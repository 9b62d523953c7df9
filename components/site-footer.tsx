import { inlineLinkClass } from '@/components/link-styles';
import { routes } from '@/lib/routes';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 py-8 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto max-w-6xl px-4">
        <p>
          Source: <cite>The Future of the North American Partnership — Key Insights from the USMCOC Binational Conferences</cite>,
          United States–Mexico Chamber of Commerce. Statements are paraphrased from the report;{' '}
          <a href={routes.about} className={inlineLinkClass}>
            how this site was made
          </a>
          .
        </p>
      </div>
    </footer>
  );
}
