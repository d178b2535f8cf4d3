// The `extensionTestsPath` entry of `npm run bench:host`: runs inside a real extension host next to two development
// extensions (this one and the trivial baseline), activates each once, the same way, and prints the times on one
// console line for the runner (bench/hostBench.ts). An extension activates only once per host, so one session gives
// one sample of each; the runner starts several sessions.
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { benchExtensions, planVariable, preactivatedMarker, resultPrefix, type ActivationSample, type BenchExtension, type BenchPlan, type SessionSamples } from './benchPlan';

/** A command each extension registers in `activate()`: proof that what was timed really activated it. */
const registeredOnActivation: Readonly<Record<BenchExtension, string>> = {
  ours: 'xapi.lookupUser',
  trivial: 'xapiBench.hello',
};

function readPlan(): BenchPlan {
  const raw = process.env[planVariable];
  if (raw === undefined) throw new Error(`${planVariable} is not set: run this suite through npm run bench:host`);
  return JSON.parse(raw) as BenchPlan;
}

/** Posts one inspector command and resolves its result. */
function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
}

/** Runs `work` under V8's sampling profiler and writes the profile to `file`. */
async function profiled<T>(file: string, work: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    // 100 µs: fine enough to rank the pieces of a ~40 ms activation, coarse enough not to distort it much.
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
    const result = await work();
    const { profile } = await post<{ profile: unknown }>(session, 'Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
    return result;
  } finally {
    session.disconnect();
  }
}

/**
 * The extension host's own log lines about `id` (they name the activation event), for the error when something
 * activated an extension before the bench did. The server's private HOME sits inside its data folder.
 */
function activationLog(id: string): string {
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/^exthost.*\.log$/.test(entry.name)) found.push(...fs.readFileSync(full, 'utf8').split('\n').filter((line) => line.includes(id)));
    }
  };
  try {
    visit(path.dirname(process.env.HOME ?? '/nonexistent'));
  } catch (error) {
    return `(no log: ${String(error)})`;
  }
  return found.join('\n') || '(no line names it)';
}

async function measure(name: BenchExtension, plan: BenchPlan): Promise<ActivationSample> {
  const id = benchExtensions[name];
  const extension = vscode.extensions.getExtension(id);
  if (extension === undefined) throw new Error(`${id} is not loaded in this extension host`);
  // A number for an extension something else already activated would time nothing.
  if (extension.isActive) {
    // onLanguage events fire for any document the workbench or another extension opens, shown or not.
    const documents = vscode.workspace.textDocuments.map((d) => `${d.languageId} ${d.uri.scheme}:${d.uri.path}`).join('; ') || 'none';
    throw new Error(`${preactivatedMarker}: ${id} was active before the bench activated it; open documents: ${documents}; the host's log says:\n${activationLog(id)}`);
  }

  const main = path.join(extension.extensionPath, (extension.packageJSON as { main: string }).main);
  let requireMs: number | undefined;
  if (plan.split) {
    const start = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- timing the load on its own is the point
    require(main);
    requireMs = performance.now() - start;
  }
  const activate = async (): Promise<number> => {
    const start = performance.now();
    await extension.activate();
    return performance.now() - start;
  };
  const activateMs = plan.profileDir === undefined ? await activate() : await profiled(path.join(plan.profileDir, `${name}.cpuprofile`), activate);
  if (!extension.isActive) throw new Error(`${id} is not active after activate()`);
  // The time covers what activation loaded; a bundle of ours loaded on top of the main file (the app half, the
  // engine) would mean activation started work it should leave to first use, so the number would flatter nothing.
  const loaded = Object.keys(require.cache).filter((file) => file.startsWith(extension.extensionPath + path.sep) && file !== main);
  if (loaded.length > 0) throw new Error(`${id} loaded more than its main file during activation: ${loaded.map((file) => path.relative(extension.extensionPath, file)).join(', ')}`);
  // Ours says when the start-up it scheduled after activation is done; that time is reported apart.
  const ready = (extension.exports as { ready?: Promise<void> } | undefined)?.ready;
  let readyMs: number | undefined;
  if (ready !== undefined) {
    const start = performance.now();
    await ready;
    readyMs = performance.now() - start;
  }
  return { activateMs, ...(requireMs === undefined ? {} : { requireMs }), ...(readyMs === undefined ? {} : { readyMs }) };
}

/** The pause between the two activations of a session. */
const BETWEEN_MS = 1000;

/** Called by the extension host's test runner. */
export async function run(): Promise<void> {
  const plan = readPlan();
  await new Promise((resolve) => setTimeout(resolve, plan.settleMs));
  const samples: Partial<Record<BenchExtension, ActivationSample>> = {};
  for (const [i, name] of plan.order.entries()) {
    // The host finishes one activation's work after activate() resolves (replies to its registrations, timers it
    // set): the second extension waits until that has settled, so neither is timed with the other's work.
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, BETWEEN_MS));
    samples[name] = await measure(name, plan);
  }

  const commands = new Set(await vscode.commands.getCommands(true));
  for (const name of plan.order) {
    if (!commands.has(registeredOnActivation[name])) throw new Error(`${benchExtensions[name]} activated without registering ${registeredOnActivation[name]}`);
  }
  const result: SessionSamples = { ...(samples as Record<BenchExtension, ActivationSample>), vscodeVersion: vscode.version };
  console.log(`${resultPrefix}${JSON.stringify(result)}`);
}
