import { ImageResponse } from 'next/og';
import { excerpt as clip } from '../format';
import { dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/locales';
import { SITE_NAME } from '../site';

/** Every page's link-preview image: 1200×630, the site's colours, the page's own words. */
export const ogSize = { width: 1200, height: 630 };
export const ogContentType = 'image/png';

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

/** The card in the page's language: its footer names the report and the Chamber as that language does. */
export function ogImage({ kind, title, subtitle, excerpt, meta, source }: OgCard, lang: Lang): ImageResponse {
  const { home } = dictionary(lang);
  return new ImageResponse(
    (
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
    ),
    ogSize,
  );
}
