/**
 * Source guards: chart text is rendered as text, never parsed as HTML or run as code, and the
 * extension makes no network request of any kind. Scans every source file of the extension and
 * the engine (components/, entrypoints/, rules/); test helpers live outside those folders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const FOLDERS = ['components', 'entrypoints', 'rules'];
const SOURCE = /\.(?:[cm]?[jt]sx?|html)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : files(path);
    return SOURCE.test(d.name) ? [path] : [];
  });
}

const SOURCES = FOLDERS.flatMap((f) => files(join(ROOT, f))).map((path) => ({
  file: relative(ROOT, path).split('\\').join('/'),
  code: readFileSync(path, 'utf8'),
}));

/** Ways to turn a string into markup or code. */
const HTML_AND_CODE: Array<[string, RegExp]> = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML assignment', /\.innerHTML\s*(?:=|\+=)(?!=)/],
  ['outerHTML assignment', /\.outerHTML\s*(?:=|\+=)(?!=)/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\s*\.\s*write(?:ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment/],
  ['DOMParser', /\bDOMParser\b/],
  ['srcdoc assignment', /\.srcdoc\s*=(?!=)/],
  ['eval(', /(?<![\w.$])eval\s*\(/],
  ['new Function(', /new\s+Function\s*\(/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
];

/** Ways to send anything over the network. */
const NETWORK: Array<[string, RegExp]> = [
  ['fetch(', /(?<![\w$])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['WebTransport', /\bWebTransport\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['dynamic import of a URL', /\bimport\s*\(\s*['"`]https?:/],
];

/**
 * Files that may use one of the above, each for a stated reason that a test below keeps true.
 * page-cli.ts reads a saved chart page from the command line: it writes the saved HTML into
 * an offline, scriptless DOM built for that purpose (not the live page), and no extension
 * entrypoint imports it.
 */
const ALLOWED: Record<string, string[]> = {
  'entrypoints/ehr.content/reader/page-cli.ts': ['document.write'],
};

/** The code with comments blanked (same length), so a comment that names a call does not count. */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
}

function findings(rules: Array<[string, RegExp]>): string[] {
  const out: string[] = [];
  for (const { file, code } of SOURCES) {
    const bare = stripComments(code);
    for (const [name, re] of rules) {
      if (ALLOWED[file]?.includes(name)) continue;
      const m = re.exec(bare);
      if (m) out.push(`${file}:${bare.slice(0, m.index).split('\n').length}: ${name}`);
    }
  }
  return out;
}

describe('source guards', () => {
  it('scans the extension and engine sources', () => {
    const scanned = SOURCES.map((s) => s.file);
    expect(scanned.length).toBeGreaterThan(40);
    for (const folder of FOLDERS) expect(scanned.some((f) => f.startsWith(`${folder}/`))).toBe(true);
    expect(scanned).toContain('components/panel/SourceView.tsx');
    expect(scanned).toContain('entrypoints/background/hub.ts');
  });

  it('never renders a string as HTML or runs a string as code', () => {
    expect(findings(HTML_AND_CODE)).toEqual([]);
  });

  it('makes no network request', () => {
    expect(findings(NETWORK)).toEqual([]);
  });

  it('the patterns catch what they are for', () => {
    const hit = (rules: Array<[string, RegExp]>, line: string) => rules.filter(([, re]) => re.test(stripComments(line))).map(([n]) => n);
    expect(hit(HTML_AND_CODE, '<div dangerouslySetInnerHTML={{ __html: text }} />')).toEqual(['dangerouslySetInnerHTML']);
    expect(hit(HTML_AND_CODE, 'el.innerHTML = text;')).toEqual(['innerHTML assignment']);
    expect(hit(HTML_AND_CODE, 'el.innerHTML += text;')).toEqual(['innerHTML assignment']);
    expect(hit(HTML_AND_CODE, 'if (el.innerHTML === "") {}')).toEqual([]);
    expect(hit(HTML_AND_CODE, 'el.outerHTML = x')).toEqual(['outerHTML assignment']);
    expect(hit(HTML_AND_CODE, "el.insertAdjacentHTML('beforeend', x)")).toEqual(['insertAdjacentHTML']);
    expect(hit(HTML_AND_CODE, 'document.write(x)')).toEqual(['document.write']);
    expect(hit(HTML_AND_CODE, 'const f = eval(x)')).toEqual(['eval(']);
    expect(hit(HTML_AND_CODE, 'retrieval(x); medieval (y)')).toEqual([]);
    expect(hit(HTML_AND_CODE, 'new Function("return 1")')).toEqual(['new Function(']);
    expect(hit(HTML_AND_CODE, "setTimeout('alert(1)', 0)")).toEqual(['string timer']);
    expect(hit(HTML_AND_CODE, '// never use el.innerHTML = x here')).toEqual([]);
    expect(hit(NETWORK, 'await fetch(url)')).toEqual(['fetch(']);
    expect(hit(NETWORK, 'window.fetch (url)')).toEqual(['fetch(']);
    expect(hit(NETWORK, 'prefetch(x); refetch(y)')).toEqual([]);
    expect(hit(NETWORK, 'new XMLHttpRequest()')).toEqual(['XMLHttpRequest']);
    expect(hit(NETWORK, 'new WebSocket(u)')).toEqual(['WebSocket']);
    expect(hit(NETWORK, 'navigator.sendBeacon(u, d)')).toEqual(['sendBeacon']);
    expect(hit(NETWORK, 'new EventSource(u)')).toEqual(['EventSource']);
  });

  it('the chart reader only reads the page: no DOM writes, events or messages to the page', () => {
    const WRITES: Array<[string, RegExp]> = [
      ['node insertion or removal', /\.(?:appendChild|insertBefore|replaceChild|removeChild|replaceWith|replaceChildren|insertAdjacentElement|insertAdjacentText)\s*\(|\.(?:append|prepend|before|after|remove)\s*\(/],
      ['attribute write', /\.(?:setAttribute|removeAttribute|toggleAttribute|setAttributeNS)\s*\(/],
      ['property write', /\.(?:textContent|innerText|outerText|value|checked|selected|src|href|className|id|title)\s*=(?!=)/],
      ['style or class write', /\.style\.[\w-]+\s*=(?!=)|\.style\.setProperty|classList\.(?:add|remove|toggle|replace)\s*\(/],
      ['synthetic event or focus', /\.(?:dispatchEvent|click|focus|blur|submit|requestSubmit)\s*\(/],
      ['message to the page', /\.postMessage\s*\(|window\.open\s*\(|execCommand\s*\(/],
    ];
    const reader = SOURCES.filter((x) => x.file.startsWith('entrypoints/ehr.content/') && !ALLOWED[x.file]);
    expect(reader.length).toBeGreaterThan(3);
    const found: string[] = [];
    for (const { file, code } of reader) {
      const bare = stripComments(code);
      for (const [name, re] of WRITES) {
        const m = re.exec(bare);
        if (m) found.push(`${file}:${bare.slice(0, m.index).split('\n').length}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('listens to no other extension and no web page', () => {
    expect(findings([['external messaging', /onMessageExternal|onConnectExternal|onUserScriptMessage/]])).toEqual([]);
  });

  it('an allowed exception stays out of the extension: only the Node command line imports it', () => {
    for (const file of Object.keys(ALLOWED)) {
      const stem = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
      // rules/cli/ is the command line (Node), not part of the extension.
      const extension = SOURCES.filter((s) => s.file !== file && !s.file.startsWith('rules/cli/'));
      const importers = extension.filter((s) => new RegExp(`from\\s+['"][^'"]*/${stem}['"]|import\\(\\s*['"][^'"]*/${stem}['"]`).test(s.code));
      expect(importers.map((s) => s.file), `${file} is imported by extension code`).toEqual([]);
    }
  });
});
