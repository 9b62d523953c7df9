import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A fingerprint of the content tree: every file's path, size and
 * modification time. Cheap (a few dozen stats), so `next dev` can check it
 * on every call and notice an edit, an added file or a deleted one.
 */
export function contentVersion(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const stat = statSync(file, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(file);
      else if (stat) parts.push(`${file}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  walk(path.join(root, 'content'));
  return parts.join('\n');
}

/**
 * Memoises `load` for one content tree. A build loads content once; the dev
 * server (NODE_ENV=development) outlives edits, so there the result — or the
 * ContentError, so a broken file is not re-read on every call — is kept only
 * while the tree's fingerprint stays the same.
 */
export function perContentVersion<T>(load: (root: string) => T, root: () => string): () => T {
  let kept: { key: string; value?: T; error?: unknown } | undefined;
  return () => {
    const dir = root();
    const key = process.env.NODE_ENV === 'development' ? `${dir}\n${contentVersion(dir)}` : dir;
    if (kept?.key !== key) {
      try {
        kept = { key, value: load(dir) };
      } catch (error) {
        kept = { key, error };
      }
    }
    if ('error' in kept) throw kept.error;
    return kept.value as T;
  };
}
