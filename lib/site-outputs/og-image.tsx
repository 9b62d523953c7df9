import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { excerpt as clip } from '../format';
import { dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/locales';
import { SITE_NAME } from '../site';

/** Every page's link-preview image: 1200×630, the site's colours, the page's own words. */
const ogSize = { width: 1200, height: 630 };

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

/** Geist as TTF (satori reads no WOFF2), regular and bold: read once, on the first card. */
let fonts: Font[] | undefined;
function cardFonts(): Font[] {
  if (!fonts) {
    const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('geist/font/sans')), 'fonts/geist-sans');
    fonts = (['Regular', 'Bold'] as const).map((face) => ({ name: 'Geist', weight: face === 'Bold' ? 700 : 400, style: 'normal', data: readFileSync(path.join(dir, `Geist-${face}.ttf`)) }));
  }
  return fonts;
}

/**
 * The card in the page's language, as PNG: its footer names the report and
 * the Chamber as that language does. satori lays it out as SVG, sharp draws it.
 */
export async function ogImage(card: OgCard, lang: Lang): Promise<Buffer> {
  const svg = await satori(cardLayout(card, lang), { ...ogSize, fonts: cardFonts() });
  // Every pixel is opaque: without the alpha channel, drawing and encoding take about half the time.
  return sharp(Buffer.from(svg)).removeAlpha().png().toBuffer();
}

/** The card's layout, in the CSS subset satori lays out (flex boxes, no overflow clipping). */
function cardLayout({ kind, title, subtitle, excerpt, meta, source }: OgCard, lang: Lang) {
  const { home } = dictionary(lang);
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#08402f', color: '#ffffff' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 30, color: '#d5eae2' }}>
        <div style={{ display: 'flex', width: 56, height: 56, background: '#ffffff', color: '#08402f', borderRadius: 10, alignItems: 'center', justifyContent: 'center', fontSize: 38, fontWeight: 700 }}>I</div>
        <span>{SITE_NAME} · {kind}</span>
      </div>
      {/*
        Each text is clamped to whole lines (satori's lineClamp, laid out before drawing), never clipped with
        overflow: hidden, which satori draws as SVG masks that made every card about four times slower to rasterise.
      */}
      <div style={{ display: 'flex', flexDirection: 'column', gap: excerpt ? 16 : 24 }}>
        {/* An insight's card carries its excerpt too: a smaller title leaves it room, still legible as a thumbnail. */}
        <div style={{ display: 'block', lineClamp: excerpt ? 2 : 3, fontSize: excerpt ? 50 : title.length > 60 ? 58 : 72, lineHeight: 1.1, fontWeight: 700 }}>{clip(title, excerpt ? 95 : 110)}</div>
        {subtitle && <div style={{ display: 'block', lineClamp: excerpt ? 2 : 3, fontSize: 32, lineHeight: 1.3, color: '#d5eae2' }}>{clip(subtitle, excerpt ? 80 : 170)}</div>}
        {excerpt && <div style={{ display: 'block', lineClamp: 3, fontSize: 28, lineHeight: 1.3, color: '#ffffff' }}>{excerpt}</div>}
      </div>
      {/* Two names that together can outgrow one line (the report's title, the Chamber's name): the second wraps below. */}
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', columnGap: 32, rowGap: 6, fontSize: 26, color: '#e0a526', borderTop: '2px solid #0f6b4f', paddingTop: 24 }}>
        <span>{clip(meta ?? home.title, 60)}</span>
        <span style={{ color: '#d5eae2' }}>{source ?? home.publisher}</span>
      </div>
    </div>
  );
}
