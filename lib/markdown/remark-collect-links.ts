import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** A link target written in Markdown, with its body position. */
export interface LinkRef {
  url: string;
  line: number;
  column: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Every link, image and definition target, for the internal link check. */
    links: LinkRef[];
  }
}

/** Records link targets before sanitising, so a bad one is reported where it was written. */
export const remarkCollectLinks: Plugin<[], Root> = () => (tree, file) => {
  const links: LinkRef[] = [];
  visit(tree, ['link', 'image', 'definition'], (node) => {
    if ('url' in node) {
      links.push({ url: node.url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    }
  });
  file.data.links = links;
};
