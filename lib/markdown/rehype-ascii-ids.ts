import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { foldText } from '../content/slug';

/**
 * Folds accents out of heading ids (`queretaro`, not `querétaro`), so a
 * shared deep link is plain ASCII and needs no percent-encoding.
 */
export const rehypeAsciiIds: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') node.properties.id = foldText(node.properties.id);
  });
};
