/**
 * Runs the Nu Html Checker (vnu.jar from the `vnu-jar` package) once over every .html file of the
 * given built folders (default: `out` and `.hostile-out`) and fails on any error.
 *
 *   tsx scripts/check-html.ts [dir …]
 *
 * Prints `dir/page.html:LINE:COL message` per error, sorted by file and position, then a summary
 * line, and exits 1 if there was any error. Needs `java` (11 or later) on the PATH.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files';

/** One error as vnu reports it (`--format json`). */
interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message?: string;
}

export interface HtmlError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The path of vnu.jar inside the `vnu-jar` package (the package exports it as a String). */
export function vnuJar(): string {
  return String(createRequire(import.meta.url)('vnu-jar'));
}

/** Turns vnu's JSON report into errors with paths relative to `cwd`, sorted by file, line, column. */
export function parseReport(json: string, cwd = process.cwd()): HtmlError[] {
  const report = JSON.parse(json) as { messages?: VnuMessage[] };
  const errors = (report.messages ?? [])
    // `--errors-only` leaves errors, plus `non-document-error` (a page vnu could not read): both fail.
    .filter((message) => message.type !== 'info')
    .map((message) => {
      const file = message.url?.startsWith('file:') ? path.relative(cwd, fileURLToPath(message.url)) : (message.url ?? '(unknown)');
      return {
        file,
        line: message.firstLine ?? message.lastLine ?? 0,
        column: message.firstColumn ?? message.lastColumn ?? 0,
        message: message.type === 'error' ? (message.message ?? '') : `${message.type}: ${message.message ?? ''}`,
      };
    });
  return errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Runs vnu once over `files`; resolves with its JSON report (vnu writes it to stderr). */
function runVnu(files: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // One short run: the quick (C1) JIT alone needs about half the CPU time of the default tiered
    // compilation here (≈4 s instead of ≈8.5 s for 79 pages). Its larger frames overflow the default
    // 1 MB thread stack while vnu loads its schema ("StackOverflowError while evaluating HTML schema"),
    // hence -Xss4m.
    const jvm = ['-Xss4m', '-XX:TieredStopAtLevel=1'];
    const child = spawn('java', [...jvm, '-jar', vnuJar(), '--errors-only', '--format', 'json', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              'The Nu Html Checker needs Java, and `java` was not found on the PATH. ' +
                'Install a Java runtime, e.g. on Debian/Ubuntu: apt-get install default-jre-headless',
            )
          : error,
      );
    });
    child.on('close', (code) => {
      // vnu exits 1 when it found errors; anything that is not its JSON report is a failure to run.
      const output = (stderr.trim().startsWith('{') ? stderr : stdout).trim();
      if (output.startsWith('{') && (code === 0 || code === 1)) resolve(output);
      else reject(new Error(`vnu.jar failed (exit code ${code}):\n${(stderr + stdout).trim()}`));
    });
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['out', '.hostile-out'];
  const counts: string[] = [];
  const files: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new Error(`${dir}/ does not exist: build it first (npm run build, npm run build:hostile).`);
    }
    const pages = htmlFiles(dir).sort();
    if (pages.length === 0) throw new Error(`${dir}/ has no .html files.`);
    counts.push(`${dir}: ${pages.length}`);
    files.push(...pages);
  }

  const errors = parseReport(await runVnu(files));
  let previous = '';
  for (const error of errors) {
    if (error.file !== previous && previous !== '') console.error('');
    previous = error.file;
    console.error(`${error.file}:${error.line}:${error.column} ${error.message}`);
  }
  if (errors.length > 0) console.error('');
  const failing = new Set(errors.map((error) => error.file)).size;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Nu Html Checker: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files.length} pages ` +
      `(${counts.join(', ')})${failing > 0 ? `, ${failing} page${failing === 1 ? '' : 's'} with errors` : ''} [${seconds} s]`,
  );
  process.exitCode = errors.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
