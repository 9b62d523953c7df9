import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Lang } from '../i18n/locales';
import { rehypeAsciiIds } from './rehype-ascii-ids';
import { rehypeFixedHeadingIds } from './rehype-fixed-heading-ids';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';
import { rehypeLinkSpeakers, type Mention, type NameLink } from './rehype-link-speakers';
import { rehypeLocalizeLinks } from './rehype-localize-links';
import { rehypeQuotationLang } from './rehype-quotation-lang';
import { rehypeUnsourcedImages } from './rehype-unsourced-images';
import { remarkCollectLinks, type LinkRef } from './remark-collect-links';
import { remarkInsightMeta, type MetaBlock } from './remark-insight-meta';

export interface RenderOptions {
  /** Speaker names to link wherever they appear in body text. */
  names: readonly NameLink[];
  /** The page being rendered (its own name is not linked). */
  selfHref?: string;
  /** The ids of the `##` headings, in order, instead of slugs of their text (a translation keeps the English ids). */
  headingIds?: readonly string[];
  /** The document's language: the site's own links point at pages in it. English when not given. */
  lang?: Lang;
}

/** One `##` section: the unit a reader links to and search returns. */
export interface RenderedSection {
  id: string;
  title: string;
  /** Body line of the heading. */
  line: number;
  headingHtml: string;
  bodyHtml: string;
  /** Plain text of the body, for search and previews. */
  text: string;
  meta: MetaBlock | undefined;
}

export interface RenderedMarkdown {
  html: string;
  /** Plain text of the whole body. */
  text: string;
  /** Everything before the first `##`. */
  leadHtml: string;
  sections: RenderedSection[];
  /** Every id a `#fragment` can point to on this page's content. */
  ids: string[];
  links: LinkRef[];
  mentions: Mention[];
}

/** The Markdown pipeline, in order. */
function createProcessor(options: RenderOptions) {
  return (
    unified()
      // Markdown → mdast.
      .use(remarkParse)
      // Insight metadata comments → file.data, out of the tree.
      .use(remarkInsightMeta)
      // Link targets with their source positions, for the link check.
      .use(remarkCollectLinks)
      // mdast → hast; raw HTML in the Markdown is dropped here.
      .use(remarkRehype)
      // Untrusted input made inert: every content-derived node passes through here.
      .use(rehypeSanitize)
      // …an image it took the URL from becomes its alt text (HTML requires an img's src).
      .use(rehypeUnsourcedImages)
      // Heading ids, after sanitising so they are not prefixed `user-content-`.
      .use(rehypeSlug)
      // …folded to ASCII, so shared deep links need no percent-encoding.
      .use(rehypeAsciiIds)
      // …or the English ids, for a translation: one set of deep links in every language.
      .use(rehypeFixedHeadingIds, { ids: options.headingIds })
      // The site's own links, to the pages in the document's language.
      .use(rehypeLocalizeLinks, { lang: options.lang })
      // The report's English quotations in a translation, marked as English.
      .use(rehypeQuotationLang, { lang: options.lang })
      // Trusted links to speakers, built from validated slugs.
      .use(rehypeLinkSpeakers, options)
      // A visible self-link on every h2/h3.
      .use(rehypeHeadingAnchors, { lang: options.lang })
  );
}

const isElement = (node: RootContent | ElementContent, tagName: string): node is Element =>
  node.type === 'element' && node.tagName === tagName;

function plainText(tree: Root): string {
  return toString(tree).replace(/\s+/g, ' ').trim();
}

function collectIds(tree: Root): string[] {
  const ids: string[] = [];
  const walk = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (typeof node.properties.id === 'string') ids.push(node.properties.id);
      walk(node.children);
    }
  };
  walk(tree.children);
  return ids;
}

/** Renders a Markdown body and splits it at each `##` into sections. */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown {
  const processor = createProcessor(options);
  const file = new VFile(markdown);
  const tree = processor.runSync(processor.parse(file), file);
  const lead: RootContent[] = [];
  const groups: { heading: Element; body: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (isElement(node, 'h2')) groups.push({ heading: node, body: [] });
    else (groups.at(-1)?.body ?? lead).push(node);
  }
  const meta = file.data.insightMeta ?? [];
  return {
    html: toHtml(tree),
    text: plainText(tree),
    leadHtml: toHtml({ type: 'root', children: lead }).trim(),
    sections: groups.map(({ heading, body }, index) => ({
      id: String(heading.properties.id),
      title: toString(heading).trim(),
      line: heading.position?.start.line ?? 1,
      headingHtml: toHtml(heading),
      bodyHtml: toHtml({ type: 'root', children: body }).trim(),
      text: plainText({ type: 'root', children: body }),
      meta: meta[index],
    })),
    ids: collectIds(tree),
    links: file.data.links ?? [],
    mentions: file.data.mentions ?? [],
  };
}
