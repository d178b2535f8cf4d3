// One run against a live workbench: a temp root, VS Code's server, headless Chromium with one page, then the tool's
// body under an overall deadline. However the run ends (the body returns or throws, the deadline hits while the
// server is still starting, Ctrl+C) the browser is closed, the server's process group killed and the temp root
// removed: a run leaves no processes and no files behind.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { firstPage, forwardPageOutput, launchBrowser, loadChromium } from './browser';
import type { BrowserLook } from './browser';
import { hostLabel, type CodeServer } from './codeServer';
import { onStopSignal, signalExitCode } from './signals';
import type { StepLog } from './stepLog';

/** Exit code of a run that hit its deadline: the one coreutils' `timeout` uses, which CI logs recognise. */
export const exitTimeout = 124;

/** Server options every session sets; spread into those of startCodeServer or startDevHost. */
export interface SessionServerOptions {
  /** The server's private data, inside the temp root. */
  readonly dataDir: string;
  /** Set under --verbose: the server's lines on stderr. */
  readonly onServerOutput?: (line: string) => void;
}

/** Options of {@link runWorkbenchSession}. */
export interface WorkbenchSessionOptions {
  /** The tool's progress lines. */
  readonly log: StepLog;
  /** Start of the temp root's name in os.tmpdir(), so a leftover names its tool. */
  readonly tempPrefix: string;
  readonly timeoutMs: number;
  /** Also print the server's and the browser's own output. */
  readonly verbose: boolean;
  /** Starts the server; `tempRoot` is there for anything else the run needs (a fresh workspace). */
  readonly startServer: (common: SessionServerOptions, tempRoot: string) => Promise<CodeServer>;
  readonly look?: BrowserLook;
  /** Where the page is saved when the body throws: what the workbench showed at that moment. */
  readonly failureScreenshot?: string;
  /** Runs when the body returned or the deadline hit, before anything is closed: the last look at the page. */
  readonly afterRun?: (end: SessionEnd) => Promise<void> | void;
}

/** What the body works with. The page has not navigated yet, so the body can prepare it before it opens the URL. */
export interface WorkbenchSession {
  readonly server: CodeServer;
  readonly page: Page;
  readonly tempRoot: string;
}

/** How a run ended, for {@link WorkbenchSessionOptions.afterRun}. */
export interface SessionEnd {
  /** The body's exit code, or {@link exitTimeout}. */
  readonly code: number;
  /** Undefined when the deadline hit before the browser was up. */
  readonly page: Page | undefined;
  readonly elapsedMs: number;
}

/**
 * Starts the server and the browser, runs `body` and resolves with its exit code, or {@link exitTimeout} when the
 * whole run takes longer than `timeoutMs`. Rejects with the body's error. A stop signal cleans up and exits the
 * process with the signal's status.
 */
export async function runWorkbenchSession(
  options: WorkbenchSessionOptions,
  body: (session: WorkbenchSession) => Promise<number>,
): Promise<number> {
  const { log } = options;
  const chromium = await loadChromium();
  const started = Date.now();
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), options.tempPrefix));
  let timer: NodeJS.Timeout | undefined;
  // Kept as promises so cleanup also reaches a server or browser that was still starting when the deadline hit.
  let serverStart: Promise<CodeServer> | undefined;
  let browserStart: Promise<BrowserContext> | undefined;
  // Set when cleanup begins: a run still starting up must not launch anything after that.
  let aborted = false;
  const cleanup = async (): Promise<void> => {
    aborted = true;
    clearTimeout(timer);
    const context = await browserStart?.catch(() => undefined);
    await context?.close().catch(() => undefined);
    const server = await serverStart?.catch(() => undefined);
    await server?.stop();
    fs.rmSync(tempRoot, { recursive: true, force: true });
  };
  const removeSignalHandler = onStopSignal(
    (signal) => {
      // A line of its own, past the ^C the terminal echoed.
      process.stderr.write('\n');
      log(`${signal}: stopping`);
      void cleanup().finally(() => process.exit(signalExitCode(signal)));
    },
    { once: true },
  );
  // Last resort if the process exits some other way (the server's process group has its own exit hook).
  const removeTempRootOnExit = (): void => fs.rmSync(tempRoot, { recursive: true, force: true });
  process.once('exit', removeTempRootOnExit);

  let server: CodeServer | undefined;
  let page: Page | undefined;
  try {
    const deadline = new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(exitTimeout), options.timeoutMs);
    });
    const run = async (): Promise<number> => {
      serverStart = options.startServer(
        {
          dataDir: path.join(tempRoot, 'host'),
          ...(options.verbose ? { onServerOutput: (line: string) => console.error(`[server] ${line}`) } : {}),
        },
        tempRoot,
      );
      server = await serverStart;
      throwIfAborted(aborted);
      log(`${hostLabel(server.install)} (node ${server.install.nodeVersion}) at ${server.origin}`);
      browserStart = launchBrowser(chromium, path.join(tempRoot, 'browser'), server.env, options.look);
      const context = await browserStart;
      throwIfAborted(aborted);
      page = await firstPage(context);
      if (options.verbose) {
        forwardPageOutput(page);
      }
      try {
        return await body({ server, page, tempRoot });
      } catch (error) {
        await saveFailureScreenshot(page, options);
        throw error;
      }
    };
    // The deadline also covers a hung server start or browser launch.
    const code = await Promise.race([run(), deadline]);
    if (code === exitTimeout) {
      log(`timed out after ${options.timeoutMs / 1000} s`);
      if (server !== undefined) {
        log(`last server output:\n${server.recentOutput()}`);
      }
    }
    await options.afterRun?.({ code, page, elapsedMs: Date.now() - started });
    return code;
  } finally {
    removeSignalHandler();
    await cleanup();
    process.removeListener('exit', removeTempRootOnExit);
  }
}

function throwIfAborted(aborted: boolean): void {
  if (aborted) {
    throw new Error('run aborted');
  }
}

async function saveFailureScreenshot(page: Page, options: WorkbenchSessionOptions): Promise<void> {
  const file = options.failureScreenshot;
  if (file === undefined) {
    return;
  }
  // Best effort: the page may be what failed.
  await page.screenshot({ path: file }).then(
    () => options.log(`failed; the workbench at that moment: ${file}`),
    () => undefined,
  );
}
