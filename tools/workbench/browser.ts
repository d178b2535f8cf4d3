// The client of the VS Code server: Debian's headless Chromium driven by playwright-core, the one browser that needs
// no download from Microsoft or from Playwright's CDN. One launch for the test runner, the UI test and the
// screenshots, so all of them see the same browser.
import * as fs from 'node:fs';
import type { BrowserContext, BrowserType, Page } from 'playwright-core';

/** Debian's path; `XAPI_CHROMIUM` points elsewhere (another distribution, a local build). */
export const chromiumPath = process.env.XAPI_CHROMIUM ?? '/usr/bin/chromium';

/** The window of every run; the README screenshots are cut from it. */
export const workbenchViewport: { readonly width: number; readonly height: number } = { width: 1400, height: 900 };

const chromiumArgs: readonly string[] = [
  '--no-sandbox', // required as root
  // Containers and CI have no GPU and a small /dev/shm.
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Nothing goes to Google's servers: a run is offline apart from the local server.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** How the page renders, for runs that take pictures. */
export interface BrowserLook {
  readonly colorScheme?: 'dark' | 'light';
  readonly deviceScaleFactor?: number;
}

/** playwright-core and the browser, checked up front so a missing one gets the command that fixes it, not a stack. */
export async function loadChromium(): Promise<BrowserType> {
  let chromium: BrowserType;
  try {
    // Loaded lazily: it is a devDependency, and the message below beats a failed require at start-up.
    chromium = (await import('playwright-core')).chromium;
  } catch (error) {
    throw new Error(`playwright-core is not installed (it is a devDependency): run \`npm install\`\n${String(error)}`);
  }
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} not found: run \`sudo scripts/installVsCodeHost.sh\` (it installs Debian's chromium), or set XAPI_CHROMIUM`);
  }
  return chromium;
}

/**
 * Starts the browser with its profile in `userDataDir` and the server's environment (its private HOME, TMPDIR and
 * XDG dirs, so nothing of the user's leaks in or out).
 */
export function launchBrowser(
  chromium: BrowserType,
  userDataDir: string,
  env: Readonly<NodeJS.ProcessEnv>,
  look: BrowserLook = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    // The caller's own signal handler closes the browser and then the server; playwright's would exit first.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env,
    viewport: workbenchViewport,
    ...look,
    args: [...chromiumArgs],
  });
}

/** A persistent context opens with a blank page: that one, rather than a second window. */
export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** The page's console and uncaught errors on stderr (for --verbose). */
export function forwardPageOutput(page: Page): void {
  page.on('console', (message) => console.error(`[browser ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.error(`[browser pageerror] ${error.message}`));
}
