// Starts and stops the real VS Code server that scripts/installVsCodeHost.sh put in the cache. Shared by the
// integration test runner (test/runInVsCode.ts) and anything that wants a live workbench (a future `npm start`).
//
// The extension host only starts when a browser client connects, so callers open `url` in a browser; the URL
// already carries the folder to open and the development payload (extensionDevelopmentPath, extensionTestsPath).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The code-server version used when none is given: VS Code 1.100.3, our minimum (`engines.vscode`). */
export const defaultHostVersion = '4.100.3';

/** What scripts/installVsCodeHost.sh records in `<cache>/code-server-<version>/.xapi-host.json`. */
export interface HostInstall {
  /** The npm code-server version, e.g. `4.100.3`. */
  readonly codeServerVersion: string;
  /** The node binary the native modules were built for; the server must run on it. */
  readonly node: string;
  /** `node --version` of that binary. */
  readonly nodeVersion: string;
  /** Absolute path of VS Code's `out/server-main.js` inside the package. */
  readonly serverMain: string;
}

/** Options of {@link startCodeServer}. */
export interface CodeServerOptions {
  /** code-server version installed in the cache; default {@link defaultHostVersion}. */
  readonly version?: string;
  /** Cache folder of the installer; default `$XAPI_HOST_CACHE` or `~/.cache/x-api-explorer`. */
  readonly cacheDir?: string;
  /** Folder of the extension under development (loaded like F5 does); omitted = no development extension. */
  readonly extensionDevelopmentPath?: string;
  /** Compiled suite index without `.js`; when set the workbench runs the suite and reports through the driver. */
  readonly extensionTestsPath?: string;
  /** Folder opened in the workbench; default an empty folder inside the data dir. */
  readonly workspace?: string;
  /**
   * Private folder for user data, server data, extensions, HOME, TMPDIR and XDG dirs. Default a fresh temp folder,
   * removed by `stop()`. A folder passed here is left in place (the caller owns it).
   */
  readonly dataDir?: string;
  /** Extra user settings, merged over the quiet defaults. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Extra environment for the server; the extension host inherits it. */
  readonly env?: Readonly<Record<string, string>>;
  /** Receives every line the server prints; default: kept only for error messages. */
  readonly onServerOutput?: (line: string) => void;
  /** Port on 127.0.0.1; default 0 (a free one). A fixed port suits a long-lived dev session. */
  readonly port?: number;
  /** How long to wait for the server to listen; default 60 s. */
  readonly startTimeoutMs?: number;
}

/** A running server; `stop()` must be called (it is idempotent). */
export interface CodeServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Workbench URL with the folder and the development payload. */
  readonly url: string;
  readonly workspace: string;
  readonly dataDir: string;
  readonly install: HostInstall;
  /** Environment of the server process (private HOME, TMPDIR, XDG dirs); handy for a browser started next to it. */
  readonly env: Readonly<NodeJS.ProcessEnv>;
  /** The last lines the server printed, for diagnostics. */
  recentOutput(): string;
  /** Kills the server's whole process group (SIGTERM, then SIGKILL) and removes a data dir it created. */
  stop(): Promise<void>;
}

/** Settings that keep the workbench from opening welcome pages, checking for updates or phoning home. */
const quietSettings: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  // 1.104+: no chat view, fewer agent-host processes and log lines; ignored by older versions.
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** The installer's cache folder. */
export function hostCacheDir(): string {
  return process.env.XAPI_HOST_CACHE ?? path.join(os.homedir(), '.cache', 'x-api-explorer');
}

/** Reads the installer's record for `version`, or explains how to install it. */
export function readHostInstall(version: string = defaultHostVersion, cacheDir: string = hostCacheDir()): HostInstall {
  const marker = path.join(cacheDir, `code-server-${version}`, '.xapi-host.json');
  let raw: string;
  try {
    raw = fs.readFileSync(marker, 'utf8');
  } catch {
    throw new Error(
      `VS Code server ${version} is not installed in ${cacheDir}. Run: sudo scripts/installVsCodeHost.sh ${version}`,
    );
  }
  const parsed: unknown = JSON.parse(raw);
  if (!isHostInstall(parsed)) {
    throw new Error(`${marker} is not a valid install record; delete the folder and run the installer again`);
  }
  for (const file of [parsed.node, parsed.serverMain]) {
    if (!fs.existsSync(file)) {
      throw new Error(`${file} (from ${marker}) is missing; delete the folder and run the installer again`);
    }
  }
  return parsed;
}

/**
 * The VS Code version inside a code-server install (code-server 4.100.3 carries VS Code 1.100.3): the `version` of
 * the package.json beside `out/server-main.js`. Undefined when it cannot be read; the two numbers are never the same
 * thing, so no guess is made.
 */
export function vscodeVersionOf(install: Pick<HostInstall, 'serverMain'>): string | undefined {
  try {
    const manifest: unknown = JSON.parse(fs.readFileSync(path.join(path.dirname(install.serverMain), '..', 'package.json'), 'utf8'));
    const version = typeof manifest === 'object' && manifest !== null ? (manifest as { version?: unknown }).version : undefined;
    return typeof version === 'string' && /^\d+\.\d+\.\d+/.test(version) ? version : undefined;
  } catch {
    return undefined;
  }
}

/** How a host is named in logs: `code-server 4.100.3 (VS Code 1.100.3)`. */
export function hostLabel(install: Pick<HostInstall, 'codeServerVersion' | 'serverMain'>): string {
  const vscode = vscodeVersionOf(install);
  return `code-server ${install.codeServerVersion}${vscode ? ` (VS Code ${vscode})` : ''}`;
}

function isHostInstall(value: unknown): value is HostInstall {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const record = value as Record<string, unknown>;
  return ['codeServerVersion', 'node', 'nodeVersion', 'serverMain'].every((key) => typeof record[key] === 'string');
}

/**
 * The workbench URL. Paths become `vscode-remote://` URIs of this server, as the web client resolves them.
 */
export function workbenchUrl(
  origin: string,
  workspace: string,
  payload: { extensionDevelopmentPath?: string; extensionTestsPath?: string },
): string {
  const authority = new URL(origin).host;
  const entries: [string, string][] = [];
  if (payload.extensionDevelopmentPath !== undefined) {
    entries.push(['extensionDevelopmentPath', `vscode-remote://${authority}${payload.extensionDevelopmentPath}`]);
  }
  if (payload.extensionTestsPath !== undefined) {
    entries.push(['extensionTestsPath', `vscode-remote://${authority}${payload.extensionTestsPath}`]);
  }
  let url = `${origin}/?folder=${encodeURIComponent(workspace)}`;
  if (entries.length > 0) {
    url += `&payload=${encodeURIComponent(JSON.stringify(entries))}`;
  }
  return url;
}

/**
 * Whether the server needs `--enable-smoke-test-driver`. A suite needs it to report. Built servers newer than 4.100
 * honour the development payload (extensionDevelopmentPath) only under it, and it makes the workbench refuse every
 * dialog, modals included; 4.100 loads a development extension without it, so sessions that run no suite there
 * (npm start, the UI tests, which meet modals as users do) keep their dialogs.
 */
function needsSmokeTestDriver(install: HostInstall, options: CodeServerOptions): boolean {
  if (options.extensionTestsPath !== undefined) return true;
  if (options.extensionDevelopmentPath === undefined) return false;
  const [major = 0, minor = 0] = install.codeServerVersion.split('.').map(Number);
  return major > 4 || minor > 100;
}

/** Starts VS Code's server on a free port of 127.0.0.1 and resolves once it listens. */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const install = readHostInstall(options.version ?? defaultHostVersion, options.cacheDir ?? hostCacheDir());
  for (const [name, dir] of [
    ['extensionDevelopmentPath', options.extensionDevelopmentPath],
    ['workspace', options.workspace],
  ] as const) {
    if (dir !== undefined && !path.isAbsolute(dir)) {
      throw new Error(`${name} must be absolute: ${dir}`);
    }
  }

  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-vscode-'));
  const dirs = {
    user: path.join(dataDir, 'user'),
    server: path.join(dataDir, 'server'),
    extensions: path.join(dataDir, 'extensions'),
    home: path.join(dataDir, 'home'),
    tmp: path.join(dataDir, 'tmp'),
    config: path.join(dataDir, 'xdg', 'config'),
    data: path.join(dataDir, 'xdg', 'data'),
    cache: path.join(dataDir, 'xdg', 'cache'),
    state: path.join(dataDir, 'xdg', 'state'),
    runtime: path.join(dataDir, 'xdg', 'runtime'),
  };
  for (const dir of Object.values(dirs)) {
    fs.mkdirSync(dir, { recursive: true });
  }
  fs.chmodSync(dirs.runtime, 0o700);
  const workspace = options.workspace ?? path.join(dataDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.mkdirSync(path.join(dirs.user, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.user, 'User', 'settings.json'),
    `${JSON.stringify({ ...quietSettings, ...options.settings }, null, 2)}\n`,
  );

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    XDG_STATE_HOME: dirs.state,
    XDG_RUNTIME_DIR: dirs.runtime,
    ...options.env,
  };
  // Variables of an enclosing VS Code or npm would leak into the extension host and confuse it.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE' || key === 'NODE_OPTIONS') {
      delete env[key];
    }
  }

  const args = [
    install.serverMain,
    '--host', '127.0.0.1',
    '--port', String(options.port ?? 0),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--user-data-dir', dirs.user,
    '--server-data-dir', dirs.server,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-workspace-trust',
    ...(needsSmokeTestDriver(install, options) ? ['--enable-smoke-test-driver'] : []),
  ];
  // Own process group: the server forks an extension host, a file watcher, and on newer versions an agent host and
  // a copilot runtime; only a group kill reaches all of them.
  const child = spawn(install.node, args, { cwd: dataDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  const killGroupOnExit = (): void => {
    if (pid !== undefined) {
      signalGroup(pid, 'SIGKILL');
    }
  };
  process.on('exit', killGroupOnExit);

  const output: string[] = [];
  const recentOutput = (): string => output.join('\n');
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) {
      return;
    }
    stopped = true;
    if (pid !== undefined) {
      await killGroup(pid);
    }
    process.removeListener('exit', killGroupOnExit);
    if (ownsDataDir) {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };

  try {
    const port = await waitForListening(child, output, options.onServerOutput, options.startTimeoutMs ?? 60_000);
    const origin = `http://127.0.0.1:${port}`;
    const payload: { extensionDevelopmentPath?: string; extensionTestsPath?: string } = {};
    if (options.extensionDevelopmentPath !== undefined) {
      payload.extensionDevelopmentPath = options.extensionDevelopmentPath;
    }
    if (options.extensionTestsPath !== undefined) {
      payload.extensionTestsPath = options.extensionTestsPath;
    }
    const url = workbenchUrl(origin, workspace, payload);
    return { origin, port, url, workspace, dataDir, install, env, recentOutput, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const listeningLine = /Extension host agent listening on (\d+)/;
const maxKeptLines = 200;

function waitForListening(
  child: ChildProcess,
  output: string[],
  onLine: ((line: string) => void) | undefined,
  timeoutMs: number,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    const settle = (action: () => void): void => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        action();
      }
    };
    const timer = setTimeout(
      () => settle(() => reject(new Error(`VS Code server did not listen within ${timeoutMs} ms:\n${output.join('\n')}`))),
      timeoutMs,
    );
    const onData = (chunk: Buffer, carry: { rest: string }): void => {
      const lines = (carry.rest + chunk.toString('utf8')).split('\n');
      carry.rest = lines.pop() ?? '';
      for (const line of lines) {
        output.push(line);
        if (output.length > maxKeptLines) {
          output.shift();
        }
        onLine?.(line);
        const match = listeningLine.exec(line);
        if (match?.[1] !== undefined) {
          const port = Number(match[1]);
          settle(() => resolve(port));
        }
      }
    };
    const stdoutCarry = { rest: '' };
    const stderrCarry = { rest: '' };
    child.stdout?.on('data', (chunk: Buffer) => onData(chunk, stdoutCarry));
    child.stderr?.on('data', (chunk: Buffer) => onData(chunk, stderrCarry));
    child.once('error', (error) => settle(() => reject(error)));
    child.once('exit', (code, signal) =>
      settle(() =>
        reject(new Error(`VS Code server exited before listening (code ${code}, signal ${signal}):\n${output.join('\n')}`)),
      ),
    );
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: no process left in the group
  }
}

async function killGroup(pid: number): Promise<void> {
  if (!signalGroup(pid, 'SIGTERM')) {
    return;
  }
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!signalGroup(pid, 0)) {
      return;
    }
  }
  signalGroup(pid, 'SIGKILL');
}
