/**
 * `npm run assess` — the engine on the command line. The only module under rules/ that
 * touches Node: it reads input, calls the pure engine and prints.
 *   assess FILE | -        readable report (stdin when no file is given)
 *   assess --json FILE     one JSON object
 *   assess --jsonl         batch: {"id","text"} per stdin line → {"id","features","findings"}
 *   assess --context-jsonl batch: {"id","sentence","target"} → {"id","negation","temporality","experiencer"}
 *   assess --page FILE.html   read a saved chart page like the extension does, then assess it
 */
import { readFileSync } from 'node:fs';
import { classifySentence } from '../context/classify';
import { captureText, type Capture } from '@/entrypoints/background/messages';
import { readSavedPage } from '@/entrypoints/ehr.content/reader/page-cli';
import { assessText } from '../assess';
import { withBanner } from '../edits';
import { runRules } from '../findings/engine';
import { checkText } from '../input';
import { formatAssessment } from '../report/text';

const USAGE = 'usage: npm run assess -- [--json] [FILE | -]\n       npm run assess -- [--json] --page FILE.html\n       npm run assess -- --jsonl < cases.jsonl\n       npm run assess -- --context-jsonl < sentences.jsonl';

function fail(message: string, code = 2): never {
  process.stderr.write(`assess: ${message}\n`);
  process.exit(code);
}

function readInput(file: string | undefined): string {
  try {
    const buf = file && file !== '-' ? readFileSync(file) : readFileSync(0);
    return buf.toString('utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') fail(`no such file: ${file}`);
    if (err.code === 'EISDIR') fail(`${file} is a directory, not a note`);
    if (err.code === 'EAGAIN' || err.code === 'EOF') return '';
    fail(`cannot read ${file ?? 'standard input'}: ${err.message}`);
  }
}

function* jsonLines(input: string): Generator<Record<string, unknown>> {
  let n = 0;
  for (const line of input.split('\n')) {
    n++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      fail(`line ${n} is not JSON`);
    }
    if (!value || typeof value !== 'object') fail(`line ${n} is not a JSON object`);
    yield value as Record<string, unknown>;
  }
}

function main(argv: string[]) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const files = argv.filter((a) => !a.startsWith('--'));
  for (const f of flags) if (!['--json', '--jsonl', '--context-jsonl', '--page', '--help'].includes(f)) fail(`unknown option ${f}\n${USAGE}`);
  if (flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (files.length > 1) fail(`one file at a time\n${USAGE}`);

  if (flags.has('--page')) {
    if (!files[0]) fail(`--page needs a saved .html file\n${USAGE}`);
    assessPage(readInput(files[0]), flags.has('--json'));
    return;
  }
  const input = readInput(files[0]);
  if (flags.has('--context-jsonl')) {
    const out: string[] = [];
    for (const row of jsonLines(input)) {
      const c = classifySentence(String(row.sentence ?? ''), String(row.target ?? ''));
      out.push(JSON.stringify({ id: row.id, ...c }));
    }
    process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
    return;
  }
  if (flags.has('--jsonl')) {
    const out: string[] = [];
    for (const row of jsonLines(input)) {
      const checked = checkText(String(row.text ?? ''));
      if (!checked.ok) {
        out.push(JSON.stringify({ id: row.id, error: checked.reason, features: [], findings: [] }));
        continue;
      }
      const a = assessText(checked.text);
      const features = a.features.map((f) => ({
        id: f.id,
        status: f.status,
        ...(f.value !== undefined ? { value: f.value } : {}),
        evidence: f.evidence.map((e) => ({ start: e.start, end: e.end })),
      }));
      const findings = a.findings.map((f) => ({ id: f.id, severity: f.severity, because: f.because, snippets: f.snippets }));
      out.push(JSON.stringify({ id: row.id, features, findings }));
    }
    process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
    return;
  }
  const checked = checkText(input);
  if (!checked.ok) fail(checked.reason);
  const assessed = assessText(checked.text);
  // Like the panel: with no back-pain content there is nothing to assess, so no findings.
  const a = assessed.features.length ? assessed : { ...assessed, findings: [], malignancy: undefined, generalAdvice: false };
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify(a, null, 2)}\n`);
  else process.stdout.write(`${formatAssessment(a)}\n`);
}

/** A saved chart page: the reader's capture (or why there is none), then the assessment of it. */
function assessPage(html: string, json: boolean) {
  if (!html.trim()) fail('the page is empty');
  if (html.includes('\u0000')) fail('the page looks binary (it contains NUL bytes), not HTML');
  const capture: Capture = readSavedPage(html);
  const text = captureText(capture);
  const readable = text.trim().length > 0;
  const { features: fromText } = readable ? assessText(text) : { features: [] };
  const features = withBanner(fromText, { age: capture.age, sex: capture.sex });
  // A page with nothing readable has nothing to assess: no findings, only the reason.
  const assessment = readable ? { features, ...runRules(features) } : { features, ...runRules([]), findings: [] };
  if (json) {
    const summary = readable || capture.age !== null || capture.sex !== null
      ? { chiefComplaint: capture.chiefComplaint, hpi: capture.hpi ?? capture.text, age: capture.age, sex: capture.sex }
      : null;
    process.stdout.write(`${JSON.stringify({ capture: summary, ...(summary ? {} : { reason: capture.reason ?? 'nothing readable on this page' }), features, findings: assessment.findings }, null, 2)}\n`);
    return;
  }
  const where = capture.where.map((w) => `${w.part}: ${w.label}`).join('; ');
  process.stdout.write(
    [
      'Captured from the page',
      `  Chief complaint: ${capture.chiefComplaint ?? '—'}`,
      `  HPI: ${capture.hpi ?? capture.text ?? '—'}`,
      `  Age: ${capture.age ?? '—'}   Sex: ${capture.sex ?? '—'}`,
      ...(where ? [`  Where: ${where}`] : []),
      ...(capture.reason ? [`  Note: ${capture.reason}`] : []),
      '',
      readable ? formatAssessment(assessment) : 'Nothing to assess on this page.',
      '',
    ].join('\n'),
  );
}

try {
  main(process.argv.slice(2));
} catch (e) {
  fail(`internal error: ${(e as Error).message}`, 1);
}
