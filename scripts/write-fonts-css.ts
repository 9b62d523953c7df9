import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FACES, coreWoff2, fontFacesCss, woff2Path } from './font-faces';

/** Regenerates app/fonts.css and the core font files it names; a unit test fails while either is stale. */
mkdirSync('app/fonts', { recursive: true });
for (const face of FACES) {
  const file = path.join('app', woff2Path(face, 'core'));
  const woff2 = await coreWoff2(face, 'app');
  writeFileSync(file, woff2);
  console.log(`Wrote ${file} (${woff2.length} B)`);
}
writeFileSync('app/fonts.css', await fontFacesCss('app'));
console.log('Wrote app/fonts.css');
