import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderNginxConf } from '../lib/site-outputs/headers';

/** npm run deploy:nginx: regenerates deploy/nginx.conf from lib/site-outputs/headers.ts. */
const file = path.resolve(import.meta.dirname, '../deploy/nginx.conf');
writeFileSync(file, renderNginxConf());
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
