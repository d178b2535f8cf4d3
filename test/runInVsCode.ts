// Runs the integration suite (out/test/integration/index.js) inside a real VS Code extension host: VS Code's own
// server from npm's code-server (installed by scripts/installVsCodeHost.sh) plus Debian's headless Chromium as the
// client, driven by playwright-core. This is the path that works without Microsoft's download servers;
// test/runWithElectron.ts is the desktop path for machines that can download VS Code.
//
//   node out/test/runInVsCode.js [--version 4.100.3|4.139.1] [--timeout SECONDS] [--screenshot DIR]
//                                [--workspace DIR] [--grep PATTERN] [--verbose]
//
// Exit code: the suite's (0 = all passed), 124 on timeout, 2 on bad usage, 1 on any other failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Page } from 'playwright-core';
import { defaultHostVersion, startCodeServer } from '../tools/workbench/codeServer';
import { UsageError, parseHostFlags } from '../tools/workbench/commandLine';
import { checkBuilt, extensionBundles, integrationSuiteIndex, projectRoot } from '../tools/workbench/projectFiles';
import { stepLog } from '../tools/workbench/stepLog';
import { runWorkbenchSession } from '../tools/workbench/workbenchSession';

/** Parsed command line of the runner. */
interface RunnerOptions {
  readonly version: string;
  readonly timeoutMs: number;
  readonly screenshotDir: string | undefined;
  readonly workspace: string | undefined;
  readonly grep: string | undefined;
  readonly verbose: boolean;
}

const usage = `usage: node out/test/runInVsCode.js [options]
  --version V        code-server version installed by scripts/installVsCodeHost.sh (default ${defaultHostVersion})
  --timeout S        overall time limit in seconds (default 300)
  --screenshot DIR   save a PNG of the workbench after the run
  --workspace DIR    folder to open (default: an empty temp folder)
  --grep PATTERN     only run tests whose title matches (passed to mocha as XAPI_TEST_GREP)
  --verbose          print the server's and the browser's own output`;

const log = stepLog('runInVsCode');

function parseArgs(argv: readonly string[]): RunnerOptions {
  let screenshotDir: string | undefined;
  let workspace: string | undefined;
  let grep: string | undefined;
  const host = parseHostFlags(argv, usage, 300_000, (flag, value) => {
    switch (flag) {
      case '--screenshot':
        screenshotDir = path.resolve(value());
        return true;
      case '--workspace':
        workspace = path.resolve(value());
        return true;
      case '--grep':
        grep = value();
        return true;
      default:
        return false;
    }
  });
  return { ...host, screenshotDir, workspace, grep };
}

/**
 * The workbench forwards its own log to the same channel as the extension host's console; these are its routine
 * lines (connection set-up, the chat and agent host of newer versions, the unreachable marketplace,
 * shutdown). Hidden unless
 * --verbose so the mocha report stays readable (a test's own output is unlikely to look like this).
 */
const workbenchChatter: readonly RegExp[] = [
  /^Resolving connection token \(/,
  /^Resolved connection token \(/,
  /^Creating a socket \(/,
  /^Updating additional builtin extensions cache$/,
  /^ChatSessionStore: /,
  /^\[(AgentHost|AgentHost:remote|ChatModelSelection|AccountPolicyGate|reconnection-grace-time)\]/,
  /^\[Service Worker\] registration/,
  /^getaddrinfo (ENOTFOUND|EAI_AGAIN) open-vsx\.org/,
  // 1.139 sometimes reports its own pending requests as canceled while the extension host shuts down.
  /^Canceled: Canceled: Canceled\b/,
];

/** Prints what the workbench forwards from the extension host's console (`%s`/`%d` format strings included). */
class ConsoleForwarder {
  hidden = 0;

  constructor(private readonly verbose: boolean) {}

  readonly forward = (type: unknown, args: unknown): void => {
    const text = Array.isArray(args) ? format(...(args as unknown[])) : String(args);
    if (!this.verbose && workbenchChatter.some((pattern) => pattern.test(text))) {
      this.hidden++;
      return;
    }
    if (type === 'error' || type === 'warn') {
      process.stderr.write(`${text}\n`);
    } else {
      process.stdout.write(`${text}\n`);
    }
  };
}

async function runSuite(options: RunnerOptions): Promise<number> {
  const suiteIndex = integrationSuiteIndex;
  checkBuilt([...extensionBundles, `${suiteIndex}.js`]);
  const forwarder = new ConsoleForwarder(options.verbose);
  return runWorkbenchSession(
    {
      log,
      tempPrefix: 'xapi-vscode-run-',
      timeoutMs: options.timeoutMs,
      verbose: options.verbose,
      startServer: (common) =>
        startCodeServer({
          ...common,
          version: options.version,
          extensionDevelopmentPath: projectRoot,
          extensionTestsPath: suiteIndex,
          ...(options.workspace === undefined ? {} : { workspace: options.workspace }),
          // The extension host inherits the server's environment.
          ...(options.grep === undefined ? {} : { env: { XAPI_TEST_GREP: options.grep } }),
        }),
      afterRun: async ({ code, page, elapsedMs }) => {
        if (page !== undefined) {
          await screenshot(page, options);
        }
        if (forwarder.hidden > 0) {
          log(`${forwarder.hidden} routine workbench log lines hidden (--verbose shows them)`);
        }
        log(`finished in ${(elapsedMs / 1000).toFixed(1)} s with exit code ${code}`);
      },
    },
    async ({ server, page }) => {
      let resolveExit: (code: number) => void = () => undefined;
      const exitCode = new Promise<number>((resolve) => {
        resolveExit = resolve;
      });
      // The workbench calls these globals: the extension host's console output, then the suite's exit code. They
      // must exist before it loads.
      await page.exposeFunction('codeAutomationLog', forwarder.forward);
      await page.exposeFunction('codeAutomationExit', (code: unknown) => resolveExit(typeof code === 'number' ? code : 1));
      page.on('crash', () => {
        log('the workbench page crashed');
        resolveExit(1);
      });
      await page.goto(server.url);
      return exitCode;
    },
  );
}

async function screenshot(page: Page, options: RunnerOptions): Promise<void> {
  if (options.screenshotDir === undefined) {
    return;
  }
  fs.mkdirSync(options.screenshotDir, { recursive: true });
  const file = path.join(options.screenshotDir, `workbench-${options.version}.png`);
  try {
    await page.screenshot({ path: file, timeout: 10_000 });
    log(`screenshot: ${file}`);
  } catch (error) {
    log(`screenshot failed: ${String(error)}`);
  }
}

async function main(): Promise<void> {
  let options: RunnerOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${usage}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  try {
    process.exitCode = await runSuite(options);
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (require.main === module) {
  void main();
}
