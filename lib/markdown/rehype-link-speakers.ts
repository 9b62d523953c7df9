import type { Element, ElementContent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** A name to link, and where it links. */
export interface NameLink {
  name: string;
  href: string;
}

/** Where a name was linked: the page section (h2 id) it stands under, if any. */
export interface Mention {
  href: string;
  sectionId?: string;
}

declare module 'vfile' {
  interface DataMap {
    mentions: Mention[];
  }
}

export interface LinkSpeakersOptions {
  names: readonly NameLink[];
  /** The page being rendered: a speaker is not linked on their own page. */
  selfHref?: string;
}

const NO_LINK_INSIDE = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Links every speaker's full name in body text to the speaker's page, at
 * build time, and records the mention for "Mentioned in" backlinks. Runs
 * after sanitising: it only adds links built from validated slugs.
 */
export const rehypeLinkSpeakers: Plugin<[LinkSpeakersOptions], Root> = ({ names, selfHref }) => {
  const targets = names.filter((entry) => entry.href !== selfHref);
  const byName = new Map(targets.map((entry) => [entry.name, entry.href]));
  // Longest first, so "Luis Rosendo Gutiérrez" wins over any shorter name.
  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  return (tree, file) => {
    const mentions: Mention[] = [];
    file.data.mentions = mentions;
    if (alternatives.length === 0) return;
    let sectionId: string | undefined;
    visit(tree, (node, index, parent) => {
      if (node.type === 'element') {
        if (node.tagName === 'h2' && typeof node.properties.id === 'string') sectionId = node.properties.id;
        return NO_LINK_INSIDE.has(node.tagName) ? SKIP : undefined;
      }
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const parts = linkNames(node, pattern, byName, (href) => mentions.push({ href, sectionId }));
      if (!parts) return undefined;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
};

function linkNames(
  node: Text,
  pattern: RegExp,
  byName: Map<string, string>,
  onLink: (href: string) => void,
): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const href = byName.get(match[0]);
    if (!href) continue;
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href, className: ['speaker-link'] },
      children: [{ type: 'text', value: match[0] }],
    };
    parts.push(link);
    onLink(href);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}
