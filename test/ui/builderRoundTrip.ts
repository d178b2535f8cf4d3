// The request builder driven like a user drives it, in a real workbench: VS Code's server (code-server, see
// tools/workbench/codeServer.ts) with the extension under development, headless Chromium as the client. Opens the builder
// from the command palette, fills the form inside the webview, sends, and waits for the result document; then saves
// the lookup and finds it in the Saved Lookups tree. The sandbox answers, so no credentials or network are needed.
//
//   node out/test/ui/builderRoundTrip.js [--version 4.100.3|4.139.1] [--timeout SECONDS] [--verbose]
//
// XAPI_SCREENSHOT_DIR=dir saves builder-dark.png (the workbench) and builder-dark-webview.png (the form alone).
// Exit code 0 when every step passed, 1 otherwise, 124 on timeout. Needs `npm run build` and
// `npm run compile-tests` first.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { defaultHostVersion, startCodeServer } from '../../tools/workbench/codeServer';
import { parseHostFlags } from '../../tools/workbench/commandLine';
import { checkBuilt, extensionBundles, projectRoot } from '../../tools/workbench/projectFiles';
import { stepLog } from '../../tools/workbench/stepLog';
import { STEP_TIMEOUT_MS, builderFrame, openWorkbench, runFromPalette, treeItem } from '../../tools/workbench/workbench';
import { exitTimeout, runWorkbenchSession } from '../../tools/workbench/workbenchSession';
import { runAsOneTest } from './oneTest';

const USER_ID = '2244994945';
const SAVED_NAME = `Round trip ${USER_ID}`;
/** The contracts this checks against: the command's palette title, the view's name. */
const OPEN_BUILDER_TITLE = 'X API: Open Request Builder';
const SAVED_LOOKUPS_FOCUS = 'Focus on Saved Lookups View';

const usage = `usage: node out/test/ui/builderRoundTrip.js [options]
  --version V     code-server version of the host (default ${defaultHostVersion})
  --timeout S     overall time limit in seconds (default 240)
  --verbose       print the server's and the browser's output`;

const step = stepLog('builderRoundTrip');

async function roundTrip(page: Page, url: string, screenshotDir: string | undefined): Promise<void> {
  step('waiting for the workbench');
  await openWorkbench(page, url);

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
  await treeItem(page, SAVED_NAME).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  step('the saved lookup is in the tree');
}

async function main(): Promise<number> {
  const options = parseHostFlags(process.argv.slice(2), usage, 240_000);
  checkBuilt([...extensionBundles, 'media/builder.css']);
  const screenshotDir = process.env.XAPI_SCREENSHOT_DIR ? path.resolve(process.env.XAPI_SCREENSHOT_DIR) : undefined;
  return runWorkbenchSession(
    {
      log: step,
      tempPrefix: 'xapi-builder-ui-',
      timeoutMs: options.timeoutMs,
      verbose: options.verbose,
      look: { colorScheme: 'dark' },
      startServer: (common) =>
        startCodeServer({
          ...common,
          version: options.version,
          extensionDevelopmentPath: projectRoot,
          settings: {
            // The README screenshot is of the dark theme; the sandbox answers without credentials or network.
            'workbench.colorTheme': 'Default Dark Modern',
            'xapi.sandbox': 'always',
          },
        }),
      ...(screenshotDir === undefined ? {} : { failureScreenshot: path.join(screenshotDir, 'builder-failure.png') }),
      afterRun: ({ code }) => {
        if (code !== exitTimeout) step('passed');
      },
    },
    async ({ server, page }) => {
      await roundTrip(page, server.url, screenshotDir);
      return 0;
    },
  );
}

if (require.main === module) runAsOneTest(main, step, usage);
