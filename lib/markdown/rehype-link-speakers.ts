import type { Element, ElementContent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { derivedFrom } from '../content/content-version';

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

/** A name found in a text: where it starts and ends, and the page it links to. */
interface Found {
  start: number;
  end: number;
  href: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * One matcher for a list of names, built once per list and shared by every
 * file it links: each word of a text is looked up by the names that begin
 * with it, so the cost follows the text's length, not the number of names
 * (one alternation of 2,000 names per file was most of a large build).
 */
const nameMatcher = derivedFrom((names: readonly NameLink[]) => {
  const byFirstWord = new Map<string, NameLink[]>();
  for (const entry of names) {
    const first = entry.name.match(WORD)?.[0];
    if (!first) continue;
    const candidates = byFirstWord.get(first);
    if (candidates) candidates.push(entry);
    else byFirstWord.set(first, [entry]);
  }
  // Longest first, so "Luis Rosendo Gutiérrez" wins over any shorter name.
  for (const candidates of byFirstWord.values()) candidates.sort((a, b) => b.name.length - a.name.length);
  return (text: string, selfHref: string | undefined): Found[] => {
    const found: Found[] = [];
    const words = new RegExp(WORD);
    for (let word = words.exec(text); word; word = words.exec(text)) {
      const start = word.index;
      const match = byFirstWord.get(word[0])?.find(({ name, href }) => href !== selfHref && text.startsWith(name, start) && !WORD_CHAR.test(text[start + name.length] ?? ''));
      if (!match) continue;
      found.push({ start, end: start + match.name.length, href: match.href });
      words.lastIndex = start + match.name.length;
    }
    return found;
  };
});

/**
 * Links every speaker's full name in body text to the speaker's page, at
 * build time, and records the mention for "Mentioned in" backlinks. Runs
 * after sanitising: it only adds links built from validated slugs.
 */
export const rehypeLinkSpeakers: Plugin<[LinkSpeakersOptions], Root> = ({ names, selfHref }) => {
  const findNames = nameMatcher(names);
  return (tree, file) => {
    const mentions: Mention[] = [];
    file.data.mentions = mentions;
    let sectionId: string | undefined;
    visit(tree, (node, index, parent) => {
      if (node.type === 'element') {
        if (node.tagName === 'h2' && typeof node.properties.id === 'string') sectionId = node.properties.id;
        return NO_LINK_INSIDE.has(node.tagName) ? SKIP : undefined;
      }
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const parts = linkNames(node, findNames(node.value, selfHref), (href) => mentions.push({ href, sectionId }));
      if (!parts) return undefined;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
};

function linkNames(node: Text, found: readonly Found[], onLink: (href: string) => void): ElementContent[] | undefined {
  if (found.length === 0) return undefined;
  const parts: ElementContent[] = [];
  let last = 0;
  for (const { start, end, href } of found) {
    if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href, className: ['speaker-link'] },
      children: [{ type: 'text', value: node.value.slice(start, end) }],
    };
    parts.push(link);
    onLink(href);
    last = end;
  }
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}
