import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { BackToTop } from '@/components/back-to-top';
import { DeepLinks } from '@/components/deep-links';
import { LanguageOffer } from '@/components/language-offer';
import { TermHighlighter } from '@/components/search/term-highlighter';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { dictionary } from '@/lib/i18n/dictionary';
import { HIGHLIGHTER_TEXTS, pick } from '@/lib/i18n/island-texts';
import type { Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { INDEXABLE, SITE_NAME, SITE_URL } from '@/lib/site';
import { themeScript } from '@/lib/theme';
// The faces first: globals.css names them.
import '../fonts.css';
import '../globals.css';

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

/**
 * The page shell in one language: `<html lang>`, the header with its
 * language switch, the footer. English and Spanish are two root layouts
 * (app/(en)/layout.tsx, app/(es)/es/layout.tsx), so each page's `lang` is in
 * its HTML from the server, not set by a script.
 */
export function rootLayout(lang: Lang) {
  const text = dictionary(lang);
  const metadata: Metadata = {
    metadataBase: new URL(SITE_URL),
    title: { default: `${SITE_NAME} — ${text.home.title}`, template: `%s · ${SITE_NAME}` },
    applicationName: SITE_NAME,
    // A loopback build is a local preview: no page of it belongs in a search engine.
    ...(!INDEXABLE && { robots: { index: false, follow: false } }),
    icons: { icon: [{ url: '/favicon.ico', sizes: '16x16 32x32 48x48' }, { url: '/icon-192.png', type: 'image/png', sizes: '192x192' }], apple: '/apple-touch-icon.png' },
  };

  function RootLayout({ children }: { children: ReactNode }) {
    setPageLang(lang);
    return (
      // The head script may set data-theme before React hydrates.
      <html lang={lang} suppressHydrationWarning>
        <head>
          <script dangerouslySetInnerHTML={{ __html: themeScript }} />
        </head>
        <body id="top" className="min-h-screen bg-white text-base text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-zinc-900"
          >
            {text.layout.skip}
          </a>
          <SiteHeader />
          {lang === 'en' && <LanguageOffer to="es" text={dictionary('es').language} />}
          <main id="main" tabIndex={-1} className="relative mx-auto max-w-6xl px-4 py-8 focus:outline-none">
            {children}
            <BackToTop />
          </main>
          <SiteFooter />
          <TermHighlighter lang={lang} text={pick(text.search, HIGHLIGHTER_TEXTS)} />
          <DeepLinks />
        </body>
      </html>
    );
  }
  return { metadata, RootLayout };
}
