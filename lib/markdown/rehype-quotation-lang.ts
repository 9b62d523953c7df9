import type { ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { QUOTED_ENGLISH } from '../i18n/quotation';
import type { Lang } from '../i18n/locales';

export interface QuotationLangOptions {
  lang?: Lang;
}

/**
 * In a Spanish text, wraps each of the report's English quotations (the
 * `“…”` right before `«…» (traducción)`) in `<span lang="en">`, so a screen
 * reader speaks it in English. English texts are left alone.
 */
export const rehypeQuotationLang: Plugin<[QuotationLangOptions?], Root> = ({ lang = 'en' } = {}) => (tree) => {
  if (lang === 'en') return;
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(QUOTED_ENGLISH)) {
      if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      parts.push({ type: 'element', tagName: 'span', properties: { lang: 'en' }, children: [{ type: 'text', value: match[1]! }] });
      last = match.index + match[0].length;
    }
    if (parts.length === 0) return undefined;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
};
