import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * `npm run audit`: Lighthouse 12.2.3 (pinned) with the system Chromium on
 * the site built for a public origin into .lighthouse/site/ (served on loopback by scripts/serve.ts) and on the
 * bare Next.js fixture (bench/bare-next, built first if needed), mobile and
 * desktop, N runs each (AUDIT_RUNS, default 3). Prints medians side by side
 * as a Markdown table and flags misses of the targets:
 *   Accessibility, Best Practices, SEO = 100 everywhere; CLS = 0;
 *   Performance ≥ the bare page's median (mobile) and 100 on desktop.
 * The fixture's /with-stylesheet/ (the same page plus one external
 * stylesheet) is audited too, as a diagnostic, not a target: it shows what
 * any render-blocking stylesheet costs here, apart from a site's content.
 * Full reports go to .lighthouse/ (gitignored). A script, not a test:
 * scores vary run to run. `--strict` exits 1 when a target is missed.
 *
 * Options: AUDIT_RUNS=1 for a quick look; AUDIT_PAGES="/,/about/" to choose pages;
 * AUDIT_FORM_FACTORS=mobile for one form factor; AUDIT_SITE=<folder> to audit
 * a site already built there (an older commit's, for a before/after).
 */
const LIGHTHOUSE_VERSION = '12.2.3';
/** A public origin for the audited build: indexable, as deployed. Nothing is fetched from it. */
const AUDIT_ORIGIN = 'https://insights.example.org';
const project = path.resolve(import.meta.dirname, '..');
const reportDir = path.join(project, '.lighthouse');
const AUDIT_OUT = path.join(reportDir, 'site');
const chromium = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run';
const runs = Math.max(1, Number(process.env.AUDIT_RUNS ?? 3));
const strict = process.argv.includes('--strict');
const pages = (process.env.AUDIT_PAGES?.split(',') ?? ['/', '/speakers/kim-ogg/', '/themes/judicial-reform-and-democracy-in-mexico/', '/search/?q=tariffs', '/figures/']).map((page) => page.trim()).filter(Boolean);
const FORM_FACTORS = ['mobile', 'desktop'] as const;
type FormFactor = (typeof FORM_FACTORS)[number];
const formFactors = FORM_FACTORS.filter((formFactor) => (process.env.AUDIT_FORM_FACTORS?.split(',') ?? FORM_FACTORS).includes(formFactor));

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

interface Lhr {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string; details?: { items?: Record<string, number>[] } }>;
}

interface Run {
  scores: Record<Category, number>;
  cls: number;
  lcp: number;
  tbt: number;
  /** When the page's first paint was actually seen in the trace (Lighthouse's LCP is simulated). */
  seenFcp: number;
  /** Scored audits that did not pass, in the three categories that must be 100. */
  failing: string[];
}

interface Target {
  site: 'ours' | 'bare';
  page: string;
}

/** The bare fixture's pages: the floor the targets compare with, and the diagnostic. */
const BARE_PAGE = '/';
const BARE_WITH_STYLESHEET = '/with-stylesheet/';

interface Summary {
  site: 'ours' | 'bare';
  page: string;
  formFactor: FormFactor;
  runs: number;
  missing?: string;
  errors: string[];
  median?: Record<Category, number> & { cls: number; lcp: number; tbt: number; seenFcp: number };
  /** Every run's performance score, lowest first: the spread tells how much a median can be trusted. */
  performanceRuns: number[];
  failing: string[];
}

function checkVersion(): void {
  const { version } = JSON.parse(readFileSync(path.join(project, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string };
  if (version !== LIGHTHOUSE_VERSION) throw new Error(`lighthouse ${version} is installed; this audit is pinned to ${LIGHTHOUSE_VERSION} (npm install --save-dev --save-exact lighthouse@${LIGHTHOUSE_VERSION})`);
  if (!existsSync(chromium)) throw new Error(`No Chromium at ${chromium}; set CHROMIUM_PATH`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A static site served by scripts/serve.ts on a free loopback port, restarted if it stops answering. */
class Site {
  private child?: ChildProcess;
  origin = '';

  constructor(private readonly dir: string) {}

  async start(): Promise<this> {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(project, 'node_modules/tsx/dist/cli.mjs'), path.join(project, 'scripts/serve.ts'), this.dir], {
      cwd: project,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code, signal) => {
      if (this.child === child) console.log(`(server for ${path.relative(project, this.dir)} stopped: ${code ?? signal})`);
    });
    this.child = child;
    this.origin = `http://127.0.0.1:${port}`;
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await this.answers()) return this;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`serve.ts ${this.dir} did not answer on ${this.origin}`);
  }

  private async answers(): Promise<boolean> {
    try {
      await fetch(`${this.origin}/`, { signal: AbortSignal.timeout(5000) });
      return true;
    } catch {
      return false;
    }
  }

  /** The origin of a server that answers now. */
  async ensure(): Promise<string> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null || !(await this.answers())) {
      this.stop();
      await this.start();
    }
    return this.origin;
  }

  stop(): void {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) child.kill();
  }
}

const sites: Site[] = [];
process.on('exit', () => sites.forEach((site) => site.stop()));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

async function status(url: string): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })).status;
    } catch (error) {
      if (attempt >= 2) throw new Error(`${url}: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

function lighthouse(url: string, formFactor: FormFactor, outputPath: string): Lhr {
  const args = [
    path.join(project, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--output=json',
    `--output-path=${outputPath}`,
    `--chrome-flags=${chromeFlags}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--quiet',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const result = spawnSync(process.execPath, args, { cwd: project, env: { ...process.env, CHROME_PATH: chromium }, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`lighthouse exited ${result.status ?? result.signal}: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}`);
  const lhr = JSON.parse(readFileSync(outputPath, 'utf8')) as Lhr;
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return lhr;
}

function summarise(lhr: Lhr): Run {
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category].score ?? 0) * 100)])) as Record<Category, number>;
  const failing = (['accessibility', 'best-practices', 'seo'] as const).flatMap((category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0)
      .filter((ref) => {
        const audit = lhr.audits[ref.id];
        return audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'notApplicable';
      })
      .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id]!.title})`),
  );
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const seenFcp = lhr.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint ?? Number.NaN;
  return { scores, cls: numeric('cumulative-layout-shift'), lcp: numeric('largest-contentful-paint'), tbt: numeric('total-blocking-time'), seenFcp, failing };
}

function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const slug = (target: Target) => `${target.site}${target.page.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '') || '-home'}`;

async function main(): Promise<void> {
  checkVersion();
  mkdirSync(reportDir, { recursive: true });

  const bareOut = path.join(project, 'bench/bare-next/out');
  if ([BARE_PAGE, BARE_WITH_STYLESHEET].some((page) => !existsSync(path.join(bareOut, page, 'index.html')))) {
    console.log('Building the bare Next.js fixture (bench/bare-next)…');
    const { buildBare } = await import('./bench-bare');
    buildBare();
  }
  const out = process.env.AUDIT_SITE ? path.resolve(process.env.AUDIT_SITE) : AUDIT_OUT;
  if (process.env.AUDIT_SITE) {
    if (!existsSync(path.join(out, 'index.html'))) throw new Error(`AUDIT_SITE=${process.env.AUDIT_SITE} has no index.html`);
  } else {
    // out/ is a loopback preview (noindex, robots Disallow), which Lighthouse's SEO rightly fails: audit what
    // ships instead, the same content built for a public origin into its own folder.
    console.log(`Building the site for ${AUDIT_ORIGIN} into ${path.relative(project, AUDIT_OUT)}/…`);
    const built = spawnSync(process.execPath, [path.join(project, 'node_modules/tsx/dist/cli.mjs'), path.join(project, 'scripts/build.ts')], {
      cwd: project,
      env: { ...process.env, SITE_URL: AUDIT_ORIGIN, INSIGHTS_OUT_DIR: path.relative(project, AUDIT_OUT) },
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error(`the audit build failed (${built.status ?? built.signal})`);
  }

  const ours = new Site(out);
  const bare = new Site(bareOut);
  sites.push(ours, bare);
  await Promise.all([ours.start(), bare.start()]);
  const targets: Target[] = [{ site: 'bare', page: BARE_PAGE }, { site: 'bare', page: BARE_WITH_STYLESHEET }, ...pages.map((page) => ({ site: 'ours' as const, page }))];
  const siteOf = (target: Target) => (target.site === 'bare' ? bare : ours);
  const urlOf = async (target: Target) => `${await siteOf(target).ensure()}${target.page}`;

  const summaries: Summary[] = [];
  for (const formFactor of formFactors) {
    const results = new Map<Target, { runs: Run[]; errors: string[]; missing?: string }>();
    for (const target of targets) {
      const code = await status(await urlOf(target));
      results.set(target, { runs: [], errors: [], missing: code === 404 ? `${target.page} is 404 (not built)` : code >= 300 ? `${target.page} answered ${code}` : undefined });
    }
    // Runs are interleaved (run 1 of every page, then run 2…), so machine noise spreads across pages.
    for (let run = 1; run <= runs; run++) {
      for (const target of targets) {
        const result = results.get(target)!;
        if (result.missing) continue;
        const label = `${target.site} ${target.page} ${formFactor} run ${run}/${runs}`;
        const started = Date.now();
        try {
          const lhr = lighthouse(await urlOf(target), formFactor, path.join(reportDir, `${slug(target)}.${formFactor}.${run}.json`));
          const summary = summarise(lhr);
          result.runs.push(summary);
          console.log(`${label}: perf ${summary.scores.performance} a11y ${summary.scores.accessibility} bp ${summary.scores['best-practices']} seo ${summary.scores.seo} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        } catch (error) {
          result.errors.push((error as Error).message);
          console.log(`${label}: ERROR ${(error as Error).message}`);
        }
      }
    }
    for (const target of targets) {
      const result = results.get(target)!;
      const summary: Summary = { site: target.site, page: target.page, formFactor, runs: result.runs.length, missing: result.missing, errors: result.errors, performanceRuns: result.runs.map((run) => run.scores.performance).sort((a, b) => a - b), failing: [...new Set(result.runs.flatMap((run) => run.failing))] };
      if (result.runs.length > 0) {
        const medianOf = (pick: (run: Run) => number) => median(result.runs.map(pick));
        summary.median = {
          ...(Object.fromEntries(CATEGORIES.map((category) => [category, medianOf((run) => run.scores[category])])) as Record<Category, number>),
          cls: medianOf((run) => run.cls),
          lcp: medianOf((run) => run.lcp),
          tbt: medianOf((run) => run.tbt),
          seenFcp: medianOf((run) => run.seenFcp),
        };
      }
      summaries.push(summary);
    }
  }

  const { table, misses } = report(summaries);
  writeFileSync(path.join(reportDir, 'summary.json'), `${JSON.stringify({ lighthouse: LIGHTHOUSE_VERSION, runs, summaries, misses }, null, 2)}\n`);
  writeFileSync(path.join(reportDir, 'summary.md'), `${table}\n`);
  console.log(`\n${table}`);
  console.log(`\nReports: ${path.relative(project, reportDir)}/ (summary.md, summary.json, one JSON report per run)`);
  if (misses.length && strict) process.exitCode = 1;
}

function report(summaries: Summary[]): { table: string; misses: string[] } {
  const misses: string[] = [];
  const lines = [
    `Lighthouse ${LIGHTHOUSE_VERSION}, system Chromium, median of ${runs} run${runs === 1 ? '' : 's'} (each run's performance score in brackets); bare = minimal Next.js page (bench/bare-next); bare + stylesheet = the same page with one external stylesheet (a diagnostic, not a target). ❌ = target missed (A11y/BP/SEO 100, CLS 0, Performance ≥ bare median on mobile and 100 on desktop).`,
    '',
    '| Page | Form factor | Performance | Accessibility | Best Practices | SEO | CLS | LCP (ms) | TBT (ms) | First paint seen (ms) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const formFactor of formFactors) {
    const bare = summaries.find((summary) => summary.site === 'bare' && summary.page === BARE_PAGE && summary.formFactor === formFactor)?.median;
    for (const summary of summaries.filter((entry) => entry.formFactor === formFactor)) {
      const name = summary.site === 'ours' ? `\`${summary.page}\`` : summary.page === BARE_PAGE ? '**bare Next.js** `/`' : `bare + stylesheet \`${summary.page}\``;
      if (summary.missing || !summary.median) {
        const why = summary.missing ?? `no successful run: ${summary.errors[0] ?? 'unknown error'}`;
        misses.push(`${summary.page} ${formFactor}: ${why}`);
        lines.push(`| ${name} | ${formFactor} | ❌ ${why.replace(/\|/g, '\\|')} | | | | | | | |`);
        continue;
      }
      const m = summary.median;
      // The targets are ours; the bare pages are what they are measured against.
      const flag = (miss: boolean, what: string) => {
        if (!miss || summary.site !== 'ours') return '';
        misses.push(`${summary.page} ${formFactor}: ${what}`);
        return ' ❌';
      };
      const perfTarget = formFactor === 'desktop' ? 100 : (bare?.performance ?? 100);
      const cells = [
        `${m.performance}${flag(m.performance < perfTarget, `performance ${m.performance} < ${perfTarget}`)}${summary.runs > 1 ? ` (${summary.performanceRuns.join(', ')})` : ''}`,
        `${m.accessibility}${flag(m.accessibility < 100, `accessibility ${m.accessibility}`)}`,
        `${m['best-practices']}${flag(m['best-practices'] < 100, `best practices ${m['best-practices']}`)}`,
        `${m.seo}${flag(m.seo < 100, `SEO ${m.seo}`)}`,
        `${m.cls.toFixed(3)}${flag(m.cls >= 0.0005, `CLS ${m.cls.toFixed(3)}`)}`,
        Math.round(m.lcp).toString(),
        Math.round(m.tbt).toString(),
        Math.round(m.seenFcp).toString(),
      ];
      lines.push(`| ${name} | ${formFactor} | ${cells.join(' | ')} |`);
    }
  }
  const failing = summaries.filter((summary) => summary.failing.length > 0);
  if (failing.length) {
    lines.push('', 'Audits that did not pass (any run):', '');
    for (const summary of failing) lines.push(`- ${summary.site === 'bare' ? `bare ${summary.page}` : summary.page} (${summary.formFactor}): ${summary.failing.join('; ')}`);
  }
  if (misses.length) lines.push('', `Targets missed: ${misses.length}`, ...misses.map((miss) => `- ${miss}`));
  else lines.push('', 'All targets met.');
  return { table: lines.join('\n'), misses };
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => {
    sites.forEach((site) => site.stop());
    process.exit();
  });
