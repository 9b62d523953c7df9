/**
 * Next's per-page RSC payloads: `index.txt` and the `__next.….txt` segment
 * files, written beside every page. They serve client-side navigation, which
 * this site never does (its links are plain anchors, and no component calls
 * the router), so nothing reads them; the build removes them
 * (scripts/finish-pages.ts). They were half of `out/` at 10,000 insights.
 */
export const isRscPayload = (name: string): boolean => name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));
