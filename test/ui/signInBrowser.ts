// Signing in with OAuth 2.0, driven like a user does it in a real workbench and a real browser: the user's settings
// point xapi.baseUrl at a sandbox this process runs on 127.0.0.2 (its documented client id, a free redirect port,
// xapi.sandbox "never"); "X API: Sign In..." from the palette, OAuth 2.0 picked; code-server asks before it opens a
// site that is not on localhost, and the user clicks Open; the sandbox's consent page opens in a new tab, the user
// clicks Approve, the browser follows the redirect to the extension's loopback listener, which says the tab can be
// closed; VS Code says who is signed in, the status bar shows the account, and a `me` lookup from the palette shows
// that user's JSON. Nothing leaves 127.0.0.0/8.
//
//   node out/test/ui/signInBrowser.js [--version 4.100.3] [--timeout SECONDS] [--verbose]
//
// Runs on 4.100.3 only: newer servers load a development extension only under the smoke-test driver, which refuses
// every dialog, the open-this-website one included (see needsSmokeTestDriver in tools/workbench/codeServer.ts); the
// integration suite checks the same flow on both hosts with the browser played over HTTP.
//
// Exit code 0 when every step passed, 1 otherwise, 124 on timeout. Needs `npm run build` and `npm run compile-tests`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { SANDBOX_CLIENT_ID, SANDBOX_OAUTH2 } from '../../src/core/auth/sandboxCredentials';
import type * as SandboxModule from '../../src/sandbox/bundleEntry';
import type { SandboxServer } from '../../src/sandbox/server';
import { defaultHostVersion, startCodeServer } from '../../tools/workbench/codeServer';
import { parseHostFlags } from '../../tools/workbench/commandLine';
import { checkBuilt, extensionBundles, projectRoot } from '../../tools/workbench/projectFiles';
import { stepLog } from '../../tools/workbench/stepLog';
import { STEP_TIMEOUT_MS, openWorkbench, quickInputClosed, runFromPalette } from '../../tools/workbench/workbench';
import { exitTimeout, runWorkbenchSession } from '../../tools/workbench/workbenchSession';
import { runAsOneTest } from './oneTest';
import { freePort } from '../support/freePort';

const usage = `usage: node out/test/ui/signInBrowser.js [options]
  --version V     code-server version of the host (default ${defaultHostVersion})
  --timeout S     overall time limit in seconds (default 240)
  --verbose       print the server's and the browser's output`;

const step = stepLog('signInBrowser');

/** A command's palette title as the manifest gives it (titles are localised strings in package.nls.json). */
function paletteTitle(key: string): string {
  const nls = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const title = nls[key];
  if (typeof title !== 'string') throw new Error(`package.nls.json has no ${key}`);
  return `X API: ${title}`;
}

/** Who the sandbox's user is: what the consent page names and `me` must show. */
async function sandboxUsername(sandbox: SandboxServer): Promise<string> {
  const response = await fetch(`${sandbox.url}/2/users/me`, { headers: { authorization: `Bearer ${SANDBOX_OAUTH2.accessToken}` } });
  const body = (await response.json()) as { data?: { username?: string } };
  if (typeof body.data?.username !== 'string') throw new Error(`the sandbox's /2/users/me answered ${response.status}`);
  return body.data.username;
}

async function notification(page: Page, text: string): Promise<void> {
  await page.locator('.notifications-toasts .notification-toast', { hasText: text }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
}

async function scenario(page: Page, url: string, sandbox: SandboxServer, port: number): Promise<void> {
  const username = await sandboxUsername(sandbox);
  step('waiting for the workbench');
  await openWorkbench(page, url);

  step('X API: Sign In... from the palette, OAuth 2.0');
  await runFromPalette(page, paletteTitle('command.signIn'));
  const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Sign in with X (OAuth 2.0)' }).first();
  await pick.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const tab = page.context().waitForEvent('page', { timeout: STEP_TIMEOUT_MS });
  await pick.click();

  // code-server opens localhost links itself and asks about every other site, 127.0.0.2 included.
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const asked = await dialog.innerText();
  if (!asked.includes(`${sandbox.url}/2/oauth2/authorize`)) throw new Error(`the dialog does not name the consent page: ${asked}`);
  step('code-server asks before opening the consent page; clicking Open');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();

  const consent = await tab;
  await consent.waitForLoadState('domcontentloaded');
  if (!consent.url().startsWith(`${sandbox.url}/2/oauth2/authorize?`)) throw new Error(`the new tab shows ${consent.url()}`);
  await consent.getByText(`@${username}`).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  step(`the consent page opened in a new tab for @${username}; clicking Approve`);
  await consent.getByRole('button', { name: 'Approve', exact: true }).click();
  await consent.getByText('You can close this tab').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const back = new URL(consent.url());
  if (back.origin !== `http://127.0.0.1:${port}` || back.pathname !== '/callback') throw new Error(`the browser ended on ${back.origin}${back.pathname}`);
  step('the loopback listener answered: "You can close this tab"');
  await consent.close();

  await notification(page, `Signed in to X as @${username}`);
  step('VS Code says who signed in');
  await page.locator('.statusbar-item', { hasText: `X API: @${username}` }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  step('the status bar shows the account');

  step('looking up me from the palette');
  await runFromPalette(page, paletteTitle('command.lookupMe'));
  // The field picker: take none.
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'created_at' }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await quickInputClosed(page);
  const editor = page.locator('.editor-instance .monaco-editor .view-lines');
  await editor.filter({ hasText: username }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const shown = (await editor.first().innerText()).replace(/\u00a0/g, ' ');
  if (!shown.includes(`"username": "${username}"`)) throw new Error(`the result does not show the user: ${shown}`);
  await page.locator('.editor-instance .codelens-decoration', { hasText: `as @${username}` }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  step('the result shows the signed-in user, and its lens line says as whom');
}

async function main(): Promise<number> {
  const options = parseHostFlags(process.argv.slice(2), usage, 240_000);
  checkBuilt(extensionBundles);
  // The sandbox runs here, from the bundle the extension would load, on an address code-server does not proxy.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startSandbox } = require(path.join(projectRoot, 'dist', 'sandbox.js')) as typeof SandboxModule;
  const sandbox = await startSandbox({ host: '127.0.0.2' });
  try {
    const port = await freePort();
    return await runWorkbenchSession(
      {
        log: step,
        tempPrefix: 'xapi-sign-in-ui-',
        timeoutMs: options.timeoutMs,
        verbose: options.verbose,
        startServer: (common) =>
          startCodeServer({
            ...common,
            version: options.version,
            extensionDevelopmentPath: projectRoot,
            settings: {
              'xapi.baseUrl': sandbox.url,
              'xapi.sandbox': 'never',
              'xapi.auth.clientId': SANDBOX_CLIENT_ID,
              'xapi.auth.redirectPort': port,
            },
          }),
        ...(process.env.XAPI_SCREENSHOT_DIR ? { failureScreenshot: `${process.env.XAPI_SCREENSHOT_DIR}/sign-in-failure.png` } : {}),
        afterRun: ({ code }) => {
          if (code !== exitTimeout) step('passed');
        },
      },
      async ({ server, page }) => {
        await scenario(page, server.url, sandbox, port);
        return 0;
      },
    );
  } finally {
    await sandbox.close();
  }
}

if (require.main === module) runAsOneTest(main, step, usage);
