import { ImageResponse } from 'next/og';
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
  /** A small line at the bottom, e.g. the conference or the theme. */
  meta?: string;
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** The card in the page's language: its footer names the report and the Chamber as that language does. */
export function ogImage({ kind, title, subtitle, meta }: OgCard, lang: Lang): ImageResponse {
  const { home } = dictionary(lang);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#08402f', color: '#ffffff' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 30, color: '#d5eae2' }}>
          <div style={{ display: 'flex', width: 56, height: 56, background: '#ffffff', color: '#08402f', borderRadius: 10, alignItems: 'center', justifyContent: 'center', fontSize: 38, fontWeight: 700 }}>I</div>
          <span>{SITE_NAME} · {kind}</span>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
          <div style={{ fontSize: title.length > 60 ? 58 : 72, lineHeight: 1.1, fontWeight: 700 }}>{clip(title, 110)}</div>
          {subtitle && <div style={{ fontSize: 32, lineHeight: 1.3, color: '#d5eae2' }}>{clip(subtitle, 170)}</div>}
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26, color: '#e0a526', borderTop: '2px solid #0f6b4f', paddingTop: 24 }}>
          <span>{clip(meta ?? home.title, 60)}</span>
          <span style={{ color: '#d5eae2' }}>{home.publisher}</span>
        </div>
      </div>
    ),
    ogSize,
  );
}
