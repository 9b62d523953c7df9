import { inlineLinkClass } from '@/components/link-styles';
import { dictionary } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { PageTitle } from './page-title';

/** `…/page/1/` of a list: a link to the list's own URL, which browsers that allow it follow at once. */
export function FirstPageForward({ listPath, lang, title }: { listPath: string; lang: Lang; title: string }) {
  const text = dictionary(lang).paging;
  const href = localizePath(listPath, lang);
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <PageTitle title={text.firstTitle}>
        <p>
          {text.firstText}{' '}
          <a href={href} className={inlineLinkClass}>
            {title}
          </a>
        </p>
      </PageTitle>
    </>
  );
}
