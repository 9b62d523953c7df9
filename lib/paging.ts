import { localizePath, type Lang } from './i18n/locales';

/** INSIGHTS_PAGE_SIZE sets every list's page size, so a fixture build with a handful of items can page. */
const override = Number(process.env.INSIGHTS_PAGE_SIZE) || undefined;

/**
 * Items on one page of a list, by what the list holds: a fixed number, so a
 * page's HTML stays bounded however much content there is (200 KB). An
 * insight card carries the insight's text (some 7–9 KB of HTML at scale), a
 * speaker card a name and a role (under 2 KB); both fill whole grid rows.
 */
export const PAGE_SIZES = { insights: override ?? 12, speakers: override ?? 48 } as const;

/** Speakers the home page (and its twin) shows, six rows of four: the rest are a link away, so it stays small however many there are. */
export const HOME_SPEAKERS = 24;

/** How many pages a list of `total` items takes: an empty list still has its first page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `page`'s share of a list's items (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The path segment before a list's page number; no speaker may take it as a slug (the speakers list pages under it). */
export const PAGE_SEGMENT = 'page';

/** A page's English path: page 1 keeps the list's own URL (people shared it), the others are `…/page/N/`. */
export function pagePath(listPath: string, page: number): string {
  return page === 1 ? listPath : `${listPath}${PAGE_SEGMENT}/${page}/`;
}

/** The same, in a language: `/es/themes/trade/page/2/`. */
export function pageHref(listPath: string, page: number, lang: Lang): string {
  return localizePath(pagePath(listPath, page), lang);
}

/** The page a `…/page/[page]/` segment names, if the list has it; anything else (0, 02, x, past the end) is no page. */
export function parsePage(segment: string, total: number, size: number): number | undefined {
  if (!/^[1-9]\d*$/.test(segment)) return undefined;
  const page = Number(segment);
  return page <= pageCount(total, size) ? page : undefined;
}

/**
 * The `[page]` params of a list: every page, 1 included. `…/page/1/` only
 * forwards to the list's own URL, but it always exists, so a static export
 * never meets a dynamic route without params (which it refuses).
 */
export function pageParams(total: number, size: number): { page: string }[] {
  return Array.from({ length: pageCount(total, size) }, (_, index) => ({ page: String(index + 1) }));
}

/** One page of a list that pages: what every list route renders and its navigation reads. */
export interface ListPage<T> {
  /** The list's English path, which is its first page's: `/themes/trade/`. */
  listPath: string;
  lang: Lang;
  page: number;
  pages: number;
  /** This page's items. */
  items: T[];
  /** `…/page/1/`: only a pointer to the list's own URL. */
  forward: boolean;
}

/** The page a route's `[page]` segment names (none on the list's own URL), or undefined when the list has no such page (the route's 404). */
export function listPage<T>(listPath: string, items: readonly T[], segment: string | undefined, lang: Lang, size: number): ListPage<T> | undefined {
  const page = segment === undefined ? 1 : parsePage(segment, items.length, size);
  if (page === undefined) return undefined;
  return { listPath, lang, page, pages: pageCount(items.length, size), items: pageItems(items, page, size), forward: segment === '1' };
}

/** The page numbers a navigation shows: the first, the last and `around` either side of the current one; `null` is a gap. */
export function pageNumbers(current: number, pages: number, around = 2): (number | null)[] {
  const shown = Array.from({ length: pages }, (_, index) => index + 1).filter((page) => page === 1 || page === pages || Math.abs(page - current) <= around);
  // A gap of a single page shows that page instead of an ellipsis.
  return shown.flatMap((page, index) => {
    const before = shown[index - 1];
    if (before === undefined || page - before === 1) return [page];
    return page - before === 2 ? [page - 1, page] : [null, page];
  });
}
