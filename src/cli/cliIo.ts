/** What the CLI talks to: the process's streams in main.ts, collectors in the tests. */
import type { Writable } from 'node:stream';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Whether stdout is a terminal: then JSON is indented and control characters are shown escaped (a body could
   * carry escape sequences the terminal would obey); pipes get the body exactly as received.
   */
  readonly stdoutIsTty: boolean;
  readonly signal?: AbortSignal;
  /** Resolves when the sandbox command should stop (SIGINT in the real CLI). */
  readonly untilStopped?: Promise<void>;
  readonly version?: string;
  /** Whether stderr is a terminal: bulk lookups show a progress line there only then. */
  readonly stderrIsTty?: boolean;
  /** stdout as a stream, for bulk output with backpressure when it is not a terminal; else `stdout` is used. */
  readonly stdoutStream?: Writable;
  /** Standard input, whole, for `--from-file -`. */
  readonly readStdin?: () => Promise<string>;
  /** stderr without the escaping runCli adds (set by runCli), for the progress line's carriage return. */
  readonly stderrRaw?: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_API_ERROR = 1;
export const EXIT_INVALID = 2;

