// What the runner of `npm run bench:host` (bench/hostBench.ts) and the suite it loads into the extension host
// (bench/host/activationSuite.ts) agree on. The plan goes in through the environment, which the extension host
// inherits from the server; the samples come back as one console line, which the workbench forwards to the driver.

/** The two development extensions of a session, by short name. */
export const benchExtensions = {
  /** This project, as packaged (a copy of the files .vscodeignore ships). */
  ours: 'x-api-explorer.x-api-explorer',
  /** bench/fixtures/trivial-extension: one command, nothing else. */
  trivial: 'xapi-bench.trivial-extension',
} as const;

export type BenchExtension = keyof typeof benchExtensions;

/** Environment variable that carries the {@link BenchPlan} as JSON. */
export const planVariable = 'XAPI_BENCH_PLAN';

/** Start of the console line that carries the {@link SessionSamples} as JSON. */
export const resultPrefix = 'xapi-bench-result ';

/**
 * Start of the error of a session in which something else (a start-up event of the host) activated an extension
 * before the bench did: the runner starts that session again rather than time nothing.
 */
export const preactivatedMarker = 'xapi-bench-preactivated';

/** What one session measures. */
export interface BenchPlan {
  /** Activation order; each extension activates once per host, so alternating it across sessions cancels order effects. */
  readonly order: readonly BenchExtension[];
  /**
   * Require each extension's main file from the suite first and time that alone, so `activate()` then times only
   * the host's call of the extension's `activate` (the module is cached). Off for the headline numbers, which time
   * `activate()` the way the host does it on an activation event: load and call together.
   */
  readonly split: boolean;
  /** Wait this long after the suite starts, so the host's own start-up work (built-in extensions) is over. */
  readonly settleMs: number;
  /** When set, a CPU profile of each activation is written to `<profileDir>/<name>.cpuprofile`. */
  readonly profileDir?: string;
}

/** One extension's numbers from one session. */
export interface ActivationSample {
  /** `await extension.activate()`, in ms. */
  readonly activateMs: number;
  /** Only with {@link BenchPlan.split}: `require(main)` from the suite, before `activate()`. */
  readonly requireMs?: number;
  /**
   * Ours only: from activate()'s return until its API's `ready` resolved, the start-up it schedules for the next
   * task (credentials read, status bar, inline docs). Not part of activation, reported beside it.
   */
  readonly readyMs?: number;
}

/** What a session sends back. */
export type SessionSamples = Readonly<Record<BenchExtension, ActivationSample>> & {
  /** `vscode.version` of the host. */
  readonly vscodeVersion: string;
};
