import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

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
 * The build computes content once and hands it to Next's page workers in one
 * file (v8-serialised: Maps and Sets survive), named by this variable; a worker
 * then never reads, validates or renders content itself.
 */
export const SNAPSHOT_ENV = 'INSIGHTS_CONTENT_SNAPSHOT';

interface Snapshot {
  root: string;
  values: Record<string, unknown>;
}

/** Every shared memo by name, so the snapshot holds all of them. */
const shared = new Map<string, () => unknown>();
let snapshot: Snapshot | null | undefined;

function readSnapshot(): Snapshot | null {
  const file = process.env[SNAPSHOT_ENV];
  snapshot ??= file ? (deserialize(readFileSync(file)) as Snapshot) : null;
  return snapshot;
}

/** Computes every shared memo (validating the content) and writes them to `file` for the workers. */
export function writeContentSnapshot(file: string, root: string): void {
  const values = Object.fromEntries([...shared].map(([name, get]) => [name, get()]));
  writeFileSync(file, serialize({ root, values } satisfies Snapshot));
}

/**
 * Memoises `load` for one content tree, under a name the build's snapshot
 * shares with its workers. A build loads content once; the dev
 * server (NODE_ENV=development) outlives edits, so there the result — or the
 * ContentError, so a broken file is not re-read on every call — is kept only
 * while the tree's fingerprint stays the same.
 */
export function perContentVersion<T>(name: string, load: (root: string) => T, root: () => string): () => T {
  let kept: { key: string; value?: T; error?: unknown } | undefined;
  const get = () => {
    const dir = root();
    const key = process.env.NODE_ENV === 'development' ? `${dir}\n${contentVersion(dir)}` : dir;
    if (kept?.key !== key) {
      const saved = readSnapshot();
      try {
        kept = { key, value: saved?.root === dir && name in saved.values ? (saved.values[name] as T) : load(dir) };
      } catch (error) {
        kept = { key, error };
      }
    }
    if ('error' in kept) throw kept.error;
    return kept.value as T;
  };
  shared.set(name, get);
  return get;
}

/** Memoises `derive` per loaded value: look-ups built once per build (once per edit in dev), never per call. */
export function derivedFrom<K extends object, V>(derive: (value: K) => V): (value: K) => V {
  const kept = new WeakMap<K, V>();
  return (value) => {
    if (!kept.has(value)) kept.set(value, derive(value));
    return kept.get(value) as V;
  };
}
