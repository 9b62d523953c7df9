import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
 * The build computes content once and hands it to Next's page workers in a
 * folder named by this variable: one v8-serialised file per shared memo
 * (Maps and Sets survive), so a process reads only the memos it uses; a
 * worker never reads, validates or renders content itself.
 */
export const SNAPSHOT_ENV = 'INSIGHTS_CONTENT_SNAPSHOT';

/** The snapshot's own file: which content tree it holds and the memos it has. */
const INDEX = 'index.json';

interface SnapshotIndex {
  root: string;
  names: string[];
}

/** Every shared memo by name, so the snapshot holds all of them. */
const shared = new Map<string, () => unknown>();
let snapshotIndex: SnapshotIndex | null | undefined;

/** The memo `name` from the build's snapshot of the content tree `root`, if there is one. */
function fromSnapshot(name: string, root: string): { value: unknown } | undefined {
  const dir = process.env[SNAPSHOT_ENV];
  snapshotIndex ??= dir ? (JSON.parse(readFileSync(path.join(dir, INDEX), 'utf8')) as SnapshotIndex) : null;
  if (!dir || snapshotIndex?.root !== root || !snapshotIndex.names.includes(name)) return undefined;
  return { value: deserialize(readFileSync(path.join(dir, `${name}.bin`))) };
}

/** Computes every shared memo (validating the content) and writes them into the folder `dir` for the workers. */
export function writeContentSnapshot(dir: string, root: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, get] of shared) writeFileSync(path.join(dir, `${name}.bin`), serialize(get()));
  writeFileSync(path.join(dir, INDEX), JSON.stringify({ root, names: [...shared.keys()] } satisfies SnapshotIndex));
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
      try {
        const saved = fromSnapshot(name, dir);
        kept = { key, value: saved ? (saved.value as T) : load(dir) };
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
