import { citationEntries, citations, citationsHref, type CitedPage } from '@/lib/cite';
import { CITE_FORMATS_TEXTS, pick } from '@/lib/i18n/island-texts';
import { t } from '@/lib/i18n/page-lang';
import { CiteFormats } from './cite-formats';
import { smallControlClass } from './control-styles';

/**
 * "Cite": a disclosure (it opens without JavaScript) with each format's citation of the page, made at
 * build time. The formats come from the page's cite.json when a reader opens it (CiteFormats); the
 * page itself carries only the downloads of the data formats, the static files beside it.
 */
export function CiteControl({ page }: { page: CitedPage }) {
  const text = t().cite;
  return (
    <details className="text-sm print:hidden">
      <summary className="cursor-pointer py-0.5 font-medium text-brand-700 hover:underline pointer-coarse:py-3 dark:text-brand-100">{text.summary}</summary>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">{text.lead}</p>
      <CiteFormats src={citationsHref(page)} labels={pick(text, CITE_FORMATS_TEXTS)}>
        <p className="flex flex-wrap items-center gap-2">
          {citationEntries(citations(page), page.lang).flatMap(({ download }) =>
            download ? (
              <a key={download.extension} href={download.href} download={download.name} type={download.mime} className={smallControlClass}>
                {download.label}
              </a>
            ) : [],
          )}
        </p>
      </CiteFormats>
    </details>
  );
}
