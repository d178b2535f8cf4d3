// Progress lines of the tools that drive a workbench (the test runner, the UI test, `npm start`, the screenshots).
// They go to stderr so stdout keeps only what callers read (the mocha report, the `N passed, N failed` line, the URL
// of `npm start`), and carry the tool's name because the server's and the browser's lines interleave with them.

/** Writes one progress line. */
export type StepLog = (text: string) => void;

/** A {@link StepLog} whose lines start with `[name] `. */
export function stepLog(name: string): StepLog {
  return (text) => console.error(`[${name}] ${text}`);
}
