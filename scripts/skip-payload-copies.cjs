// @ts-check
'use strict';

/**
 * Preloaded into `next build` by scripts/build.ts (NODE_OPTIONS=--require). Next's static export copies each
 * page's RSC payloads (index.txt and a __next.….txt per route segment) from .next into the export folder, where
 * nothing reads them and the build would remove them again: 308,059 files at 10,000 insights, whose copying and
 * removal took about a fifth of the build. Inside the export folder (INSIGHTS_EXPORT_DIR) those copies do nothing.
 * scripts/finish-pages.ts still removes any payload it finds, so a Next that copies some other way builds the same
 * site, only slower.
 */
const fs = require('node:fs');
const path = require('node:path');
const { isRscPayload } = require('../lib/site-outputs/rsc-payloads.cjs');

const exportDir = process.env.INSIGHTS_EXPORT_DIR;
if (exportDir) {
  const inside = path.resolve(exportDir) + path.sep;
  const copyFile = fs.promises.copyFile;
  /** @type {typeof fs.promises.copyFile} */
  fs.promises.copyFile = (source, destination, mode) =>
    typeof destination === 'string' && path.resolve(destination).startsWith(inside) && isRscPayload(path.basename(destination))
      ? Promise.resolve()
      : copyFile(source, destination, mode);
}
