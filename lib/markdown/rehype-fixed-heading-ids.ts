import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export interface FixedHeadingIdsOptions {
  /** The ids of the document's `##` headings, in order; a heading past the list keeps its slug. */
  ids?: readonly string[];
}

/**
 * Gives each `##` heading a given id instead of the slug of its text. A
 * translation's headings take the English ids this way, so a deep link lands
 * on the same section in every language whatever the heading says.
 */
export const rehypeFixedHeadingIds: Plugin<[FixedHeadingIdsOptions?], Root> = ({ ids } = {}) => (tree) => {
  if (!ids) return;
  let index = 0;
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'h2') return;
    const id = ids[index++];
    if (id !== undefined) node.properties.id = id;
  });
};
