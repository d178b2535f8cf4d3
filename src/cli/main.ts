/** Entry point of `dist/cli.js` (`x-api-explorer`): wires the process to runCli. */
import { escapeControls } from '../core/util/terminal';
import { runCli } from './runCli';

declare const PACKAGE_VERSION: string | undefined;

const controller = new AbortController();
let stop: () => void = () => undefined;
const untilStopped = new Promise<void>((resolve) => {
  stop = resolve;
});
process.on('SIGINT', () => {
  // First Ctrl+C cancels the lookup or stops the sandbox cleanly; a second one exits at once.
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
  stop();
});

runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // The one place the TTY is decided; runCli takes it as a flag, so tests can say either.
  stdoutIsTty: process.stdout.isTTY === true,
  stderrIsTty: process.stderr.isTTY === true,
  stdoutStream: process.stdout,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  },
  signal: controller.signal,
  untilStopped,
  version: typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(escapeControls(`internal error: ${error instanceof Error ? error.message : String(error)}\n`));
    process.exitCode = 1;
  },
);
