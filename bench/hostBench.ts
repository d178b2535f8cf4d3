/**
 * `npm run bench:host`: activation in a real VS Code extension host (code-server, as the integration tests use),
 * ours against a trivial one-command extension activated the same way in the same host.
 *
 * The web workbench keeps one extensionDevelopmentPath (it reads the payload into a Map), but VS Code loads every
 * extension inside a development folder that has no package.json of its own. So each session gets one folder with
 * two development extensions: a copy of the files this project's package ships (see .vscodeignore), dist/ as built, and bench/fixtures/trivial-extension. The suite bench/host/activationSuite.ts then times
 * `await getExtension(id).activate()` for each: the host's require of the main file plus the call of `activate()`.
 * An extension activates once per host, so each session gives one sample of each; sessions alternate which one goes
 * first. The ratio is the median of per-session ratios, so drift in machine load between sessions cancels out.
 *
 *   node out/bench/hostBench.js [--version V] [--sessions N] [--split] [--profile DIR] [--settle MS]
 *                               [--timeout S] [--json] [--verbose]
 *
 * `--json` prints one JSON object on stdout; progress goes to stderr.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { startCodeServer } from '../tools/workbench/codeServer';
import { UsageError, describeFailure, parseHostFlags } from '../tools/workbench/commandLine';
import { projectRoot } from '../tools/workbench/projectFiles';
import { stepLog } from '../tools/workbench/stepLog';
import { runWorkbenchSession } from '../tools/workbench/workbenchSession';
import { planVariable, preactivatedMarker, resultPrefix, type BenchExtension, type BenchPlan, type SessionSamples } from './host/benchPlan';
import { packagedFiles } from './host/packagedFiles';
import { summarizeProfile, type CostLine } from './host/profileSummary';

/** `<repo>/out/bench/hostBench.js` -> `<repo>` */
const root = projectRoot;
const suite = path.join(root, 'out', 'bench', 'host', 'activationSuite');
const trivialFixture = path.join(root, 'bench', 'fixtures', 'trivial-extension');

const usage = `usage: npm run bench:host -- [options]
  --version V      code-server version installed by scripts/installVsCodeHost.sh (default 4.100.3)
  --sessions N     host sessions, one activation of each extension per session (default 6)
  --split          also time require(main) apart from activate() (extra sessions, same count)
  --profile DIR    one more session with a CPU profile of each activation, written to DIR and summarised
  --settle MS      wait after the host starts before activating (default 2000)
  --timeout S      time limit of each session in seconds (default 180)
  --json           print one JSON object
  --verbose        print the server's, the browser's and the host's own output`;

interface Options {
  readonly version: string;
  readonly timeoutMs: number;
  readonly verbose: boolean;
  readonly sessions: number;
  readonly split: boolean;
  readonly profileDir: string | undefined;
  readonly settleMs: number;
  readonly json: boolean;
}

const log = stepLog('bench:host');

function positiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`${flag} takes a whole number`);
  return value;
}

function parseArgs(argv: readonly string[]): Options {
  let sessions = 6;
  let split = false;
  let profileDir: string | undefined;
  let settleMs = 2000;
  let json = false;
  const host = parseHostFlags(argv, usage, 180_000, (flag, value) => {
    switch (flag) {
      case '--sessions':
        sessions = Math.max(1, positiveInteger(flag, value()));
        return true;
      case '--split':
        split = true;
        return true;
      case '--profile':
        profileDir = path.resolve(value());
        return true;
      case '--settle':
        settleMs = positiveInteger(flag, value());
        return true;
      case '--json':
        json = true;
        return true;
      default:
        return false;
    }
  });
  return { ...host, sessions, split, profileDir, settleMs, json };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The development folder of every session: a copy of the shipped files of this project and the trivial fixture. */
function stageExtensions(into: string): string {
  if (!fs.existsSync(`${suite}.js`)) throw new Error(`${suite}.js is missing: run \`node esbuild.mjs --bench\` first`);
  const folder = path.join(into, 'extensions');
  // Copies, not symlinks: Node resolves a symlinked main file to its real path, and the host then cannot tell which
  // extension a `require('vscode')` comes from.
  const ours = path.join(folder, 'x-api-explorer');
  // What ships is the production build (minified, no source maps), so that is what is measured; it is built into
  // the copy, leaving the clone's development dist/ alone.
  execFileSync(process.execPath, [path.join(root, 'esbuild.mjs'), '--production', '--dist', path.join(ours, 'dist')], { cwd: root, stdio: 'inherit' });
  for (const file of packagedFiles(root).filter((name) => !name.startsWith('dist/'))) fs.cpSync(path.join(root, file), path.join(ours, file));
  fs.cpSync(trivialFixture, path.join(folder, 'trivial-extension'), { recursive: true });
  return folder;
}

/** One host session: starts the server and the browser, runs the suite, resolves what it printed. */
async function runSession(options: Options, extensions: string, plan: BenchPlan): Promise<SessionSamples> {
  const lines: string[] = [];
  let samples: SessionSamples | undefined;
  const code = await runWorkbenchSession(
    {
      log,
      tempPrefix: 'xapi-bench-host-',
      timeoutMs: options.timeoutMs,
      verbose: options.verbose,
      startServer: (common) =>
        startCodeServer({
          ...common,
          version: options.version,
          extensionDevelopmentPath: extensions,
          extensionTestsPath: suite,
          env: { [planVariable]: JSON.stringify(plan) },
        }),
    },
    async ({ server, page }) => {
      let resolveExit: (code: number) => void = () => undefined;
      const exit = new Promise<number>((resolve) => {
        resolveExit = resolve;
      });
      await page.exposeFunction('codeAutomationLog', (_type: unknown, args: unknown) => {
        const text = Array.isArray(args) ? format(...(args as unknown[])) : String(args);
        if (text.startsWith(resultPrefix)) {
          samples = JSON.parse(text.slice(resultPrefix.length)) as SessionSamples;
        } else {
          lines.push(text);
          if (options.verbose) process.stderr.write(`[host] ${text}\n`);
        }
      });
      await page.exposeFunction('codeAutomationExit', (code: unknown) => resolveExit(typeof code === 'number' ? code : 1));
      page.on('crash', () => resolveExit(1));
      await page.goto(server.url);
      return exit;
    },
  );
  if (code !== 0 || samples === undefined) {
    const said = lines.slice(-30).join('\n');
    throw new (said.includes(preactivatedMarker) ? Preactivated : Error)(`session failed (exit code ${code}); the host said:\n${said}`);
  }
  return samples;
}

/** A session whose extension something else activated first: nothing measured, so it is run again. */
class Preactivated extends Error {}

/** How often one session may be started again after {@link Preactivated}. */
const maxRestarts = 2;

/** Sessions started again, for the report. */
let restarts = 0;

async function runSessionRetrying(options: Options, extensions: string, plan: BenchPlan): Promise<SessionSamples> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await runSession(options, extensions, plan);
    } catch (error) {
      if (!(error instanceof Preactivated) || attempt >= maxRestarts) throw error;
      restarts++;
      log(`an extension was active before the bench activated it; starting the session again:\n${error.message}`);
    }
  }
}

/** Session i activates `ours` first when i is even: half the sessions each way. */
function orderOf(session: number): BenchExtension[] {
  return session % 2 === 0 ? ['ours', 'trivial'] : ['trivial', 'ours'];
}

async function runSessions(options: Options, extensions: string, split: boolean): Promise<SessionSamples[]> {
  const all: SessionSamples[] = [];
  for (let i = 0; i < options.sessions; i++) {
    const order = orderOf(i);
    const samples = await runSessionRetrying(options, extensions, { order, split, settleMs: options.settleMs });
    const parts = order.map((name) => {
      const sample = samples[name];
      return `${name} ${sample.activateMs.toFixed(1)} ms${sample.requireMs === undefined ? '' : ` (require ${sample.requireMs.toFixed(1)})`}`;
    });
    log(`session ${i + 1}/${options.sessions}${split ? ' (split)' : ''}: ${parts.join(', ')}`);
    all.push(samples);
  }
  return all;
}

async function main(options: Options): Promise<void> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-bench-staging-'));
  const removeStaging = (): void => fs.rmSync(staging, { recursive: true, force: true });
  process.once('exit', removeStaging);
  try {
    const extensions = stageExtensions(staging);
    const sessions = await runSessions(options, extensions, false);
    const split = options.split ? await runSessions(options, extensions, true) : [];
    let profile: { ours: string; trivial: string; byFile: readonly CostLine[]; byLine: readonly CostLine[]; totalMs: number } | undefined;
    if (options.profileDir !== undefined) {
      fs.mkdirSync(options.profileDir, { recursive: true });
      const samples = await runSessionRetrying(options, extensions, { order: ['ours', 'trivial'], split: false, settleMs: options.settleMs, profileDir: options.profileDir });
      log(`profiled session: ours ${samples.ours.activateMs.toFixed(1)} ms, trivial ${samples.trivial.activateMs.toFixed(1)} ms (profiler on)`);
      const ours = path.join(options.profileDir, 'ours.cpuprofile');
      profile = { ours, trivial: path.join(options.profileDir, 'trivial.cpuprofile'), ...summarizeProfile(ours, path.join(root, 'dist', 'extension.js')) };
    }
    report(options, sessions, split, profile);
  } finally {
    removeStaging();
    process.removeListener('exit', removeStaging);
  }
}

function report(
  options: Options,
  sessions: readonly SessionSamples[],
  split: readonly SessionSamples[],
  profile: { ours: string; trivial: string; byFile: readonly CostLine[]; byLine: readonly CostLine[]; totalMs: number } | undefined,
): void {
  const of = (list: readonly SessionSamples[], name: BenchExtension, key: 'activateMs' | 'requireMs' | 'readyMs'): number[] =>
    list.map((s) => s[name][key]).filter((v): v is number => v !== undefined);
  const ours = of(sessions, 'ours', 'activateMs');
  const trivial = of(sessions, 'trivial', 'activateMs');
  const firstOf = (name: BenchExtension): number[] => sessions.filter((_, i) => orderOf(i)[0] === name).map((s) => s[name].activateMs);
  const result: Record<string, unknown> = {
    host_activation_ms: round2(median(ours)),
    host_activation_baseline_ms: round2(median(trivial)),
    host_activation_ratio: round2(median(ours.map((v, i) => v / trivial[i]))),
    host_activation_ours_samples_ms: ours.map(round2),
    host_activation_baseline_samples_ms: trivial.map(round2),
    host_activation_ours_first_ms: round2(median(firstOf('ours'))),
    host_activation_baseline_first_ms: round2(median(firstOf('trivial'))),
    host_startup_after_activation_ms: round2(median(of(sessions, 'ours', 'readyMs'))),
    sessions: sessions.length,
    sessions_restarted: restarts,
    host: `code-server ${options.version}`,
    vscode: sessions[0]?.vscodeVersion,
  };
  if (split.length > 0) {
    Object.assign(result, {
      host_require_ms: round2(median(of(split, 'ours', 'requireMs'))),
      host_activate_call_ms: round2(median(of(split, 'ours', 'activateMs'))),
      host_require_baseline_ms: round2(median(of(split, 'trivial', 'requireMs'))),
      host_activate_call_baseline_ms: round2(median(of(split, 'trivial', 'activateMs'))),
    });
  }
  if (profile !== undefined) {
    Object.assign(result, { profile_ours: profile.ours, profile_trivial: profile.trivial, profile_by_file: profile.byFile, profile_by_line: profile.byLine });
  }

  if (options.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const line = (label: string, value: unknown, target?: string): void =>
    console.log(`${label.padEnd(34)} ${String(value).padStart(8)}${target ? `   (target ${target})` : ''}`);
  const restarted = restarts > 0 ? ` (${restarts} started again: an extension was active too early)` : '';
  console.log(`Activation in a real extension host: VS Code ${result.vscode} (${result.host}), ${sessions.length} sessions${restarted}, order alternating\n`);
  console.log('median ms of `await extension.activate()` (require of the main file + activate())');
  line('  host_activation_ms (ours)', result.host_activation_ms);
  line('  host_activation_baseline_ms', result.host_activation_baseline_ms);
  line('  host_activation_ratio', result.host_activation_ratio, '<= 2');
  line('  ours, activated first', result.host_activation_ours_first_ms);
  line('  baseline, activated first', result.host_activation_baseline_first_ms);
  console.log(`  samples, ours:     ${ours.map((v) => v.toFixed(1)).join(' ')}`);
  console.log(`  samples, baseline: ${trivial.map((v) => v.toFixed(1)).join(' ')}`);
  console.log('\nours, after activation returned: the start-up it runs in the next task (until its API\'s `ready`)');
  line('  host_startup_after_activation_ms', result.host_startup_after_activation_ms);
  if (split.length > 0) {
    console.log(`\nrequire(main) timed apart, then activate() on the cached module (${split.length} more sessions)`);
    line('  ours: require', result.host_require_ms);
    line('  ours: activate()', result.host_activate_call_ms);
    line('  baseline: require', result.host_require_baseline_ms);
    line('  baseline: activate()', result.host_activate_call_baseline_ms);
  }
  if (profile !== undefined) {
    console.log(`\nCPU profile of our activation (${profile.totalMs.toFixed(1)} ms profiled; ${profile.ours}), self ms`);
    for (const { what, ms } of profile.byFile) line(`  ${what}`.slice(0, 80).padEnd(60), ms.toFixed(2));
    console.log('  by source line:');
    for (const { what, ms } of profile.byLine) line(`    ${what}`.padEnd(60), ms.toFixed(2));
  }
}

if (require.main === module) {
  let options: Options | undefined;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(describeFailure(error, usage));
    process.exitCode = 2;
  }
  if (options !== undefined) {
    main(options).catch((error: unknown) => {
      console.error(describeFailure(error, usage));
      process.exitCode = 1;
    });
  }
}

