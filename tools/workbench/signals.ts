// The tools that drive a workbench own processes that must not outlive them (the server's process group, a
// browser), so they handle Ctrl+C, a CI cancel and a closed terminal themselves instead of dying on the spot.
import * as os from 'node:os';

const stopSignals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Calls `handler` on SIGINT, SIGTERM or SIGHUP and returns the function that removes it again. With `once`, a second
 * signal of the same kind gets the default action, so an impatient second Ctrl+C still ends a stuck clean-up.
 */
export function onStopSignal(handler: (signal: NodeJS.Signals) => void, options: { readonly once: boolean }): () => void {
  for (const signal of stopSignals) {
    if (options.once) {
      process.once(signal, handler);
    } else {
      process.on(signal, handler);
    }
  }
  return () => {
    for (const signal of stopSignals) {
      process.removeListener(signal, handler);
    }
  };
}

/** The exit status a shell reports for a process ended by `signal` (128 + its number), kept after a clean stop. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + os.constants.signals[signal];
}
