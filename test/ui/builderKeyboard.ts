// The request builder from the keyboard alone, in a real workbench (code-server and headless Chromium, as in
// builderRoundTrip.ts): picks "GET /2/users" with the arrow keys, types ids, checks that the cost counts only the ids
// that would be sent, then tabs from the ids box to Send. At every stop the focused control must be one the user can
// see: inside the panel, not under the sticky footer (their boxes are compared), with an outline in the theme's focus
// colour (computed style). Each field group must be one stop, with the arrow keys, Home and End moving inside it and
// Space ticking the focused box. The footer is measured in a tall panel, a short one and a split editor, and must
// take a small share of the short and split ones. Send, pressed from the keyboard, runs the lookup and opens the
// result.
//
//   node out/test/ui/builderKeyboard.js [--version 4.100.3|4.139.1] [--timeout SECONDS] [--verbose]
//
// Exit code 0 when every step passed, 1 otherwise, 124 on timeout. Needs `npm run build` and `npm run compile-tests`.
import { strict as assert } from 'node:assert';
import type { FrameLocator, Page } from 'playwright-core';
import { workbenchViewport } from '../../tools/workbench/browser';
import { defaultHostVersion, startCodeServer } from '../../tools/workbench/codeServer';
import { parseHostFlags } from '../../tools/workbench/commandLine';
import { checkBuilt, extensionBundles, projectRoot } from '../../tools/workbench/projectFiles';
import { stepLog } from '../../tools/workbench/stepLog';
import { STEP_TIMEOUT_MS, builderFrame, openWorkbench, runFromPalette } from '../../tools/workbench/workbench';
import { exitTimeout, runWorkbenchSession } from '../../tools/workbench/workbenchSession';
import { allSelected, describeFooter, focused, footerReport, groupValues, noteSelections, tabTo, themeVariable, whyNotVisible } from './builderFocus';
import type { FocusReport, FooterReport } from './builderFocus';
import { runAsOneTest } from './oneTest';

/** Two users the sandbox knows, then the same with a malformed id and a repeat, which the cost must not count. */
const IDS = '2244994945, 783214';
const IDS_WITH_MISTAKES = '2244994945, 12x, 2244994945, 783214';
const OPEN_BUILDER_TITLE = 'X API: Open Request Builder';
/** From the ids box to Send: the docs link, three groups and their All/None toolbars, the URL, Send. */
const MAX_TAB_STOPS = 10;
/** A page this short gives the builder a short panel (the workbench's title, tabs and status bar take the rest). */
const SHORT_PAGE_HEIGHT = 620;
/** The compact footer's limits: one line in a short panel, two in a narrow one, a small share of the height. */
const ONE_LINE_PX = 56;
const MAX_SHORT_SHARE = 0.12;
const MAX_SPLIT_SHARE = 0.2;

const usage = `usage: node out/test/ui/builderKeyboard.js [options]
  --version V     code-server version of the host (default ${defaultHostVersion})
  --timeout S     overall time limit in seconds (default 240)
  --verbose       print the server's and the browser's output`;

const step = stepLog('builderKeyboard');

/** `#0078d4` or `#0078d480` as getComputedStyle writes it; anything else as it is. */
function cssRgb(color: string): string {
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(color.trim());
  if (!hex) return color.trim();
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex[1].slice(at, at + 2), 16));
  if (hex[2] === undefined || hex[2].toLowerCase() === 'ff') return `rgb(${r}, ${g}, ${b})`;
  const alpha = Math.round((parseInt(hex[2], 16) / 255) * 1000) / 1000;
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Fails with what the user would have missed at `stop`, if anything. */
function assertSeen(stop: FocusReport, focusColor: string, where: string): void {
  const why = whyNotVisible(stop);
  assert.equal(why, undefined, `${where}: ${stop.label} cannot be seen: ${why}`);
  assert.equal(stop.outline.color, focusColor, `${where}: ${stop.label}'s outline is ${stop.outline.color}, not the theme's focusBorder`);
}

function describeStops(stops: readonly FocusReport[]): string {
  return stops.map((stop) => stop.label).join(' → ');
}

async function until(test: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function footerWhen(builder: FrameLocator, ready: (report: FooterReport) => boolean): Promise<FooterReport> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const report = await footerReport(builder);
    if (ready(report)) return report;
    if (Date.now() > deadline) throw new Error(`the builder's panel did not resize: ${describeFooter(report)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The URL preview, once the host has validated the form and `test` holds for its query. */
async function urlWhere(builder: FrameLocator, test: (query: URLSearchParams) => boolean, what: string): Promise<string> {
  const url = builder.locator('#xb-url');
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const text = (await url.textContent()) ?? '';
    const query = new URLSearchParams(text.slice(text.indexOf('?') + 1));
    if (text.includes('?') && test(query)) return text;
    if (Date.now() > deadline) throw new Error(`the URL preview never showed ${what}: ${text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Inside user.fields: the arrow keys, Home and End move among its boxes and Space ticks the focused one. */
async function workInsideGroup(page: Page, builder: FrameLocator, entry: FocusReport, focusColor: string): Promise<void> {
  const values = await groupValues(builder, entry.group);
  assert.ok(values.length > 3, `user.fields has ${values.length} boxes`);
  const last = values.length - 1;
  assert.equal(entry.value, values[0], 'Tab enters the group on its first box');
  const moves: readonly (readonly [string, number])[] = [
    ['ArrowRight', 1],
    ['ArrowDown', 2],
    ['ArrowUp', 1],
    ['ArrowLeft', 0],
    ['ArrowUp', last], // wraps, as in the APG's radio group
    ['ArrowDown', 0],
    ['End', last],
    ['Home', 0],
    ['End', last],
  ];
  for (const [key, index] of moves) {
    await page.keyboard.press(key);
    const now = await focused(builder);
    assert.equal(now.group, entry.group, `${key} stays in the group (focus went to ${now.label})`);
    assert.equal(now.value, values[index], `${key} moves to box ${index} (${values[index]}), not ${now.value}`);
    assertSeen(now, focusColor, `after ${key}`);
  }
  step(`arrows, Home and End move inside user.fields (${values.length} boxes) and keep the box in view`);

  const before = await focused(builder);
  await page.keyboard.press('Space');
  const after = await focused(builder);
  assert.equal(after.value, before.value, 'Space leaves focus where it is');
  assert.equal(after.checked, !before.checked, `Space toggles ${before.value}`);
  const value = before.value;
  await urlWhere(
    builder,
    (query) => (query.get('user.fields') ?? '').split(',').includes(value) === after.checked,
    `user.fields ${after.checked ? 'with' : 'without'} ${value}`,
  );
  step(`Space ${after.checked ? 'ticked' : 'unticked'} ${value}, and the URL preview follows`);
}

async function keyboardOnly(page: Page, url: string): Promise<void> {
  step('waiting for the workbench');
  await openWorkbench(page, url);
  step(`running "${OPEN_BUILDER_TITLE}" from the command palette`);
  await runFromPalette(page, OPEN_BUILDER_TITLE);
  const builder = builderFrame(page);
  const firstEndpoint = builder.locator('#xb-ep-userById');
  await firstEndpoint.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const focusColor = cssRgb(await themeVariable(builder, '--vscode-focusBorder'));
  assert.ok(focusColor !== '', 'the theme sets --vscode-focusBorder');

  // The one pointer-free way in: focus lands on the endpoint the form starts with, as a click on the panel would.
  await firstEndpoint.focus();
  await page.keyboard.press('ArrowDown');
  assert.ok(await builder.locator('#xb-ep-usersByIds').isChecked(), 'ArrowDown picks the next endpoint, GET /2/users');
  await page.keyboard.press('Tab');
  assert.equal((await focused(builder)).id, 'xb-ids', 'Tab goes from the endpoints to the ids box');
  step('GET /2/users picked with the arrow keys; Tab reached the ids box');

  await page.keyboard.type(IDS_WITH_MISTAKES);
  await builder.locator('#xb-cost .full-only', { hasText: 'Estimated cost: 2 users × $0.010 = $0.020' })
    .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  step(`"${IDS_WITH_MISTAKES}" costs 2 users: the malformed id and the repeat are not counted`);
  await noteSelections(builder, '#xb-ids');
  await page.keyboard.press('ControlOrMeta+A');
  // The webview selects, and hands Select All to the workbench, which selects in the webview again a moment later.
  await until(() => allSelected(builder, '#xb-ids', 250), 'Select All selected the ids');
  await page.keyboard.type(IDS);
  await urlWhere(builder, (query) => query.get('ids') === '2244994945,783214', 'the two ids');

  const tall = await footerReport(builder);
  step(`tall panel: ${describeFooter(tall)}`);
  assert.equal(tall.position, 'sticky');

  step(`tabbing from the ids box to Send at ${tall.viewportWidth}×${tall.viewportHeight}`);
  let workedInGroup = false;
  const forward = await tabTo(page, builder, 'xb-send', {
    key: 'Tab',
    max: 40,
    onStop: async (stop) => {
      assertSeen(stop, focusColor, `Tab stop "${stop.label}"`);
      if (stop.group === 'xb-group-userFields' && !workedInGroup) {
        workedInGroup = true;
        await workInsideGroup(page, builder, stop, focusColor);
      }
    },
  });
  step(`${forward.length} Tab stops: ${describeStops(forward)}`);
  const send = forward[forward.length - 1];
  assert.equal(send.id, 'xb-send', `Send not reached in ${forward.length} Tab stops`);
  assert.ok(forward.length <= MAX_TAB_STOPS, `${forward.length} Tab stops from the ids box to Send (at most ${MAX_TAB_STOPS})`);
  assertSeen(send, focusColor, 'Send');
  assert.ok(workedInGroup, 'Tab reached the user.fields group');
  for (const group of ['xb-group-userFields', 'xb-group-expansions', 'xb-group-tweetFields']) {
    assert.equal(forward.filter((stop) => stop.group === group).length, 1, `the boxes of ${group} are one Tab stop`);
  }
  const toolbars = forward.filter((stop) => stop.toolbar !== '');
  assert.equal(new Set(toolbars.map((stop) => stop.toolbar)).size, toolbars.length, 'each All/None toolbar is one Tab stop');

  step(`short panel: the page at ${workbenchViewport.width}×${SHORT_PAGE_HEIGHT}`);
  await page.setViewportSize({ width: workbenchViewport.width, height: SHORT_PAGE_HEIGHT });
  const short = await footerWhen(builder, (report) => report.viewportHeight < tall.viewportHeight);
  step(`short panel: ${describeFooter(short)}`);
  assert.equal(short.position, 'sticky');
  assert.ok(short.height <= ONE_LINE_PX, `the footer of a short panel is one line: ${Math.round(short.height)} px`);
  assert.ok(short.height <= MAX_SHORT_SHARE * short.viewportHeight, `the footer takes ${describeFooter(short)}`);

  // Back up to the ids box and down again: focus scrolls into view both ways, clear of the footer.
  const backward = await tabTo(page, builder, 'xb-ids', {
    key: 'Shift+Tab',
    max: 40,
    onStop: async (stop) => assertSeen(stop, focusColor, `Shift+Tab stop "${stop.label}"`),
  });
  assert.equal(backward[backward.length - 1].id, 'xb-ids', `ids box not reached backwards: ${describeStops(backward)}`);
  assertSeen(backward[backward.length - 1], focusColor, 'the ids box');
  const again = await tabTo(page, builder, 'xb-send', {
    key: 'Tab',
    max: 40,
    onStop: async (stop) => assertSeen(stop, focusColor, `Tab stop "${stop.label}" (short panel)`),
  });
  assert.equal(again.length, forward.length, `the same ${forward.length} Tab stops in a short panel: ${describeStops(again)}`);
  assertSeen(again[again.length - 1], focusColor, 'Send (short panel)');
  step(`short panel: ${backward.length} Shift+Tab stops up to the ids box and ${again.length} Tab stops down, all in view`);

  step('pressing Enter on Send');
  await page.keyboard.press('Enter');
  await builder.locator('#xb-status', { hasText: 'Opened' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const resultTab = page.locator('.tabs-container .tab', { hasText: '783214' });
  await resultTab.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await page.locator('.editor-instance .view-lines', { hasText: '"783214"' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  step(`the lookup ran: "${(await resultTab.first().innerText()).trim()}" shows both users`);

  // The result opened beside the builder: a split editor, the panel half as wide.
  const split = await footerWhen(builder, (report) => report.viewportWidth < short.viewportWidth * 0.75);
  step(`split editor, short: ${describeFooter(split)}`);
  assert.ok(split.height <= MAX_SPLIT_SHARE * split.viewportHeight, `the footer of a split editor takes ${describeFooter(split)}`);
  await page.setViewportSize(workbenchViewport);
  const splitTall = await footerWhen(builder, (report) => report.viewportHeight > split.viewportHeight);
  step(`split editor, tall: ${describeFooter(splitTall)}`);
  assert.ok(splitTall.height <= MAX_SPLIT_SHARE * splitTall.viewportHeight, `the footer of a split editor takes ${describeFooter(splitTall)}`);
}

async function main(): Promise<number> {
  const options = parseHostFlags(process.argv.slice(2), usage, 240_000);
  checkBuilt([...extensionBundles, 'media/builder.css']);
  return runWorkbenchSession(
    {
      log: step,
      tempPrefix: 'xapi-builder-keyboard-',
      timeoutMs: options.timeoutMs,
      verbose: options.verbose,
      look: { colorScheme: 'dark' },
      startServer: (common) =>
        startCodeServer({
          ...common,
          version: options.version,
          extensionDevelopmentPath: projectRoot,
          settings: { 'workbench.colorTheme': 'Default Dark Modern', 'xapi.sandbox': 'always' },
        }),
      afterRun: ({ code }) => {
        if (code !== exitTimeout) step('passed');
      },
    },
    async ({ server, page }) => {
      await keyboardOnly(page, server.url);
      return 0;
    },
  );
}

if (require.main === module) runAsOneTest(main, step, usage);
