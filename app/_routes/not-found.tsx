import type { Metadata } from 'next';
import { PageTitle } from '@/components/page-title';
import { dictionary } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { routes } from '@/lib/routes';

/** The 404 page in one language, with the ways back in. */
export function notFoundRoute(lang: Lang) {
  const text = dictionary(lang).notFound;
  const metadata: Metadata = { title: text.title };

  function NotFound() {
    setPageLang(lang);
    const ways = [
      { href: routes.home, label: text.home },
      { href: routes.speakers, label: text.speakers },
      { href: routes.themes, label: text.themes },
      { href: routes.search, label: text.search },
    ];
    return (
      <>
        <PageTitle title={text.title} lead={text.lead} />
        <ul className="list-disc space-y-1 pl-6">
          {ways.map(({ href, label }) => (
            <li key={href}>
              <a href={localizePath(href, lang)} className="text-brand-700 underline dark:text-brand-100">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </>
    );
  }
  return { metadata, NotFound };
}
