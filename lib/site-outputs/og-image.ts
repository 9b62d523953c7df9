import { excerpt as clip } from '../format';
import { dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/locales';
import { SITE_NAME } from '../site';
import { Canvas, type Hex } from './card/canvas';
import { baselineOffset, normalLineHeight, setLine, textWidth, wrapText, type TextStyle } from './card/card-text';
import { rasterize } from './card/coverage';

/** Every page's link-preview image: 1200×630, the site's colours, the page's own words. */
const WIDTH = 1200;
const HEIGHT = 630;
const PADDING = 72;
const INNER = WIDTH - 2 * PADDING;
const COLOURS = { background: '#08402f', text: '#ffffff', soft: '#d5eae2', accent: '#e0a526', rule: '#0f6b4f' } satisfies Record<string, Hex>;

export interface OgCard {
  /** What kind of page: "Speaker", "Theme", "Conference"… */
  kind: string;
  title: string;
  /** A role, a summary: one or two lines under the title. */
  subtitle?: string;
  /** The start of the text under the subtitle (an insight's card). */
  excerpt?: string;
  /** A small line at the bottom, e.g. the conference or the theme. */
  meta?: string;
  /** The bottom right: where the words come from (the publisher, unless a conference is stated). */
  source?: string;
}

/** A paragraph of the card: its words, how they are set, and at most how many lines. */
interface Block {
  text: string;
  style: TextStyle;
  /** Line height, as a multiple of the size. */
  leading: number;
  maxLines: number;
  colour: Hex;
}

/** The logo's white tile (56 px, corners of 10 px), the same on every card: drawn once. */
const LOGO = { size: 56, radius: 10 };
let logoTile: ReturnType<typeof rasterize> | undefined;

/**
 * The card in the page's language, as PNG: its footer names the report and the Chamber as that language does.
 * The layout is fixed (a header, the page's words between, a footer on a rule), so it is set here directly:
 * HarfBuzz shapes the text, each letter is drawn once per size and reused, and the pixels are written as an
 * indexed PNG. A card takes a few milliseconds, where laying it out as SVG and rasterising that took about fifty.
 */
export function ogImage({ kind, title, subtitle, excerpt, meta, source }: OgCard, lang: Lang): Buffer {
  const { home } = dictionary(lang);
  const canvas = new Canvas(WIDTH, HEIGHT, COLOURS.background, [COLOURS.text, COLOURS.soft, COLOURS.accent, COLOURS.rule]);

  // The header: the logo, then the site's name and the kind of page, centred on the logo's height.
  logoTile ??= rasterize(roundedSquare(PADDING, PADDING, LOGO.size, LOGO.radius), (x, y) => [x, y]);
  canvas.paint([logoTile], COLOURS.text);
  const logoLetter: TextStyle = { weight: 700, size: 38 };
  canvas.paint(setLine('I', logoLetter, PADDING + (LOGO.size - textWidth('I', logoLetter)) / 2, PADDING + baselineOffset(logoLetter, LOGO.size)), COLOURS.background);
  const header: TextStyle = { weight: 400, size: 30 };
  canvas.paint(setLine(`${SITE_NAME} · ${kind}`, header, PADDING + LOGO.size + 20, PADDING + baselineOffset(header, LOGO.size)), COLOURS.soft);
  const headerBottom = PADDING + Math.max(LOGO.size, normalLineHeight(400) * header.size);

  // The footer on its rule: the report (or the page's context) on the left, the source on the right, or below
  // it when the two do not fit on one line.
  const small: TextStyle = { weight: 400, size: 26 };
  const line = normalLineHeight(400) * small.size;
  const left = clip(meta ?? home.title, 60);
  const right = source ?? home.publisher;
  const rightWidth = textWidth(right, small);
  const oneRow = textWidth(left, small) + 32 + rightWidth <= INNER;
  const footerTop = HEIGHT - PADDING - (2 + 24 + (oneRow ? line : 2 * line + 6));
  canvas.fill(PADDING, footerTop, INNER, 2, COLOURS.rule);
  const firstBaseline = footerTop + 2 + 24 + baselineOffset(small, line);
  canvas.paint(setLine(left, small, PADDING, firstBaseline), COLOURS.accent);
  canvas.paint(setLine(right, small, oneRow ? PADDING + INNER - rightWidth : PADDING, oneRow ? firstBaseline : firstBaseline + line + 6), COLOURS.soft);

  // Between them, the page's words, centred in the space left: an insight's card carries its excerpt too, so
  // its title is smaller (still legible as a thumbnail).
  const blocks: Block[] = [
    { text: clip(title, excerpt ? 95 : 110), style: { weight: 700, size: excerpt ? 50 : title.length > 60 ? 58 : 72 }, leading: 1.1, maxLines: excerpt ? 2 : 3, colour: COLOURS.text },
    ...(subtitle ? [{ text: clip(subtitle, excerpt ? 80 : 170), style: { weight: 400, size: 32 }, leading: 1.3, maxLines: excerpt ? 2 : 3, colour: COLOURS.soft } satisfies Block] : []),
    ...(excerpt ? [{ text: excerpt, style: { weight: 400, size: 28 }, leading: 1.3, maxLines: 3, colour: COLOURS.text } satisfies Block] : []),
  ];
  const gap = excerpt ? 16 : 24;
  const set = blocks.map((block) => ({ ...block, lines: wrapText(block.text, block.style, INNER, block.maxLines) }));
  const heightOf = () => set.reduce((sum, { lines, style, leading }) => sum + lines.length * style.size * leading, gap * (set.length - 1));
  // A long title over a long summary can outgrow the space: the lower paragraphs give up lines, never overlap the footer.
  for (let i = set.length - 1; heightOf() > footerTop - headerBottom && i > 0; ) {
    const block = set[i]!;
    if (block.lines.length > 1) block.lines = wrapText(block.text, block.style, INNER, block.lines.length - 1);
    else i--;
  }
  let top = headerBottom + Math.max(0, (footerTop - headerBottom - heightOf()) / 2);
  for (const { lines, style, leading, colour } of set) {
    const lineHeight = style.size * leading;
    for (const text of lines) {
      canvas.paint(setLine(text, style, PADDING, top + baselineOffset(style, lineHeight)), colour);
      top += lineHeight;
    }
    top += gap;
  }
  return canvas.png();
}

/** A square with rounded corners as a path (each corner a cubic Bézier close to a quarter circle). */
function roundedSquare(x: number, y: number, size: number, radius: number) {
  const k = radius * 0.448; // 1 − 0.552, the control point of a circular quarter arc.
  const [r, b] = [x + size, y + size];
  return [
    { type: 'M', values: [x + radius, y] },
    { type: 'L', values: [r - radius, y] },
    { type: 'C', values: [r - k, y, r, y + k, r, y + radius] },
    { type: 'L', values: [r, b - radius] },
    { type: 'C', values: [r, b - k, r - k, b, r - radius, b] },
    { type: 'L', values: [x + radius, b] },
    { type: 'C', values: [x + k, b, x, b - k, x, b - radius] },
    { type: 'L', values: [x, y + radius] },
    { type: 'C', values: [x, y + k, x + k, y, x + radius, y] },
    { type: 'Z', values: [] },
  ];
}
