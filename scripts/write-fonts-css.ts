import { writeFileSync } from 'node:fs';
import { fontFacesCss } from './font-faces';

/** Regenerates app/fonts.css; a unit test fails while it is stale. */
writeFileSync('app/fonts.css', await fontFacesCss('app'));
console.log('Wrote app/fonts.css');
