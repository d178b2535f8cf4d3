// `npm start`: the extension under development in a real VS Code, against the built-in sandbox.
//
// With a desktop `code` on PATH it opens a new VS Code window with the extension loaded (like F5) and exits.
// Otherwise (a server, a container, CI) it runs VS Code's own server from npm's code-server (the host that
// scripts/installVsCodeHost.sh puts in the cache, installed on first use) on 127.0.0.1 with the extension as a
// development extension, prints the URL to open in a browser, and runs until Ctrl+C.
//
//   node out/scripts/start.js [--port N] [--workspace DIR] [--version 4.100.3|4.139.1] [--web]
//
// Exit code: 0 after a clean stop (Ctrl+C / SIGTERM) or once the desktop window is launched, 2 on bad usage,
// 1 on any other failure.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { defaultHostVersion, hostCacheDir, hostLabel, readHostInstall, startCodeServer } from '../tools/workbench/codeServer';
import type { CodeServer, HostInstall } from '../tools/workbench/codeServer';
import { UsageError, parseFlags } from '../tools/workbench/commandLine';
import { checkBuilt, extensionBundles, projectRoot } from '../tools/workbench/projectFiles';
import { onStopSignal, signalExitCode } from '../tools/workbench/signals';
import { stepLog } from '../tools/workbench/stepLog';

/** Parsed command line of `npm start`. */
export interface StartOptions {
  /** Port on 127.0.0.1; 0 = a free one. */
  readonly port: number;
  /** Folder opened in the workbench; default {@link defaultPlayground}. */
  readonly workspace: string;
  /** code-server version of the web host. */
  readonly version: string;
  /** Use the web host even when a desktop `code` is on PATH. */
  readonly web: boolean;
}

const usage = `usage: npm start -- [options]     (or: node out/scripts/start.js [options])
  --port N          port on 127.0.0.1 for the web host (default: $PORT, else a free one)
  --workspace DIR   folder to open (default: ${path.join('<cache>', 'playground')}, seeded with a README)
  --version V       code-server version of the web host (default ${defaultHostVersion}; 4.139.1 = newest VS Code)
  --web             use the web host even when a desktop \`code\` is on PATH`;

function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`${source} must be a port number (0-65535), got '${text}'`);
  }
  return port;
}

export function parseStartArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): StartOptions {
  let port = env.PORT !== undefined && env.PORT !== '' ? parsePort(env.PORT, 'PORT') : 0;
  let workspace = defaultPlayground();
  let version = defaultHostVersion;
  let web = false;
  parseFlags(argv, usage, (flag, value) => {
    switch (flag) {
      case '--port':
        port = parsePort(value(), '--port');
        return true;
      case '--workspace':
        workspace = path.resolve(value());
        return true;
      case '--version':
        version = value();
        return true;
      case '--web':
        web = true;
        return true;
      default:
        return false;
    }
  });
  return { port, workspace, version, web };
}

const log = stepLog('start');

/** The folder `npm start` opens by default: outside the clone, so trying things never dirties the repository. */
export function defaultPlayground(): string {
  return path.join(hostCacheDir(), 'playground');
}

const playgroundReadme = `# X API Explorer playground

This folder was created by \`npm start\` in the x-api-explorer repository. The extension runs here as a development
extension; with no credentials set, every lookup is answered by its built-in **sandbox**, an offline emulator of the
X API user lookups, so nothing goes to the network.

## Try it
- Open the **X API** view in the activity bar and click **Try the Sandbox**, or press F1 and run
  **X API: Try the Sandbox**. A read-only JSON result opens: hover any key (\`followers_count\`, \`pinned_tweet_id\`,
  ...) for its documentation; hover a user id for a link that looks that user up.
- F1 → **X API: Open Request Builder**: pick an endpoint, type an id (\`2244994945\` is @XDevelopers, \`783214\` is @X),
  tick fields and expansions, watch the request URL, press Send.
- F1 → **X API: User by ID** asks for an id, then the fields, in quick picks (Ctrl+Alt+X, then N opens the builder).
- F1 → **X API: Save Last Lookup** keeps a lookup in the **Saved Lookups** view; every lookup lands in **History**.
- The sandbox's special cases: ids ending in \`404\` are not found, ids ending in \`403\` are suspended, usernames
  starting with \`missing\` are not found; any other valid id answers a generated user.
- **X API: Set Credentials** switches to the real API (stored in VS Code's SecretStorage); the setting
  \`xapi.sandbox\` = \`always\` keeps the sandbox anyway.

Stop the server with Ctrl+C in the terminal that runs \`npm start\`.
`;

/** Creates the workspace folder and, when it is new or empty of a README, writes the playground README. */
export function preparePlayground(workspace: string): void {
  fs.mkdirSync(workspace, { recursive: true });
  const readme = path.join(workspace, 'README.md');
  if (!fs.existsSync(readme)) {
    fs.writeFileSync(readme, playgroundReadme);
  }
}

/**
 * The desktop VS Code CLI, if one is on PATH. code-server also installs a `code-server` (and some images alias it
 * as `code`); that one cannot open a desktop window, so it is recognised by its path and its `--version`.
 */
export function findDesktopCode(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  const candidate = found.status === 0 ? found.stdout.trim() : '';
  if (candidate === '' || !path.isAbsolute(candidate)) {
    return undefined;
  }
  let real = candidate;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return undefined;
  }
  if (/code-server/i.test(real)) {
    return undefined;
  }
  // Desktop: "1.100.3\n<commit>\nx64". code-server: "4.100.3 <commit> with Code 1.100.3".
  const version = spawnSync(candidate, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  if (version.status !== 0 || /code-server|with Code/i.test(version.stdout)) {
    return undefined;
  }
  return candidate;
}

/** The installer's record for `version`; runs scripts/installVsCodeHost.sh first when it is not installed yet. */
export function ensureHostInstalled(version: string): HostInstall {
  try {
    return readHostInstall(version);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // readHostInstall's own advice is the command run next; only a broken install record is worth quoting.
    log(/is not installed/.test(message) ? `code-server ${version} is not in ${hostCacheDir()} yet` : message);
  }
  const installer = path.join(projectRoot, 'scripts', 'installVsCodeHost.sh');
  log(`installing the VS Code web host (code-server ${version}) into ${hostCacheDir()}: a one-time step of a few`);
  log(`minutes (npm registry + apt), running: bash ${path.relative(process.cwd(), installer) || installer} ${version}`);
  const started = Date.now();
  const result = spawnSync('bash', [installer, version], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    throw new Error(
      `the installer failed (exit ${result.status ?? result.signal}); see its output above. It runs apt-get and ` +
        `npm postinstalls, so it needs root: sudo bash scripts/installVsCodeHost.sh ${version}`,
    );
  }
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return readHostInstall(version);
}

/** Options of {@link startDevHost}. */
export interface DevHostOptions {
  readonly version: string;
  readonly port: number;
  readonly workspace: string;
  /** User settings merged over the quiet defaults of startCodeServer. */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly dataDir?: string;
  readonly onServerOutput?: (line: string) => void;
}

/**
 * Installs the host if needed, seeds the workspace and starts the server with this extension as a development
 * extension (the `payload` of the URL carries extensionDevelopmentPath; no extensionTestsPath, so nothing runs
 * a suite and the window stays open).
 */
export async function startDevHost(options: DevHostOptions): Promise<CodeServer> {
  checkBuilt(extensionBundles);
  ensureHostInstalled(options.version);
  preparePlayground(options.workspace);
  return startCodeServer({
    version: options.version,
    port: options.port,
    workspace: options.workspace,
    extensionDevelopmentPath: projectRoot,
    ...(options.settings === undefined ? {} : { settings: options.settings }),
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.onServerOutput === undefined ? {} : { onServerOutput: options.onServerOutput }),
  });
}

/** Whether the server still answers HTTP (its `/version` endpoint). */
function answers(origin: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${origin}/version`, { timeout: 5_000 }, (response) => {
      response.resume();
      resolve(response.statusCode !== undefined && response.statusCode < 500);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

function launchDesktop(code: string, workspace: string): number {
  preparePlayground(workspace);
  log(`desktop VS Code found (${code}): opening a new window with the extension under development`);
  const args = [`--extensionDevelopmentPath=${projectRoot}`, '--new-window', workspace];
  log(`${code} ${args.join(' ')}`);
  const result = spawnSync(code, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    log(`\`code\` exited with ${result.status ?? result.signal}; \`npm start -- --web\` runs the web host instead`);
    return 1;
  }
  log('with no credentials set, the built-in sandbox answers every lookup; `npm run watch` rebuilds on save');
  log('(reload the development window with "Developer: Reload Window")');
  return 0;
}

async function serve(options: StartOptions): Promise<number> {
  const started = Date.now();
  // Filled in as start-up proceeds; read by the signal handler, which may run at any point.
  const running: { server?: CodeServer; health?: NodeJS.Timeout } = {};
  let stopping: Promise<number> | undefined;
  let resolveDone: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => {
    resolveDone = resolve;
  });
  const stop = (reason: string, code: number): Promise<number> => {
    stopping ??= (async () => {
      clearInterval(running.health);
      log(`${reason}: stopping the VS Code server`);
      await running.server?.stop();
      log('stopped');
      resolveDone(code);
      return code;
    })();
    return stopping;
  };
  // Registered before the server starts, so a Ctrl+C during start-up still kills what was started. Not `once`: a
  // second Ctrl+C while stopping must not cut the stop short and leave the server's process group behind.
  const removeSignalHandler = onStopSignal(
    (signal) => {
      if (running.server === undefined) {
        // startCodeServer's own exit hook kills a server that is still starting.
        process.exit(signalExitCode(signal));
      }
      void stop(signal, 0);
    },
    { once: false },
  );

  log(`starting code-server ${options.version} (VS Code's server) with the extension from ${projectRoot}`);
  const server = await startDevHost({
    version: options.version,
    port: options.port,
    workspace: options.workspace,
    // The playground README greets the user; the quiet defaults of startCodeServer keep everything else closed.
    settings: { 'workbench.startupEditor': 'readme' },
  });
  running.server = server;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const line = '-'.repeat(78);
  console.log(
    [
      '',
      line,
      `  X API Explorer is running in ${hostLabel(server.install)} (web), ready in ${seconds} s.`,
      '',
      '  Open this URL in a browser on this machine (the whole URL: its payload loads the extension):',
      '',
      `    ${server.url}`,
      '',
      `  Workspace: ${server.workspace}`,
      '  No credentials needed: the built-in sandbox answers every lookup offline.',
      '  Try it: the X API icon in the activity bar -> Try the Sandbox, or F1 -> "X API: Try the Sandbox".',
      '  After `npm run build`, reload the browser tab to load the new build.',
      `  Remote machine? Forward the same port: ssh -L ${server.port}:127.0.0.1:${server.port} HOST`,
      '',
      '  Stop: Ctrl+C',
      line,
      '',
    ].join('\n'),
  );

  // A server that died on its own must not leave `npm start` hanging silently.
  let failures = 0;
  const origin = server.origin;
  running.health = setInterval(() => {
    void answers(origin).then((ok) => {
      failures = ok ? 0 : failures + 1;
      if (failures >= 3 && stopping === undefined) {
        log(`the server stopped answering; its last output:\n${server.recentOutput()}`);
        void stop('server gone', 1);
      }
    });
  }, 5_000);

  const code = await done;
  removeSignalHandler();
  return code;
}

async function main(): Promise<number> {
  let options: StartOptions;
  try {
    options = parseStartArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${usage}`);
      return 2;
    }
    throw error;
  }
  if (!options.web) {
    const code = findDesktopCode();
    if (code !== undefined) {
      checkBuilt(extensionBundles);
      return launchDesktop(code, options.workspace);
    }
    log('no desktop VS Code `code` on PATH: using the VS Code web host (code-server)');
  }
  return serve(options);
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      log(`failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
