import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A file the open data adds to the built site: its URL path and its text. */
export interface OutputFile {
  path: string;
  body: string;
}

/** Writes files into the built site at their URL paths; returns how many. */
export function writeOutputFiles(out: string, files: readonly OutputFile[]): number {
  for (const file of files) {
    const target = path.join(out, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.body);
  }
  return files.length;
}
