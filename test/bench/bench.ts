/**
 * `npm run bench` — how fast the extension is, against its budgets. Never part of the tests.
 *
 *   npm run bench                      build, measure, print one table
 *   npm run bench -- --json out.json   also write the numbers as JSON
 *   npm run bench -- --no-build        measure the builds already in .output
 *   npm run bench -- --no-browser      leave out the Chromium measurements
 *   npm run bench -- --strict          exit 1 when a budget is missed
 *
 * Engine notes are built from the development corpus beside the project (../shared/corpus),
 * or from the repository's held-out notes when it is absent; the context engine runs on the
 * NegEx/ConText sentences (../shared/bench/context), a row that is skipped when they are absent.
 * KB means 1,000 bytes (characters, for notes), as the build prints sizes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { assessText } from '@/rules/assess';
import { classifySentence } from '@/rules/context/classify';
import { readChart } from '@/entrypoints/ehr.content/reader/index';
import { athenaTransform } from '../entrypoints/ehr.content/filler';
import { FIXTURE_DIR, loadFixture } from '../entrypoints/ehr.content/load-fixture';
import { CHROMIUM, E2E_DIST, PROD_DIST, ROOT } from '../e2e/harness';
import { kb, ms, repeat, summarize, type Timing } from './stats';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const known = ['--json', '--no-build', '--no-browser', '--strict', '--help'];
for (const a of args) {
  if (a.startsWith('--') && !known.includes(a)) {
    process.stderr.write(`bench: unknown option ${a}\n`);
    process.exit(2);
  }
}
if (flag('--help')) {
  process.stdout.write('usage: npm run bench -- [--json FILE] [--no-build] [--no-browser] [--strict]\n');
  process.exit(0);
}
const jsonFile = option('--json');
if (flag('--json') && (!jsonFile || jsonFile.startsWith('--'))) {
  process.stderr.write('bench: --json needs a file name\n');
  process.exit(2);
}

const SHARED = join(ROOT, '..', 'shared');
const DEV_CORPUS = join(SHARED, 'corpus/dev.json');
const CONTEXT_KIT = join(SHARED, 'bench/context/negex-context-annotations.tsv');

// ---------------------------------------------------------------------------------------------
// Rows and budgets

interface Row {
  id: string;
  what: string;
  median?: number;
  p95?: number;
  /** Runs measured. */
  n?: number;
  /** The figure that is not a time (a size, a rate, a ratio), as printed. */
  value?: string;
  note?: string;
  budget?: string;
  /** true: within budget; false: missed; undefined: no budget, or not measured. */
  ok?: boolean;
  /** The budget's name and the figure it is judged on, for the closing line. */
  budgetName?: string;
  actual?: string;
  /** Numbers for the JSON file. */
  data?: Record<string, unknown>;
}

const rows: Row[] = [];
const missed: string[] = [];
const skipped: string[] = [];

function add(row: Row): Row {
  rows.push(row);
  if (row.ok === false) missed.push(`${row.budgetName ?? row.what} (${row.actual ? `${row.actual}; ` : ''}budget ${row.budget})`);
  return row;
}

function log(msg: string) {
  process.stderr.write(`bench: ${msg}\n`);
}

// ---------------------------------------------------------------------------------------------
// Builds

function run(cmd: string, cmdArgs: string[]) {
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout}\n${r.stderr}\n`);
    throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${r.status})`);
  }
}

function build(withBrowser: boolean) {
  const wxt = join(ROOT, 'node_modules/.bin/wxt');
  log('building the production extension and its zip (wxt zip)…');
  run(wxt, ['zip']);
  if (withBrowser) {
    log('building the e2e variant for the Chromium measurements (wxt build --mode e2e)…');
    run(wxt, ['build', '--mode', 'e2e']);
  }
}

// ---------------------------------------------------------------------------------------------
// Engine: extract + rules on notes of a given size

interface Corpus {
  name: string;
  texts: string[];
}

function loadCorpus(): Corpus {
  if (existsSync(DEV_CORPUS)) {
    const cases = JSON.parse(readFileSync(DEV_CORPUS, 'utf8')) as Array<{ text: string }>;
    return { name: 'development corpus (../shared/corpus/dev.json)', texts: cases.map((c) => c.text) };
  }
  const texts: string[] = [];
  for (const f of ['heldout.json', 'heldout2.json']) {
    const cases = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/corpus', f), 'utf8')) as Array<{ text: string }>;
    texts.push(...cases.map((c) => c.text));
  }
  return { name: 'held-out notes in test/fixtures/corpus (the development corpus was not found)', texts };
}

/**
 * A note of exactly `size` characters: the corpus notes one after another (from note `start`,
 * separated by a blank line, repeated as needed), cut at the last space before the size and
 * padded with spaces.
 */
function noteOf(texts: string[], size: number, start: number): string {
  let s = '';
  for (let i = start; s.length < size; i++) s += `${texts[i % texts.length].trim()}\n\n`;
  let cut = s.slice(0, size);
  const space = cut.lastIndexOf(' ');
  if (space > size * 0.9) cut = cut.slice(0, space);
  return cut.padEnd(size, ' ');
}

const SIZES = [
  { label: '0.5 KB', chars: 500 },
  { label: '2 KB', chars: 2_000 },
  { label: '20 KB', chars: 20_000 },
  { label: '200 KB', chars: 200_000 },
  { label: '1 MB', chars: 1_000_000 },
];

function benchEngine(corpus: Corpus) {
  const notes = SIZES.map((s) => {
    // Small notes: several different ones, taken in turn, so no single note decides the figure.
    const variants = s.chars <= 20_000 ? 8 : 1;
    return { ...s, notes: Array.from({ length: variants }, (_, v) => noteOf(corpus.texts, s.chars, (v * 7) % corpus.texts.length)) };
  });
  // Warm-up over every size first (the JIT sees small and large inputs), then a second of each
  // small size before it is measured: for its first few hundred runs the engine is still being
  // optimised, and a 2 KB note takes 1.1–1.2 ms instead of 0.9 (the first run in a new panel is
  // measured in the browser, below).
  for (const n of notes) for (const t of n.notes) assessText(t);
  const perKb: Record<string, number> = {};
  for (const n of notes) {
    const big = n.chars >= 200_000;
    const t: Timing = repeat((i) => void assessText(n.notes[i % n.notes.length]), {
      warmup: big ? 1 : 20,
      warmupMs: big ? 0 : 1_000,
      minRuns: big ? 5 : 50,
      maxRuns: big ? 15 : 5_000,
      minMs: big ? 3_000 : 1_500,
    });
    const kbs = n.chars / 1000;
    perKb[n.label] = t.median / kbs;
    const row: Row = { id: `engine.${n.label.replace(/\s/g, '')}`, what: `engine (extract + rules), ${n.label} note`, median: t.median, p95: t.p95, n: t.runs.length, value: `${perKb[n.label].toFixed(3)} ms/KB`, data: { chars: n.chars, msPerKb: perKb[n.label] } };
    if (n.label === '2 KB') {
      row.budget = '≤ 1 ms median';
      row.ok = t.median <= 1;
      row.budgetName = 'engine, 2 KB note';
      row.actual = `${ms(t.median)} median`;
    }
    if (n.label === '1 MB') {
      const ratio = perKb['1 MB'] / perKb['20 KB'];
      row.value += ` (${ratio.toFixed(2)}× the 20 KB figure)`;
      row.budget = '≤ 300 ms median; ms/KB ≤ 2× the 20 KB figure';
      row.ok = t.median <= 300 && ratio <= 2;
      row.budgetName = 'engine, 1 MB note';
      row.actual = `${ms(t.median)} median, ${ratio.toFixed(2)}× the 20 KB time per KB`;
      row.data = { ...row.data, ratioTo20KB: ratio };
      if (t.median <= 300 !== ratio <= 2) row.note = t.median > 300 ? 'linear, but over 300 ms' : 'under 300 ms, but not linear';
    }
    add(row);
  }
}

// ---------------------------------------------------------------------------------------------
// Context engine on the NegEx/ConText sentences

function benchContext() {
  if (!existsSync(CONTEXT_KIT)) {
    skipped.push('context engine: the NegEx/ConText kit (../shared/bench/context) was not found');
    add({ id: 'context', what: 'context engine, NegEx/ConText sentences', note: 'skipped: the context kit was not found', budget: '≥ 20,000 sentences/s' });
    return;
  }
  const sentences = readFileSync(CONTEXT_KIT, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t'))
    .map((r) => ({ target: (r[2] ?? '').trim(), sentence: r[3] ?? '' }));
  const t = repeat(() => {
    for (const s of sentences) classifySentence(s.sentence, s.target);
  }, { warmup: 2, minRuns: 10, maxRuns: 100, minMs: 3_000 });
  const rate = sentences.length / (t.median / 1000);
  add({
    id: 'context',
    what: `context engine, ${sentences.length.toLocaleString('en-US')} sentences (one pass)`,
    median: t.median,
    p95: t.p95,
    n: t.runs.length,
    value: `${Math.round(rate).toLocaleString('en-US')} sentences/s`,
    budget: '≥ 20,000 sentences/s',
    ok: rate >= 20_000,
    budgetName: 'context engine',
    actual: `${Math.round(rate).toLocaleString('en-US')} sentences/s`,
    data: { sentences: sentences.length, sentencesPerSecond: rate },
  });
}

// ---------------------------------------------------------------------------------------------
// Chart reader on every fixture page, in happy-dom

async function benchReaderHappyDom() {
  const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();
  for (const file of files) {
    const page = loadFixture(file, { transform: athenaTransform });
    try {
      let bytes = 0;
      for (const d of page.docs.values()) bytes += d.documentElement.outerHTML.length;
      const big = bytes > 500_000;
      const t = repeat(() => void readChart(page.document), { warmup: big ? 1 : 5, minRuns: big ? 5 : 20, maxRuns: big ? 10 : 500, minMs: big ? 2_000 : 500 });
      add({ id: `reader.happy-dom.${file}`, what: `chart reader (happy-dom), ${file}`, median: t.median, p95: t.p95, n: t.runs.length, value: `${kb(bytes)} of HTML`, data: { htmlBytes: bytes } });
    } finally {
      await page.close();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Build sizes

/** The JavaScript files an HTML page of the build loads: its scripts, preloads, and what they import. */
function pageScripts(dist: string, html: string): string[] {
  const page = readFileSync(join(dist, html), 'utf8');
  const queue = [...page.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => (m[1] ?? m[2]).replace(/^\//, ''));
  const seen = new Set<string>();
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const code = readFileSync(join(dist, f), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(join(dirname(f), m[1]));
  }
  return [...seen];
}

/** The worker scripts those files start (`new Worker(new URL('/assets/….js', …))` in the built code). */
function workerScripts(dist: string, files: string[]): string[] {
  const found = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(join(dist, f), 'utf8').matchAll(/new Worker\(new URL\(["'`]\/?([^"'`]+\.js)["'`]/g)) found.add(m[1]);
  }
  return [...found];
}

function benchSizes() {
  const dist = PROD_DIST;
  if (!existsSync(join(dist, 'manifest.json'))) {
    add({ id: 'size', what: 'build sizes', note: 'no production build in .output/chrome-mv3' });
    return;
  }
  const cs = join(dist, 'content-scripts/ehr.js');
  const csCode = readFileSync(cs, 'utf8');
  const csBytes = Buffer.byteLength(csCode);
  // What must not be in the script injected into EHR pages: React, the rules engine.
  const react = /react\.(?:transitional\.)?element|__SECRET_INTERNALS|Minified React error/.test(csCode);
  const engine = /saddle_anesthesia|cauda_equina|morning_stiffness/.test(csCode);
  add({
    id: 'size.content-script',
    what: 'content-script bundle (content-scripts/ehr.js)',
    value: kb(csBytes),
    note: `${react ? 'React in it' : 'no React'}, ${engine ? 'rules engine in it' : 'no rules engine'}`,
    budget: '≤ 30 KB, no React, no engine',
    ok: csBytes <= 30_000 && !react && !engine,
    budgetName: 'content-script bundle',
    actual: kb(csBytes),
    data: { bytes: csBytes, react, engine },
  });
  const files = pageScripts(dist, 'sidepanel.html');
  const panelBytes = files.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
  const workers = workerScripts(dist, files);
  const workerBytes = workers.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
  const short = (f: string) => f.replace(/^(?:chunks|assets)\//, '').replace(/-[\w-]{8}\.js$/, '.js');
  add({
    id: 'size.side-panel',
    what: 'side-panel JavaScript on its main thread (all files sidepanel.html loads)',
    value: kb(panelBytes),
    note: files.map((f) => `${short(f)} ${kb(statSync(join(dist, f)).size)}`).join(' + '),
    budget: '≤ 350 KB',
    ok: panelBytes <= 350_000,
    budgetName: 'side-panel JavaScript',
    actual: kb(panelBytes),
    data: { bytes: panelBytes, files: Object.fromEntries(files.map((f) => [f, statSync(join(dist, f)).size])) },
  });
  add({
    id: 'size.side-panel-worker',
    what: 'engine worker the side panel starts (extraction + rules, off the main thread)',
    value: kb(workerBytes),
    note: `${workers.map(short).join(' + ') || 'no worker found'}; page and worker together ${kb(panelBytes + workerBytes)}`,
    data: { bytes: workerBytes, total: panelBytes + workerBytes, files: Object.fromEntries(workers.map((f) => [f, statSync(join(dist, f)).size])) },
  });
  const zips = readdirSync(join(ROOT, '.output')).filter((f) => f.endsWith('-chrome.zip'));
  if (zips.length) {
    const zip = zips.map((f) => join(ROOT, '.output', f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    add({ id: 'size.zip', what: 'whole zip (Chrome)', value: kb(statSync(zip).size), data: { bytes: statSync(zip).size } });
  } else {
    add({ id: 'size.zip', what: 'whole zip (Chrome)', note: 'no zip in .output: run `npm run zip`' });
  }
}

// ---------------------------------------------------------------------------------------------
// Chromium

async function benchBrowser() {
  const readerRow = { id: 'reader.chromium', what: 'chart reader (Chromium), largest fixture', budget: '≤ 30 ms median, no long task > 50 ms' };
  const cardsRow = { id: 'capture-to-cards', what: 'capture → cards rendered (Chromium side panel)', budget: '≤ 100 ms median' };
  const firstRow = { id: 'capture-to-cards.first', what: 'first capture → cards in a newly opened panel (Chromium)' };
  const why = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)` : !existsSync(join(E2E_DIST, 'manifest.json')) ? 'no e2e build' : null;
  if (why) {
    skipped.push(`Chromium measurements: ${why}`);
    add({ ...readerRow, note: `not measured: ${why}` });
    add({ ...cardsRow, note: `not measured: ${why}` });
    add({ ...firstRow, note: `not measured: ${why}` });
    return;
  }
  const { browserBench } = await import('./browser');
  const r = await browserBench({ runs: 20 });
  const longest = r.reader.longTasks.length ? Math.max(...r.reader.longTasks) : 0;
  add({
    ...readerRow,
    what: `chart reader (Chromium), ${r.reader.page} (${kb(r.reader.htmlBytes)} of HTML)`,
    median: r.reader.timing.median,
    p95: r.reader.timing.p95,
    n: r.reader.timing.runs.length,
    value: r.reader.longTasks.length ? `${r.reader.longTasks.length} long tasks, longest ${ms(longest)}` : 'no long task',
    note: r.reader.chiefComplaint ? undefined : 'the reader found no chief complaint on the page',
    ok: r.reader.timing.median <= 30 && longest <= 50,
    budgetName: 'chart reader in Chromium',
    actual: `${ms(r.reader.timing.median)} median, longest task ${r.reader.longTasks.length ? ms(longest) : 'under 50 ms'}`,
    data: { htmlBytes: r.reader.htmlBytes, elements: r.reader.elements, longTasks: r.reader.longTasks, runs: r.reader.timing.runs },
  });
  add({
    ...cardsRow,
    median: r.cards.timing.median,
    p95: r.cards.timing.p95,
    n: r.cards.timing.runs.length,
    ok: r.cards.timing.median <= 100,
    budgetName: 'capture → cards',
    actual: `${ms(r.cards.timing.median)} median`,
    data: { runs: r.cards.timing.runs },
  });
  add({
    ...firstRow,
    median: r.firstCards.timing.median,
    p95: r.firstCards.timing.p95,
    n: r.firstCards.timing.runs.length,
    value: `first panel ${ms(r.firstCards.timing.runs[0])}, later ones ${ms(summarize(r.firstCards.timing.runs.slice(1)).median)}; each panel's engine worker starts cold (no budget)`,
    data: { runs: r.firstCards.timing.runs },
  });
}

// ---------------------------------------------------------------------------------------------
// Output

function machine() {
  const c = cpus();
  return {
    cpu: c[0]?.model?.trim() ?? 'unknown CPU',
    cores: c.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${platform()} ${release()}`,
    /** Other work on the machine when the bench started (1-minute load average): timings are wall-clock. */
    load: Number(loadavg()[0].toFixed(2)),
  };
}

function table(): string {
  const head = ['Measurement', 'Median', 'p95', 'Runs', 'Figure', 'Budget', 'Result'];
  const body = rows.map((r) => [
    r.what,
    r.median !== undefined ? ms(r.median) : '',
    r.p95 !== undefined ? ms(r.p95) : '',
    r.n !== undefined ? String(r.n) : '',
    [r.value, r.note].filter(Boolean).join('; '),
    r.budget ?? '',
    r.ok === undefined ? (r.budget ? 'not measured' : '') : r.ok ? 'ok' : 'MISSED',
  ]);
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i >= 1 && i <= 3 ? '---:' : '---')).join(' | ')} |`, ...body.map((c) => `| ${c.map(esc).join(' | ')} |`)].join('\n');
}

async function main() {
  const withBrowser = !flag('--no-browser');
  const corpus = loadCorpus();
  const m = machine();
  // The in-process timings first, on a machine that is not still busy with the builds.
  log(`engine on notes from the ${corpus.name}…`);
  benchEngine(corpus);
  log('context engine…');
  benchContext();
  log('chart reader in happy-dom, every fixture page…');
  await benchReaderHappyDom();
  if (!flag('--no-build')) build(withBrowser);
  benchSizes();
  if (withBrowser) {
    log('Chromium: chart reader and side panel…');
    await benchBrowser();
  } else {
    skipped.push('Chromium measurements: --no-browser');
  }

  const lines = [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.os}; load average ${m.load} at the start`,
    `Notes: ${corpus.name}`,
    ...(skipped.length ? [`Skipped: ${skipped.join('; ')}`] : []),
    '',
    table(),
    '',
    `Budgets missed: ${missed.length ? missed.join('; ') : 'none'}`,
  ];
  if (jsonFile) {
    const json = {
      date: new Date().toISOString(),
      machine: m,
      notes: corpus.name,
      skipped,
      rows: rows.map((r) => ({ id: r.id, what: r.what, medianMs: r.median, p95Ms: r.p95, runs: r.n, figure: r.value, note: r.note, budget: r.budget, ok: r.ok, ...r.data })),
      missed,
    };
    writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
    log(`wrote ${jsonFile}`);
  }
  // The table last, ending with the line of budgets missed.
  process.stdout.write(`${lines.join('\n')}\n`);
  if (flag('--strict') && missed.length) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
