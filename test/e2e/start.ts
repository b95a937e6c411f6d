/**
 * `npm start` (after `npm run build`): try the production extension on a demo chart.
 * With a display: Chromium opens, in a throw-away profile, with the extension loaded and a
 * demo EHR page served from 127.0.0.1. Without one: how to load the build by hand.
 *
 *   npm start                 # the demo chart (a Cerner-like summary with red flags)
 *   npm start -- epic.html    # another page from test/fixtures/ehr/
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, FIXTURE_DIR, PROD_DIST, ROOT, chromiumArgs, startFixtureServer, topLevelFixtures } from './harness';

const DEMO = 'cerner.html';
const dist = relative(ROOT, PROD_DIST);

function byHand(why: string): void {
  console.log(`
${why}

Load the extension by hand:
  Chrome / Chromium / Edge: open chrome://extensions, turn on Developer mode,
    choose "Load unpacked" and select the folder ${dist}
  Firefox: npm run build:firefox, then about:debugging → This Firefox →
    "Load Temporary Add-on…" → .output/firefox-mv3/manifest.json

Then, on a chart page: click the toolbar button "Back pain assessment" to read the chart
into the side panel, or select the chief complaint and history, right-click, and choose
"Assess selected text". To have an EHR read without a click, allow its address in the
extension's options.
`);
}

async function main(): Promise<void> {
  if (!existsSync(join(PROD_DIST, 'manifest.json'))) {
    console.error(`No build in ${dist}: run \`npm start\` (it builds first) or \`npm run build\`.`);
    process.exitCode = 1;
    return;
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    byHand(`Built ${dist}. There is no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser is opened.`);
    return;
  }
  if (!existsSync(CHROMIUM)) {
    byHand(`Built ${dist}. Chromium is not installed at ${CHROMIUM} (Debian/Ubuntu: sudo apt-get install chromium; or set CHROMIUM_PATH).`);
    return;
  }

  const page = process.argv[2] ?? DEMO;
  if (!topLevelFixtures().includes(page)) {
    console.error(`No demo page ${page}; choose one of: ${topLevelFixtures().join(', ')} (from ${relative(ROOT, FIXTURE_DIR)}).`);
    process.exitCode = 1;
    return;
  }

  const server = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'backpain-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    ignoreDefaultArgs: ['--enable-automation'],
    args: chromiumArgs(PROD_DIST, { hermetic: false }),
  });
  const cleanUp = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(0)));
  process.once('SIGTERM', () => void cleanUp().then(() => process.exit(0)));

  const tab = context.pages()[0] ?? (await context.newPage());
  await tab.goto(server.url(page));
  console.log(`
Chromium is open with the extension (${dist}) and a demo chart:
  ${server.url(page)}

  • Click the toolbar button "Back pain assessment" (under the puzzle-piece icon; pin it to
    keep it in view): the side panel opens beside the chart and shows what was read —
    features with the words they came from, red flags, the back-pain pattern, and the note.
  • Or select some of the history on the page, right-click, "Assess selected text".
  • Other demo charts:
${topLevelFixtures().map((f) => `      ${server.url(f)}`).join('\n')}

The profile is temporary. Close the browser window (or press Ctrl+C here) to stop.
`);
  await new Promise<void>((resolve) => context.once('close', () => resolve()));
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
