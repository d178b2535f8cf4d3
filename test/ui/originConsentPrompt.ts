// The consent prompt, driven like a user meets it in a real workbench: the user's settings point xapi.baseUrl at an
// origin that is neither X's nor on this machine; the status bar names it; a lookup with a Bearer token set asks, in
// a modal naming the origin and the credential kind, before anything is sent; declining sends nothing, and the answer
// is remembered (the next lookup does not ask again). The origin is never contacted: declining is the only answer.
//
//   node out/test/ui/originConsentPrompt.js [--version 4.100.3|4.139.1] [--timeout SECONDS] [--verbose]
//
// Runs on 4.100.3 only: newer servers load a development extension only under the smoke-test driver, which refuses
// every dialog (see needsSmokeTestDriver in tools/workbench/codeServer.ts); the integration suite checks the same rule on
// both hosts with the question answered in code.
//
// Exit code 0 when every step passed, 1 otherwise, 124 on timeout. Needs `npm run build` and `npm run compile-tests`.
import type { Page } from 'playwright-core';
import { defaultHostVersion, startCodeServer } from '../../tools/workbench/codeServer';
import { parseHostFlags } from '../../tools/workbench/commandLine';
import { checkBuilt, extensionBundles, projectRoot } from '../../tools/workbench/projectFiles';
import { stepLog } from '../../tools/workbench/stepLog';
import { STEP_TIMEOUT_MS, openWorkbench, quickInputClosed, runFromPalette } from '../../tools/workbench/workbench';
import { exitTimeout, runWorkbenchSession } from '../../tools/workbench/workbenchSession';
import { runAsOneTest } from './oneTest';

const ORIGIN = 'https://api.example.invalid';
const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAConsentPromptUiTestToken';

const usage = `usage: node out/test/ui/originConsentPrompt.js [options]
  --version V     code-server version of the host (default ${defaultHostVersion})
  --timeout S     overall time limit in seconds (default 240)
  --verbose       print the server's and the browser's output`;

const step = stepLog('originConsentPrompt');

/** Types into the input box titled `title` (waiting for it: the palette's own box closes first) and presses Enter. */
async function typeIntoQuickInput(page: Page, title: string, text: string): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const input = page.locator('.quick-input-widget input');
  await input.fill(text);
  await page.keyboard.press('Enter');
}

async function lookUpFromPalette(page: Page): Promise<void> {
  await runFromPalette(page, 'X API: User by ID');
  await typeIntoQuickInput(page, 'GET /2/users/:id', '2244994945');
  // The field picker: take none.
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'created_at' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await quickInputClosed(page);
}

async function notification(page: Page, text: string): Promise<void> {
  await page.locator('.notifications-toasts .notification-toast', { hasText: text }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
}

async function scenario(page: Page, url: string): Promise<void> {
  step('waiting for the workbench');
  await openWorkbench(page, url);

  step('setting a Bearer token from the palette');
  await runFromPalette(page, 'X API: Set Credentials');
  const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'App-only Bearer token' }).first();
  await pick.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await pick.click();
  await typeIntoQuickInput(page, 'App-only Bearer token (1/1)', TOKEN);
  await notification(page, 'saved in the secret store');
  // The extension activates on use, so its status item shows from here on.
  await page.locator('.statusbar-item', { hasText: '→ api.example.invalid' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  step('the status bar names the non-default origin');

  step('looking up a user: the modal must ask first');
  await lookUpFromPalette(page);
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const text = await dialog.innerText();
  for (const expected of [`Send your app-only Bearer credentials to ${ORIGIN}?`, 'Your answer is remembered for this origin']) {
    if (!text.includes(expected)) throw new Error(`the prompt does not say "${expected}": ${text}`);
  }
  if (text.includes(TOKEN)) throw new Error('the prompt shows the token');
  step('the prompt names the origin and the credential kind');
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  await notification(page, `Not sent: you chose not to send credentials to ${ORIGIN}`);
  step('declined: not sent');

  step('looking up again: remembered, no second prompt');
  await page.keyboard.press('Escape');
  await page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS }).catch(() => undefined);
  await lookUpFromPalette(page);
  await notification(page, `Not sent: you chose not to send credentials to ${ORIGIN}`);
  if (await dialog.isVisible()) throw new Error('asked a second time');
  step('the answer was remembered');
}

async function main(): Promise<number> {
  const options = parseHostFlags(process.argv.slice(2), usage, 240_000);
  checkBuilt(extensionBundles);
  return runWorkbenchSession(
    {
      log: step,
      tempPrefix: 'xapi-consent-ui-',
      timeoutMs: options.timeoutMs,
      verbose: options.verbose,
      startServer: (common) =>
        startCodeServer({
          ...common,
          version: options.version,
          extensionDevelopmentPath: projectRoot,
          settings: { 'xapi.baseUrl': ORIGIN, 'xapi.sandbox': 'never' },
        }),
      ...(process.env.XAPI_SCREENSHOT_DIR ? { failureScreenshot: `${process.env.XAPI_SCREENSHOT_DIR}/consent-failure.png` } : {}),
      afterRun: ({ code }) => {
        if (code !== exitTimeout) step('passed');
      },
    },
    async ({ server, page }) => {
      await scenario(page, server.url);
      return 0;
    },
  );
}

if (require.main === module) runAsOneTest(main, step, usage);
