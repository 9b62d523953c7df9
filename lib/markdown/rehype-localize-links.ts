import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { localizePath, type Lang } from '../i18n/locales';

export interface LocalizeLinksOptions {
  lang?: Lang;
}

/**
 * Points the site's own links (`/speakers/kim-ogg/#id`) at the same page in
 * the document's language (`/es/speakers/kim-ogg/#id`), so a Spanish text
 * keeps its reader in Spanish. External links and `#fragments` are left alone.
 */
export const rehypeLocalizeLinks: Plugin<[LocalizeLinksOptions?], Root> = ({ lang = 'en' } = {}) => (tree) => {
  if (lang === 'en') return;
  visit(tree, 'element', (node) => {
    const href = node.tagName === 'a' ? node.properties.href : undefined;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) node.properties.href = localizePath(href, lang);
  });
};
