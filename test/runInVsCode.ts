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
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import type { BrowserContext, BrowserType, Page } from 'playwright-core';
import { defaultHostVersion, startCodeServer } from './host/codeServer';
import type { CodeServer } from './host/codeServer';

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

const exitTimeout = 124;
const chromiumPath = process.env.XAPI_CHROMIUM ?? '/usr/bin/chromium';
/** `<repo>/out/test/runInVsCode.js` -> `<repo>` */
const projectRoot = path.resolve(__dirname, '..', '..');

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): RunnerOptions {
  let version = defaultHostVersion;
  let timeoutMs = 300_000;
  let screenshotDir: string | undefined;
  let workspace: string | undefined;
  let grep: string | undefined;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) {
        throw new UsageError(`${arg} needs a value`);
      }
      return next;
    };
    switch (arg) {
      case '--version':
        version = value();
        break;
      case '--timeout': {
        const seconds = Number(value());
        if (!Number.isFinite(seconds) || seconds <= 0) {
          throw new UsageError('--timeout takes a positive number of seconds');
        }
        timeoutMs = seconds * 1000;
        break;
      }
      case '--screenshot':
        screenshotDir = path.resolve(value());
        break;
      case '--workspace':
        workspace = path.resolve(value());
        break;
      case '--grep':
        grep = value();
        break;
      case '--verbose':
        verbose = true;
        break;
      case '--help':
      case '-h':
        console.log(usage);
        process.exit(0);
        break;
      default:
        throw new UsageError(`unknown argument ${arg}`);
    }
  }
  return { version, timeoutMs, screenshotDir, workspace, grep, verbose };
}

/** Fails early with the command that fixes it, rather than with a blank workbench. */
function checkBuilt(suiteIndex: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { main?: string };
  const main = manifest.main === undefined ? undefined : path.join(projectRoot, manifest.main);
  if (main !== undefined && !fs.existsSync(main)) {
    throw new Error(`${main} is missing: run \`npm run build\` first`);
  }
  if (!fs.existsSync(`${suiteIndex}.js`)) {
    throw new Error(`${suiteIndex}.js is missing: run \`npm run compile-tests\` first`);
  }
}

/** Loaded lazily so a missing devDependency gets a clear message instead of a stack trace. */
async function loadChromium(): Promise<BrowserType> {
  try {
    return (await import('playwright-core')).chromium;
  } catch (error) {
    throw new Error(`playwright-core is not installed (it is a devDependency): run \`npm install\`\n${String(error)}`);
  }
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
  const suiteIndex = path.join(projectRoot, 'out', 'test', 'integration', 'index');
  checkBuilt(suiteIndex);
  const chromium = await loadChromium();
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} not found: run \`sudo scripts/installVsCodeHost.sh ${options.version}\``);
  }

  const started = Date.now();
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-vscode-run-'));
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
  // Ctrl-C or a CI cancel must not leave a server and a browser behind.
  const onSignal = (signal: NodeJS.Signals): void => {
    console.error(`\n[runInVsCode] ${signal}: stopping`);
    void cleanup().finally(() => process.exit(128 + os.constants.signals[signal]));
  };
  // Last resort if the process exits some other way (the server's process group has its own exit hook).
  const removeTempRootOnExit = (): void => fs.rmSync(tempRoot, { recursive: true, force: true });
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  process.once('exit', removeTempRootOnExit);

  let server: CodeServer | undefined;
  let page: Page | undefined;
  const forwarder = new ConsoleForwarder(options.verbose);
  try {
    const deadline = new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(exitTimeout), options.timeoutMs);
    });
    const run = async (): Promise<number> => {
      serverStart = startCodeServer({
        version: options.version,
        dataDir: path.join(tempRoot, 'host'),
        extensionDevelopmentPath: projectRoot,
        extensionTestsPath: suiteIndex,
        ...(options.workspace === undefined ? {} : { workspace: options.workspace }),
        // The extension host inherits the server's environment.
        ...(options.grep === undefined ? {} : { env: { XAPI_TEST_GREP: options.grep } }),
        ...(options.verbose ? { onServerOutput: (line: string) => console.error(`[server] ${line}`) } : {}),
      });
      server = await serverStart;
      throwIfAborted(aborted);
      console.error(
        `[runInVsCode] VS Code server ${server.install.codeServerVersion} (node ${server.install.nodeVersion}) at ${server.origin}`,
      );
      browserStart = chromium.launchPersistentContext(path.join(tempRoot, 'browser'), {
        executablePath: chromiumPath,
        headless: true,
        // Our own signal handler closes the browser and then the server; playwright's would exit first.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        env: server.env,
        viewport: { width: 1400, height: 900 },
        args: [
          '--no-sandbox', // required as root
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      const context = await browserStart;
      throwIfAborted(aborted);
      page = context.pages()[0] ?? (await context.newPage());
      let resolveExit: (code: number) => void = () => undefined;
      const exitCode = new Promise<number>((resolve) => {
        resolveExit = resolve;
      });
      // The workbench calls these globals: the extension host's console output, then the suite's exit code.
      await page.exposeFunction('codeAutomationLog', forwarder.forward);
      await page.exposeFunction('codeAutomationExit', (code: unknown) => resolveExit(typeof code === 'number' ? code : 1));
      page.on('crash', () => {
        console.error('[runInVsCode] the workbench page crashed');
        resolveExit(1);
      });
      if (options.verbose) {
        page.on('console', (message) => console.error(`[browser ${message.type()}] ${message.text()}`));
        page.on('pageerror', (error) => console.error(`[browser pageerror] ${error.message}`));
      }
      await page.goto(server.url);
      return exitCode;
    };
    // The deadline also covers a hung server start or browser launch.
    const code = await Promise.race([run(), deadline]);
    if (code === exitTimeout) {
      console.error(`[runInVsCode] timed out after ${options.timeoutMs / 1000} s`);
      if (server !== undefined) {
        console.error(`[runInVsCode] last server output:\n${server.recentOutput()}`);
      }
    }
    if (page !== undefined) {
      await screenshot(page, options);
    }
    if (forwarder.hidden > 0) {
      console.error(`[runInVsCode] ${forwarder.hidden} routine workbench log lines hidden (--verbose shows them)`);
    }
    console.error(`[runInVsCode] finished in ${((Date.now() - started) / 1000).toFixed(1)} s with exit code ${code}`);
    return code;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGHUP', onSignal);
    await cleanup();
    process.removeListener('exit', removeTempRootOnExit);
  }
}

function throwIfAborted(aborted: boolean): void {
  if (aborted) {
    throw new Error('run aborted');
  }
}

async function screenshot(page: Page, options: RunnerOptions): Promise<void> {
  if (options.screenshotDir === undefined) {
    return;
  }
  fs.mkdirSync(options.screenshotDir, { recursive: true });
  const file = path.join(options.screenshotDir, `workbench-${options.version}.png`);
  try {
    await page.screenshot({ path: file, timeout: 10_000 });
    console.error(`[runInVsCode] screenshot: ${file}`);
  } catch (error) {
    console.error(`[runInVsCode] screenshot failed: ${String(error)}`);
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
    console.error(`[runInVsCode] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  void main();
}
