import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { absoluteUrl } from '../../site';

/*
 * Markdown out of the content's rendered (sanitised) HTML, for the Markdown
 * twins and llms-full.txt. The HTML, not the source Markdown, because it is
 * what the pages show: speaker names linked, links localised, a translation's
 * sections under the English ids. Only the elements rehype-sanitize lets
 * through need a rule; anything else keeps its text. Quotation marks are
 * text, so they pass through exactly as the content has them.
 */

type Node = Root | RootContent | ElementContent;

/** Characters Markdown would read as syntax anywhere in a line; `&` only where it would start an entity. */
const INLINE_SYNTAX = /[\\`*_[\]<]|&(?=#?\w+;)/g;
/** What would turn a line's first characters into a heading, quote, list item or rule (an ordered item: its `.` or `)`). */
const LINE_START_SYNTAX = /^(\s*)([#>+=-]|\d+(?=[.)]))([.)])?/;

/** Text as Markdown reads it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_SYNTAX, '\\$&');
}

/** A line that cannot be read as block syntax (a heading, list item or quote). */
const escapeLineStart = (line: string) =>
  // Only punctuation can be escaped: `1.` becomes `1\.`, `#` becomes `\#`.
  line.replace(LINE_START_SYNTAX, (_, space: string, start: string, delimiter?: string) => (delimiter ? `${space}${start}\\${delimiter}` : `${space}\\${start}`));

/** A site path made absolute (a twin is read away from the site); anything else is left as it is. */
const absolute = (href: string) => (href.startsWith('/') && !href.startsWith('//') ? absoluteUrl(href) : href);

/** A link's destination: absolute, with the characters that would end it (space, parentheses, angle brackets) percent-encoded. */
function destination(href: string): string {
  // encodeURI leaves parentheses alone; they are what ends a destination.
  return absolute(href).replace(/[\s()<>]/g, (char) => (char === '(' ? '%28' : char === ')' ? '%29' : encodeURI(char)));
}

/** A Markdown link to a site path or URL. */
export function markdownLink(text: string, href: string): string {
  return `[${escapeMarkdown(text)}](${destination(href)})`;
}

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const EMPHASIS: Record<string, string> = { em: '*', i: '*', strong: '**', b: '**', del: '~~', s: '~~' };

const isElement = (node: Node): node is Element => node.type === 'element';
const className = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className : []);

function inline(nodes: readonly Node[]): string {
  return nodes.map(inlineNode).join('');
}

function inlineNode(node: Node): string {
  if (node.type === 'text') return escapeMarkdown(node.value.replace(/\s+/g, ' '));
  if (!isElement(node)) return '';
  const content = inline(node.children);
  if (node.tagName === 'br') return '\\\n';
  if (node.tagName === 'img') return typeof node.properties.alt === 'string' ? escapeMarkdown(node.properties.alt) : '';
  if (node.tagName === 'code') return `\`${node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')}\``;
  const mark = EMPHASIS[node.tagName];
  if (mark) return content.trim() ? `${mark}${content.trim()}${mark}` : content;
  if (node.tagName === 'a') {
    // A heading's self-link (#) has no text; it is page furniture, not content.
    const href = typeof node.properties.href === 'string' ? node.properties.href : undefined;
    if (!href || className(node).includes('heading-anchor') || !content.trim()) return content;
    return `[${content.trim()}](${destination(href)})`;
  }
  return content;
}

/** Block rules: each returns the block's lines. */
function block(node: Node, shift: number): string[] {
  if (!isElement(node)) return [];
  const depth = HEADINGS[node.tagName];
  if (depth !== undefined) return [`${'#'.repeat(Math.min(depth + shift, 6))} ${inline(node.children).trim()}`];
  switch (node.tagName) {
    case 'p':
      return paragraph(inline(node.children));
    case 'ul':
    case 'ol':
      return list(node, shift);
    case 'blockquote':
      return blocks(node.children, shift).split('\n').map((line) => (line ? `> ${line}` : '>'));
    case 'pre':
      return ['```', toString(node).trimEnd(), '```'];
    case 'hr':
      return ['---'];
    default:
      // Containers (div, section, table rows…) keep their content; an inline run becomes a paragraph.
      return node.children.some((child) => isElement(child) && isBlock(child)) ? blocks(node.children, shift).split('\n') : paragraph(inline(node.children));
  }
}

const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'div', 'section', 'table', 'details', ...Object.keys(HEADINGS)]);
const isBlock = (node: Element) => BLOCK_TAGS.has(node.tagName);

function paragraph(text: string): string[] {
  const trimmed = text.trim();
  return trimmed ? trimmed.split('\n').map(escapeLineStart) : [];
}

function list(node: Element, shift: number): string[] {
  const ordered = node.tagName === 'ol';
  const items = node.children.filter((child): child is Element => isElement(child) && child.tagName === 'li');
  return items.flatMap((item, index) => {
    const marker = ordered ? `${index + 1}. ` : '- ';
    // An item's blocks, tight: its first line follows the marker, the rest are indented under it.
    const hasBlocks = item.children.some((child) => isElement(child) && isBlock(child));
    const lines = hasBlocks ? blocks(item.children, shift).split('\n').filter(Boolean) : paragraph(inline(item.children));
    return lines.map((line, position) => (position === 0 ? `${marker}${line}` : `${' '.repeat(marker.length)}${line}`));
  });
}

/** Consecutive blocks, separated by blank lines; inline runs between blocks become paragraphs. */
function blocks(nodes: readonly Node[], shift: number): string {
  const out: string[][] = [];
  let run: Node[] = [];
  const flush = () => {
    const lines = paragraph(inline(run));
    if (lines.length > 0) out.push(lines);
    run = [];
  };
  for (const node of nodes) {
    if (isElement(node) && isBlock(node)) {
      flush();
      const lines = block(node, shift);
      if (lines.length > 0) out.push(lines);
    } else run.push(node);
  }
  flush();
  return out.map((lines) => lines.join('\n')).join('\n\n');
}

/**
 * Rendered content HTML as Markdown. `shift` moves headings down (an overview's
 * `##` under a section that is itself `##`). Site links become absolute.
 */
export function htmlToMarkdown(html: string, { shift = 0 }: { shift?: number } = {}): string {
  return blocks(fromHtml(html, { fragment: true }).children, shift);
}
