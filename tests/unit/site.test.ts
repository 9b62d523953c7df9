import { describe, expect, it } from 'vitest';
import { isLoopback, parseOrigin } from '@/lib/site';

describe('parseOrigin', () => {
  it.each([
    ['https://insights.example.org', 'https://insights.example.org'],
    ['https://insights.example.org/', 'https://insights.example.org'],
    ['HTTP://Example.ORG:8080', 'http://example.org:8080'],
    ['http://127.0.0.1:3000', 'http://127.0.0.1:3000'],
  ])('%s → %s', (value, origin) => expect(parseOrigin(value)).toBe(origin));

  it.each([
    ['insights.example.org', 'SITE_URL: expected an origin such as https://insights.example.org, got "insights.example.org"'],
    ['https://example.org/insights/', 'SITE_URL: expected an origin such as https://insights.example.org (http or https, no path), got "https://example.org/insights/"'],
    ['ftp://example.org', 'SITE_URL: expected an origin such as https://insights.example.org (http or https, no path), got "ftp://example.org"'],
    ['https://example.org/?x=1', 'SITE_URL: expected an origin such as https://insights.example.org (http or https, no path), got "https://example.org/?x=1"'],
  ])('rejects %s', (value, message) => expect((parseOrigin(value) as Error).message).toBe(message));
});

describe('isLoopback', () => {
  it.each([
    ['http://127.0.0.1:3000', true],
    ['http://127.1.2.3', true],
    ['http://localhost:3000', true],
    ['http://app.localhost', true],
    ['http://[::1]:3000', true],
    ['https://insights.example.org', false],
    ['https://127.example.org', false],
    ['http://10.0.0.1', false],
  ])('%s → %s', (origin, loopback) => expect(isLoopback(origin)).toBe(loopback));
});
