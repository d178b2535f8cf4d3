// The request builder driven like a user drives it, in a real workbench: VS Code's server (code-server, see
// test/host/codeServer.ts) with the extension under development, headless Chromium as the client. Opens the builder
// from the command palette, fills the form inside the webview, sends, and waits for the result document; then saves
// the lookup and finds it in the Saved Lookups tree. The sandbox answers, so no credentials or network are needed.
//
//   node out/test/ui/builderRoundTrip.js [--version 4.100.3|4.139.1] [--timeout SECONDS] [--verbose]
//
// XAPI_SCREENSHOT_DIR=dir saves builder-dark.png (the workbench) and builder-dark-webview.png (the form alone).
// Exit code 0 when every step passed, 1 otherwise, 124 on timeout. Needs `npm run build` and
// `npm run compile-tests` first.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { defaultHostVersion, startCodeServer } from '../host/codeServer';
import type { CodeServer } from '../host/codeServer';

/** `<repo>/out/test/ui/builderRoundTrip.js` -> `<repo>` */
const projectRoot = path.resolve(__dirname, '..', '..', '..');
const chromiumPath = process.env.XAPI_CHROMIUM ?? '/usr/bin/chromium';
const exitTimeout = 124;

const USER_ID = '2244994945';
const SAVED_NAME = `Round trip ${USER_ID}`;
/** The contracts this checks against: the command's palette title, the view's name. */
const OPEN_BUILDER_TITLE = 'X API: Open Request Builder';
const SAVED_LOOKUPS_FOCUS = 'Focus on Saved Lookups View';
/** Generous: the first open of a webview in a cold workbench takes a few seconds. */
const STEP_TIMEOUT_MS = 30_000;

interface Options {
  readonly version: string;
  readonly timeoutMs: number;
  readonly verbose: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  let version = defaultHostVersion;
  let timeoutMs = 240_000;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version' && argv[i + 1] !== undefined) version = argv[++i];
    else if (arg === '--timeout' && Number(argv[i + 1]) > 0) timeoutMs = Number(argv[++i]) * 1000;
    else if (arg === '--verbose') verbose = true;
    else throw new Error(`unknown or incomplete argument ${arg}`);
  }
  return { version, timeoutMs, verbose };
}

function step(text: string): void {
  console.error(`[builderRoundTrip] ${text}`);
}

function checkBuilt(): void {
  for (const file of ['dist/extension.js', 'dist/webview/builder.js', 'media/builder.css']) {
    if (!fs.existsSync(path.join(projectRoot, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Runs a command through the palette, as a user would: F1, the title, Enter. The palette lists what was registered
 * when it opened, and a development extension's contributions can land a moment after the workbench shows, so a
 * palette without the command is closed and opened again.
 */
async function runFromPalette(page: Page, title: string): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 3_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
}

/**
 * The builder's document: a webview is two nested frames, the outer `iframe.webview` the workbench hosts and the
 * inner `active-frame` that holds the page. The last ready webview is the one just opened.
 */
function builderFrame(page: Page): FrameLocator {
  return page.locator('iframe.webview.ready').last().contentFrame().locator('iframe#active-frame').contentFrame();
}

async function roundTrip(page: Page, screenshotDir: string | undefined): Promise<void> {
  step('waiting for the workbench');
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  // The extension's view container in the activity bar: its contributions are in.
  await page.locator('.activitybar [aria-label^="X API"]').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });

  step(`running "${OPEN_BUILDER_TITLE}" from the command palette`);
  await runFromPalette(page, OPEN_BUILDER_TITLE);

  const builder = builderFrame(page);
  const byId = builder.getByRole('radio', { name: /GET \/2\/users\/:id\b/ });
  await byId.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  step('the builder is open');

  await byId.check();
  await builder.getByLabel('User id', { exact: true }).fill(USER_ID);
  await builder
    .getByRole('group', { name: 'user.fields', exact: true })
    .getByRole('checkbox', { name: 'created_at', exact: true })
    .check();
  // The host validated the form and sent back the URL it will request.
  await builder
    .locator('#xb-url', { hasText: `/2/users/${USER_ID}?user.fields=created_at` })
    .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  step('the URL preview shows the request');

  if (screenshotDir !== undefined) {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const workbench = path.join(screenshotDir, 'builder-dark.png');
    const form = path.join(screenshotDir, 'builder-dark-webview.png');
    await page.screenshot({ path: workbench });
    await page.locator('iframe.webview.ready').last().screenshot({ path: form });
    step(`screenshots: ${workbench}, ${form}`);
  }

  step('clicking Send');
  await builder.getByRole('button', { name: 'Send', exact: true }).click();
  const resultTab = page.locator('.tabs-container .tab', { hasText: USER_ID });
  await resultTab.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  step(`result document opened: "${(await resultTab.first().innerText()).trim()}"`);
  await builder.locator('#xb-status', { hasText: 'Opened' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });

  step(`saving as "${SAVED_NAME}"`);
  await builder.getByRole('button', { name: 'Save…', exact: true }).click();
  const name = builder.getByLabel('Name', { exact: true });
  await name.fill(SAVED_NAME);
  await name.press('Enter');
  await builder.locator('#xb-status', { hasText: `Saved as “${SAVED_NAME}”` }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });

  step('looking for it in the Saved Lookups tree');
  await runFromPalette(page, SAVED_LOOKUPS_FOCUS);
  await page
    .getByRole('treeitem', { name: new RegExp(escapeRegExp(SAVED_NAME)) })
    .first()
    .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  step('the saved lookup is in the tree');
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  checkBuilt();
  if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} not found (set XAPI_CHROMIUM)`);
  const { chromium } = await import('playwright-core');
  const screenshotDir = process.env.XAPI_SCREENSHOT_DIR ? path.resolve(process.env.XAPI_SCREENSHOT_DIR) : undefined;
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-builder-ui-'));
  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  let timer: NodeJS.Timeout | undefined;
  const cleanup = async (): Promise<void> => {
    clearTimeout(timer);
    await context?.close().catch(() => undefined);
    await server?.stop();
    fs.rmSync(tempRoot, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    void cleanup().finally(() => process.exit(128 + os.constants.signals[signal]));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const deadline = new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(exitTimeout), options.timeoutMs);
    });
    const run = async (): Promise<number> => {
      server = await startCodeServer({
        version: options.version,
        dataDir: path.join(tempRoot, 'host'),
        extensionDevelopmentPath: projectRoot,
        settings: {
          // The README screenshot is of the dark theme; the sandbox answers without credentials or network.
          'workbench.colorTheme': 'Default Dark Modern',
          'xapi.sandbox': 'always',
        },
        ...(options.verbose ? { onServerOutput: (line: string) => console.error(`[server] ${line}`) } : {}),
      });
      step(`VS Code server ${server.install.codeServerVersion} at ${server.origin}`);
      context = await chromium.launchPersistentContext(path.join(tempRoot, 'browser'), {
        executablePath: chromiumPath,
        headless: true,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        env: server.env,
        viewport: { width: 1400, height: 900 },
        colorScheme: 'dark',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      const page = context.pages()[0] ?? (await context.newPage());
      if (options.verbose) {
        page.on('console', (message) => console.error(`[browser ${message.type()}] ${message.text()}`));
        page.on('pageerror', (error) => console.error(`[browser pageerror] ${error.message}`));
      }
      await page.goto(server.url);
      try {
        await roundTrip(page, screenshotDir);
      } catch (error) {
        if (screenshotDir !== undefined) {
          await page.screenshot({ path: path.join(screenshotDir, 'builder-failure.png') }).catch(() => undefined);
        }
        throw error;
      }
      return 0;
    };
    const code = await Promise.race([run(), deadline]);
    if (code === exitTimeout) step(`timed out after ${options.timeoutMs / 1000} s`);
    else step('passed');
    return code;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanup();
  }
}

if (require.main === module) {
  // The closing count line is what CI adds up across suites; this suite is one end-to-end test.
  main().then(
    (code) => {
      console.log(code === 0 ? '1 passed, 0 failed' : '0 passed, 1 failed');
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`[builderRoundTrip] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      console.log('0 passed, 1 failed');
      process.exitCode = 1;
    },
  );
}
