// @ts-check
'use strict';

/**
 * Next's per-page RSC payloads: `index.txt` and the `__next.….txt` segment
 * files, written beside every page. They serve client-side navigation, which
 * this site never does (its links are plain anchors, and no component calls
 * the router), so nothing reads them: the build keeps Next from copying them
 * into the export (scripts/skip-payload-copies.cjs) and removes any that are
 * there (scripts/finish-pages.ts). They were half of `out/` at 10,000 insights.
 * CommonJS, with its types in rsc-payloads.d.cts, because Node preloads that
 * script into `next build`, where no TypeScript loader runs.
 * @param {string} name a file's name
 * @returns {boolean}
 */
const isRscPayload = (name) => name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));

module.exports = { isRscPayload };
