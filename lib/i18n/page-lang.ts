import { cache } from 'react';
import { dictionary, type Dictionary } from './dictionary';
import type { Lang } from './locales';

/**
 * The language of the page being rendered, for server components deep in the
 * tree (cards, labels), so it is not threaded through every prop. Each route
 * and root layout sets it first thing; `cache` scopes it to one render.
 * Interactive islands get their language and texts as props instead.
 */
const current = cache((): { lang?: Lang } => ({}));

export function setPageLang(lang: Lang): void {
  current().lang = lang;
}

export function pageLang(): Lang {
  const { lang } = current();
  if (!lang) throw new Error('pageLang() before setPageLang(): the route or layout must set its language first');
  return lang;
}

/** The page language's interface texts. */
export function t(): Dictionary {
  return dictionary(pageLang());
}
