// The README screenshots, taken from a real run: the web host of `npm start` (scripts/start.ts) with the extension
// under development, headless Chromium at 1400x900 in the Dark Modern theme, the sandbox answering. Drives the
// workbench like a user (command palette, quick picks, the builder's form, the mouse over a result) and writes:
//
//   media/screenshots/builder.png   the request builder with an id typed and fields ticked
//   media/screenshots/tree.png      the X API view: saved lookups and history
//   media/screenshots/hover.png     a result document with a field's documentation hover
//
//   node out/scripts/screenshots.js [--out DIR] [--version 4.100.3|4.139.1] [--timeout SECONDS] [--verbose]
//
// Needs `npm run build` first. Exit code 0 when all three were written, 1 otherwise, 124 on timeout.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { workbenchViewport as VIEWPORT } from '../tools/workbench/browser';
import { defaultHostVersion } from '../tools/workbench/codeServer';
import { describeFailure, parseHostFlags } from '../tools/workbench/commandLine';
import { projectRoot } from '../tools/workbench/projectFiles';
import { stepLog } from '../tools/workbench/stepLog';
import { STEP_TIMEOUT_MS, XAPI_ICON, builderFrame, openWorkbench, quickInputClosed, runFromPalette, treeItem } from '../tools/workbench/workbench';
import { exitTimeout, runWorkbenchSession } from '../tools/workbench/workbenchSession';
import { startDevHost } from './start';

interface Options {
  readonly outDir: string;
  readonly version: string;
  readonly timeoutMs: number;
  readonly verbose: boolean;
}

const usage = `usage: node out/scripts/screenshots.js [options]
  --out DIR       where the PNGs go (default media/screenshots)
  --version V     code-server version of the host (default ${defaultHostVersion})
  --timeout S     overall time limit in seconds (default 240)
  --verbose       print the server's and the browser's output`;

const USER_ID = '2244994945';

function parseArgs(argv: readonly string[]): Options {
  let outDir = path.join(projectRoot, 'media', 'screenshots');
  const host = parseHostFlags(argv, usage, 240_000, (flag, value) => {
    if (flag !== '--out') return false;
    outDir = path.resolve(value());
    return true;
  });
  return { ...host, outDir };
}

const step = stepLog('screenshots');

// ---------------------------------------------------------------------------------------------------------------
// Driving the workbench

/** No toasts, no palette, no stray hover: the state every screenshot starts from. */
async function tidy(page: Page): Promise<void> {
  await runFromPalette(page, 'Notifications: Clear All Notifications');
  await quickInputClosed(page);
  await page.locator('.notification-toast').first().waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS }).catch(() => undefined);
}

/** A single-user lookup command of the palette: its title and the heading of its input box. */
interface LookupCommand {
  readonly title: string;
  readonly heading: string;
}

const BY_ID: LookupCommand = { title: 'X API: User by ID', heading: 'GET /2/users/:id' };
const BY_USERNAME: LookupCommand = { title: 'X API: User by Username', heading: 'GET /2/users/by/username/:username' };

/**
 * A lookup through the palette: the id or username in the input box, then the wanted fields ticked in the
 * multi-select pick (typed to filter, then the row's checkbox; user.fields values only), Enter to send. Resolves
 * when the result tab is open.
 */
async function lookUp(page: Page, command: LookupCommand, value: string, fields: readonly string[]): Promise<void> {
  await runFromPalette(page, command.title);
  const input = page.locator('.quick-input-widget input');
  await page.locator('.quick-input-widget', { hasText: command.heading }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(value);
  await page.keyboard.press('Enter');
  // The second step is the field pick: its rows are the field values.
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'created_at' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  for (const field of fields) {
    await input.fill(field);
    // Each row is a checkbox labelled "<value>, <doc>" under its parameter's separator, or "<value>, <parameter>,
    // <doc>" when the value is in two groups (created_at). The first match is user.fields', the first group.
    const rows = '.quick-input-widget .monaco-list-row';
    const row = page.locator(`${rows}[aria-label^="${field}, user.fields,"]`).or(page.locator(`${rows}[aria-label^="${field}, "]`)).first();
    await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    // The picker preselects what was picked last time for this endpoint: tick only what is not ticked yet.
    if ((await row.getAttribute('aria-checked')) !== 'true') await row.locator('.monaco-checkbox').first().click();
    await page.locator(`${rows}[aria-checked="true"][aria-label^="${field}, "]`).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  }
  await input.fill('');
  await page.keyboard.press('Enter');
  await quickInputClosed(page);
  await page.locator('.tabs-container .tab.active', { hasText: value }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
}

/** F1 → "X API: Save Last Lookup", the prefilled name replaced. */
async function saveLastLookup(page: Page, name: string): Promise<void> {
  await runFromPalette(page, 'X API: Save Last Lookup');
  const input = page.locator('.quick-input-widget input');
  await page.locator('.quick-input-widget', { hasText: 'Save Lookup' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(name);
  await page.keyboard.press('Enter');
  await quickInputClosed(page);
}

/** The bounding box of a locator, or an explanatory error. */
async function box(locator: Locator, what: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (found === null) throw new Error(`${what} is not on screen`);
  return found;
}

async function save(page: Page, file: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
  await page.screenshot({ path: file, ...(clip === undefined ? {} : { clip }) });
  step(`wrote ${path.relative(process.cwd(), file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
}

// ---------------------------------------------------------------------------------------------------------------
// The three pictures

async function builderShot(page: Page, file: string): Promise<void> {
  await runFromPalette(page, 'View: Close All Editors');
  await quickInputClosed(page);
  step('builder: F1 → "X API: Open Request Builder"');
  await runFromPalette(page, 'X API: Open Request Builder');
  const builder = builderFrame(page);
  const byId = builder.getByRole('radio', { name: /GET \/2\/users\/:id\b/ });
  await byId.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await byId.check();
  await builder.getByLabel('User id', { exact: true }).fill(USER_ID);
  const tick = async (group: string, value: string): Promise<void> => {
    await builder.getByRole('group', { name: group, exact: true }).getByRole('checkbox', { name: value, exact: true }).check();
  };
  for (const value of ['created_at', 'description', 'public_metrics', 'verified_type']) await tick('user.fields', value);
  await tick('expansions', 'pinned_tweet_id');
  await tick('tweet.fields', 'created_at');
  await builder
    .locator('#xb-url', { hasText: `/2/users/${USER_ID}?` })
    .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await builder.locator('#xb-url', { hasText: 'pinned_tweet_id' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  // The id field keeps the caret blinking; move focus to the URL preview so the picture is stable. Then the form
  // from the endpoint list down, so the chosen endpoint, the id and the ticked fields are all in view.
  await builder.locator('#xb-url').focus();
  await builder.locator('#xb-endpoint').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await tidy(page);
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height / 2);
  await page.waitForTimeout(400);
  await save(page, file);
}

async function treeShot(page: Page, file: string): Promise<void> {
  const saved: readonly { command: LookupCommand; value: string; fields: readonly string[]; name: string }[] = [
    { command: BY_ID, value: USER_ID, fields: ['public_metrics', 'created_at'], name: '@XDevelopers metrics' },
    { command: BY_USERNAME, value: 'XDevelopers', fields: ['description', 'verified_type'], name: 'XDevelopers profile' },
    { command: BY_ID, value: '1404', fields: [], name: 'Not found (ends in 404)' },
  ];
  for (const lookup of saved) {
    step(`tree: look up ${lookup.value} (${lookup.fields.join(', ') || 'no fields'}) and save it as "${lookup.name}"`);
    await lookUp(page, lookup.command, lookup.value, lookup.fields);
    await saveLastLookup(page, lookup.name);
  }
  // One more, unsaved, so History holds more than Saved Lookups.
  step('tree: one more lookup for the history');
  await lookUp(page, BY_ID, '783214', ['public_metrics']);

  step('tree: opening the X API view from the activity bar');
  const icon = page.locator(XAPI_ICON).first();
  await icon.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  if ((await icon.getAttribute('aria-expanded')) !== 'true') await icon.click();
  const sidebar = page.locator('.part.sidebar');
  for (const name of saved.map((lookup) => lookup.name)) {
    await treeItem(sidebar, name).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  }
  const historyPane = sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: 'History' }) });
  await historyPane.getByRole('treeitem').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await widenSideBar(page, 430);
  // Saved Lookups needs only a few rows: give History the rest, so the picture has no empty half.
  const savedItems = await sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Saved Lookups' }) }).getByRole('treeitem').all();
  const lastSaved = await box(savedItems[savedItems.length - 1]!, 'the last saved lookup');
  const historyHeader = await box(historyPane.locator('.pane-header'), 'the History header');
  await dragBetween(page, { x: historyHeader.x + historyHeader.width / 2, y: historyHeader.y }, { x: historyHeader.x + historyHeader.width / 2, y: lastSaved.y + lastSaved.height + 24 });
  // One result beside the tree, its tab and its lens (status, rate limit, Rerun, Copy as cURL, Save) in full.
  await runFromPalette(page, 'View: Close Other Editors in Group');
  await quickInputClosed(page);
  await tidy(page);
  // The mouse away so no row and no activity bar icon is hovered.
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 40);
  await page.waitForTimeout(500);
  const historyItems = await historyPane.getByRole('treeitem').all();
  const lastHistory = await box(historyItems[historyItems.length - 1]!, 'the last history entry');
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  const lens = await box(editor.locator('.codelens-decoration').first(), 'the result lens');
  const lines = await box(editor.locator('.view-lines'), 'the result text');
  const lastLine = await box(editor.locator('.view-line', { hasText: /^\}$/ }).last(), 'the last line');
  const width = Math.min(VIEWPORT.width, Math.round(lens.x + lens.width + 32));
  const height = Math.min(VIEWPORT.height, Math.round(Math.max(lastHistory.y + lastHistory.height, Math.min(lastLine.y + lastLine.height, lines.y + lines.height)) + 24));
  await save(page, file, { x: 0, y: 0, width, height });
}

/** A mouse drag in small steps (sashes follow mousemove events). */
async function dragBetween(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  await page.waitForTimeout(300);
}

/** Drags the sash on the side bar's right edge, so saved lookups' names and descriptions are not cut short. */
async function widenSideBar(page: Page, width: number): Promise<void> {
  const bar = await box(page.locator('.part.sidebar'), 'the side bar');
  const y = bar.y + bar.height / 2;
  await dragBetween(page, { x: bar.x + bar.width, y }, { x: bar.x + width, y });
}

async function hoverShot(page: Page, file: string): Promise<void> {
  step(`hover: look up ${USER_ID} with public_metrics and entities`);
  await runFromPalette(page, 'View: Close All Editors');
  await quickInputClosed(page);
  await lookUp(page, BY_ID, USER_ID, ['public_metrics', 'entities']);
  await tidy(page);
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  // The entities come first and are long: fold them (JSON folding comes with the virtual .json document), which
  // brings public_metrics up under the tab and the result lens.
  step('hover: folding "entities"');
  const entities = editor.locator('.view-lines span', { hasText: /^"entities"$/ }).first();
  await entities.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await entities.click();
  await page.keyboard.press('Control+Shift+BracketLeft');
  await editor.locator('.inline-folded').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  // The caret back to the top (no scroll: line 1 is in view), away from the key.
  await page.keyboard.press('Control+Home');
  const key = editor.locator('.view-lines span', { hasText: /^"followers_count"$/ }).first();
  await key.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const target = await box(key, '"followers_count"');
  if (target.y + target.height > VIEWPORT.height - 200) throw new Error('"followers_count" is too low for its hover to fit below it');

  step('hover: moving the mouse over "followers_count"');
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'followers_count' }).first();
  // The first move over a fresh editor sometimes shows nothing (the request is dropped while the document settles);
  // leaving and coming back asks again.
  for (let attempt = 1; ; attempt++) {
    // Approach from the left in steps, as a hand would: the editor reacts to mousemove, not to a jump.
    await page.mouse.move(target.x - 40, target.y + target.height / 2);
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
    try {
      await hover.waitFor({ state: 'visible', timeout: 3_000 });
      break;
    } catch (error) {
      if (attempt === 5) throw error;
      await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 40);
      await page.waitForTimeout(500);
    }
  }
  await page.waitForTimeout(500);
  const h = await box(hover, 'the hover');
  const ed = await box(editor, 'the editor');
  const lens = await box(editor.locator('.codelens-decoration').first(), 'the result lens');
  // The editor with its tab and lens, down to just below the hover.
  const x = Math.round(ed.x);
  const y = Math.max(0, Math.round(ed.y) - 36);
  const right = Math.min(VIEWPORT.width, Math.round(Math.max(h.x + h.width, lens.x + lens.width) + 32));
  const bottom = Math.min(VIEWPORT.height, Math.round(h.y + h.height + 24));
  await save(page, file, { x, y, width: right - x, height: bottom - y });
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  fs.mkdirSync(options.outDir, { recursive: true });
  return runWorkbenchSession(
    {
      log: step,
      tempPrefix: 'xapi-screenshots-',
      timeoutMs: options.timeoutMs,
      verbose: options.verbose,
      look: { colorScheme: 'dark', deviceScaleFactor: 1 },
      startServer: (common, tempRoot) =>
        startDevHost({
          ...common,
          version: options.version,
          port: 0,
          // A folder named like the `npm start` playground, but fresh, so every run starts from the same state.
          workspace: path.join(tempRoot, 'playground'),
          settings: {
            'workbench.colorTheme': 'Default Dark Modern',
            'xapi.sandbox': 'always',
            // Calmer pictures: no minimap, sticky scroll or breadcrumbs; a caret that does not blink; hovers below.
            'editor.minimap.enabled': false,
            'editor.stickyScroll.enabled': false,
            'editor.cursorBlinking': 'solid',
            'editor.hover.above': false,
            'breadcrumbs.enabled': false,
          },
        }),
      // Outside the temp root, which is gone by the time anyone looks.
      failureScreenshot: path.join(os.tmpdir(), 'xapi-screenshots-failure.png'),
      afterRun: ({ code, elapsedMs }) => {
        if (code !== exitTimeout) step(`done in ${(elapsedMs / 1000).toFixed(1)} s`);
      },
    },
    async ({ server, page }) => {
      await openWorkbench(page, server.url);
      await runFromPalette(page, 'View: Close All Editors');
      await quickInputClosed(page);
      // The tree first: its lookups also fill the side bar that frames the builder's picture.
      await treeShot(page, path.join(options.outDir, 'tree.png'));
      await builderShot(page, path.join(options.outDir, 'builder.png'));
      await hoverShot(page, path.join(options.outDir, 'hover.png'));
      return 0;
    },
  );
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      step(`FAILED: ${describeFailure(error, usage)}`);
      process.exitCode = 1;
    },
  );
}
