import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const fixtures = path.resolve(import.meta.dirname, '../fixtures');

/** A copy of the valid base content with one case's files laid over it. */
export function fixtureRoot(caseName?: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'insights-fixture-'));
  cpSync(path.join(fixtures, 'base'), root, { recursive: true });
  if (caseName) cpSync(path.join(fixtures, 'cases', caseName), root, { recursive: true });
  return root;
}
