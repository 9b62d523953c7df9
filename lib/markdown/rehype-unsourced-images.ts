import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/**
 * An image whose URL the sanitiser removed (`![x](javascript:…)`, `data:`) is left as `<img alt>`
 * with no `src`, which HTML does not allow and which shows nothing but its alt text. Put that text
 * in its place (or nothing, if it has none).
 */
export const rehypeUnsourcedImages: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'img' || node.properties.src || node.properties.srcSet || !parent || index === undefined) return;
    const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
    if (alt) parent.children.splice(index, 1, { type: 'text', value: alt });
    else parent.children.splice(index, 1);
    return [SKIP, alt ? index + 1 : index];
  });
};
