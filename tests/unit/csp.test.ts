import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withCsp } from '@/lib/site-outputs/csp';
import { serializeJsonLd } from '@/lib/site-outputs/json-ld';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('per-page CSP', () => {
  const page = [
    '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
    '<script>self.a=1</script>',
    '<script src="/_next/x.js" async=""></script>',
    '<script type="application/ld+json">{"@type":"Person"}</script>',
    '<script type="module">self.b=2</script>',
    '<script>self.a=1</script>',
    '</head><body></body></html>',
  ].join('');

  it('hashes exactly the inline scripts a browser runs, once each', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('self.a=1'), sha('self.b=2')].sort());
  });

  it('allows self plus those hashes, and nothing unsafe', () => {
    const policy = contentSecurityPolicy(inlineScriptHashes(page));
    expect(policy).toContain(`script-src 'self' ${[sha('self.a=1'), sha('self.b=2')].sort().join(' ')}`);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) expect(policy).toContain(directive);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('puts the policy first in <head> (after the charset, which must come in the first 1024 bytes), and refuses to add a second', () => {
    const html = withCsp(page);
    expect(html.indexOf('<head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy"')).toBeGreaterThan(0);
    expect(() => withCsp(html)).toThrow(/already has/);
  });
});

describe('JSON-LD serialisation', () => {
  it('escapes everything that could end or confuse the script element', () => {
    const json = serializeJsonLd({ '@type': 'Person', name: '"></title><script>alert(1)</script>&\u2028\u2029' });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect((JSON.parse(json) as { name: string }).name).toBe('"></title><script>alert(1)</script>&\u2028\u2029');
  });
});
