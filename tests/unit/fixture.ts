import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentError } from '@/lib/content/content-error';

export const fixtures = path.resolve(import.meta.dirname, '../fixtures');

/** A copy of the valid base content with one case's files laid over it. */
export function fixtureRoot(caseName?: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'insights-fixture-'));
  cpSync(path.join(fixtures, 'base'), root, { recursive: true });
  if (caseName) cpSync(path.join(fixtures, 'cases', caseName), root, { recursive: true });
  return root;
}

/** The message an author sees when `load` rejects a case's content (without the common first line). */
export function contentErrorOf(caseName: string, load: (root: string) => unknown): string {
  try {
    load(fixtureRoot(caseName));
  } catch (error) {
    if (error instanceof ContentError) return error.message.replace(/^Invalid content:\n/, '');
    throw error;
  }
  throw new Error(`${caseName} loaded without error`);
}
