import type { Metadata } from 'next';
import { dictionary } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/pages';
import { pageHref } from '@/lib/paging';
import { INDEXABLE } from '@/lib/site';

/** A list page's metadata from the page table; `…/page/1/` is never indexed and names the list's URL as canonical. */
export function listPageMetadata(listPath: string, segment: string | undefined, lang: Lang): Metadata {
  if (segment === '1') return { title: dictionary(lang).paging.firstTitle, robots: { index: false, follow: INDEXABLE }, alternates: { canonical: localizePath(listPath, lang) } };
  return pageMetadata(pageHref(listPath, segment === undefined ? 1 : Number(segment), lang));
}
