// Command lines of the tools that drive a workbench: `--flag value` pairs, --help, and the flags all of them share
// (--version, --timeout, --verbose), parsed alike so the same flag means the same thing everywhere.
import { defaultHostVersion } from './codeServer';

/** Bad usage: callers print its message with their usage text rather than a stack trace. */
export class UsageError extends Error {}

/** Takes one flag; `value()` consumes the argument after it. Returns false for a flag it does not know. */
export type FlagHandler = (flag: string, value: () => string) => boolean;

/** Walks `argv`: --help or -h prints `usage` and exits 0; a flag `handle` does not take is a {@link UsageError}. */
export function parseFlags(argv: readonly string[], usage: string, handle: FlagHandler): void {
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) {
        throw new UsageError(`${flag} needs a value`);
      }
      return next;
    };
    if (flag === '--help' || flag === '-h') {
      console.log(usage);
      process.exit(0);
    }
    if (!handle(flag, value)) {
      throw new UsageError(`unknown argument ${flag}`);
    }
  }
}

/** The flags of every tool that runs a workbench under a deadline. */
export interface HostFlags {
  /** code-server version of the host (`--version`). */
  readonly version: string;
  /** Overall time limit (`--timeout SECONDS`). */
  readonly timeoutMs: number;
  /** Also print the server's and the browser's own output (`--verbose`). */
  readonly verbose: boolean;
}

/** Parses {@link HostFlags}; any other flag goes to `extra`. */
export function parseHostFlags(
  argv: readonly string[],
  usage: string,
  defaultTimeoutMs: number,
  extra: FlagHandler = () => false,
): HostFlags {
  let version = defaultHostVersion;
  let timeoutMs = defaultTimeoutMs;
  let verbose = false;
  parseFlags(argv, usage, (flag, value) => {
    switch (flag) {
      case '--version':
        version = value();
        return true;
      case '--timeout': {
        const seconds = Number(value());
        if (!Number.isFinite(seconds) || seconds <= 0) {
          throw new UsageError('--timeout takes a positive number of seconds');
        }
        timeoutMs = seconds * 1000;
        return true;
      }
      case '--verbose':
        verbose = true;
        return true;
      default:
        return extra(flag, value);
    }
  });
  return { version, timeoutMs, verbose };
}

/** A failure for the log: bad usage with the usage text, which helps more than a stack trace; anything else with its stack. */
export function describeFailure(error: unknown, usage: string): string {
  if (error instanceof UsageError) {
    return `${error.message}\n${usage}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
