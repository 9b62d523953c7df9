import { localizePath } from '@/lib/i18n/locales';
import { pageLang, t } from '@/lib/i18n/page-lang';
import { routes } from '@/lib/routes';
import { breadcrumbLd } from '@/lib/site-outputs/json-ld';
import { JsonLd } from './json-ld';

export interface Crumb {
  href: string;
  label: string;
}

/** Where this page sits, for people and (as a BreadcrumbList) for search engines. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: Crumb }) {
  const text = t().nav;
  const crumbs = [{ href: localizePath(routes.home, pageLang()), label: text.home }, ...trail];
  return (
    <nav aria-label={text.breadcrumb} className="mb-4 text-sm text-zinc-600 print:hidden dark:text-zinc-400">
      <ol className="flex flex-wrap items-center gap-1">
        {crumbs.map((crumb) => (
          <li key={crumb.href} className="after:ml-1 after:content-['/']">
            <a href={crumb.href} className="inline-flex min-h-6 items-center justify-center hover:underline pointer-coarse:min-h-11 pointer-coarse:min-w-11">
              {crumb.label}
            </a>
          </li>
        ))}
        <li aria-current="page" className="font-medium text-zinc-800 dark:text-zinc-200">
          {current.label}
        </li>
      </ol>
      <JsonLd data={breadcrumbLd([...crumbs, current])} />
    </nav>
  );
}
