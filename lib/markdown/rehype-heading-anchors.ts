import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { dictionary, fill } from '../i18n/dictionary';
import type { Lang } from '../i18n/locales';

export interface HeadingAnchorsOptions {
  /** The language of the link's name: the document's. */
  lang?: Lang;
}

/**
 * Gives every `h2`/`h3` with an id a visible, keyboard-reachable link to
 * itself, named for screen readers after the heading it points to. Its "#"
 * is drawn by CSS, so the heading's text content stays its title.
 */
export const rehypeHeadingAnchors: Plugin<[HeadingAnchorsOptions?], Root> = ({ lang = 'en' } = {}) => (tree) => {
  const label = dictionary(lang).insight.linkToSection;
  visit(tree, 'element', (node) => {
    if ((node.tagName !== 'h2' && node.tagName !== 'h3') || typeof node.properties.id !== 'string') return;
    const id = node.properties.id;
    node.children.push({
      type: 'element',
      tagName: 'a',
      properties: { href: `#${id}`, className: ['heading-anchor'], ariaLabel: fill(label, { title: toString(node) }) },
      children: [],
    });
  });
};
