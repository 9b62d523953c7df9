import { describe, expect, it } from 'vitest';
import { ogImage } from '@/lib/site-outputs/og-image';

describe('ogImage', () => {
  it('draws a card as an opaque 1200×630 PNG: RGB, no alpha channel (PNG colour type 2)', async () => {
    const png = await ogImage({ kind: 'Perspectiva', title: 'Aranceles: la revisión del T-MEC', subtitle: 'Cámara de Comercio', excerpt: 'Más integración, menos fricción.' }, 'es');
    // The signature, then IHDR's width, height, bit depth and colour type.
    expect([png.subarray(1, 4).toString(), png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual(['PNG', 1200, 630, 8, 2]);
  });
});
