import type { Root } from 'mdast';
import type { Plugin } from 'unified';

/** The YAML inside `<!-- … -->` right after a `##` heading, with the body line it starts on. */
export interface MetaBlock {
  yaml: string;
  line: number;
}

declare module 'vfile' {
  interface DataMap {
    /** One entry per `##` heading, in order; undefined where no metadata follows it. */
    insightMeta: (MetaBlock | undefined)[];
  }
}

const COMMENT = /^<!--([\s\S]*)-->$/;

/**
 * Lifts the metadata comment that follows each `##` heading into
 * `file.data.insightMeta` and removes it from the tree: metadata stays next
 * to the insight it describes, yet never reaches the page.
 */
export const remarkInsightMeta: Plugin<[], Root> = () => (tree, file) => {
  const blocks: (MetaBlock | undefined)[] = [];
  tree.children = tree.children.filter((node, index, nodes) => {
    if (node.type === 'heading' && node.depth === 2) blocks.push(undefined);
    const previous = nodes[index - 1];
    const match = node.type === 'html' ? COMMENT.exec(node.value.trim()) : null;
    if (!match || previous?.type !== 'heading' || previous.depth !== 2) return true;
    blocks[blocks.length - 1] = { yaml: match[1] ?? '', line: node.position?.start.line ?? 1 };
    return false;
  });
  file.data.insightMeta = blocks;
};
