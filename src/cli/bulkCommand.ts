/**
 * `users --from-file FILE` and `users-by-username --from-file FILE`: any number of ids or usernames from a file (or
 * `-`, standard input), validated and deduplicated before anything is sent, priced, refused above --max-cost, then
 * sent in batches of 100 paced by the rate limit, streamed to stdout as json, ndjson or csv. stderr gets the values
 * refused, a progress line on a terminal only, and one summary line.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Writable } from 'node:stream';
import { usdForUsers } from '../core/catalog/cost';
import { DEFAULT_VOCABULARY } from '../core/catalog/vocabulary';
import { csvColumns } from '../core/bulk/csvColumns';
import { estimatePlan, planBulk, type BulkEndpointId } from '../core/bulk/plan';
import { readBulkValues, type BulkSource } from '../core/bulk/sources';
import { formatDuration } from '../core/response/rateLimit';
import { escapeControls } from '../core/util/terminal';
import { BULK_HTTP_RETRY, runBulk, type BulkEvent } from '../net/bulkRunner';
import { createBulkWriter } from '../net/bulkWriters';
import { HttpClient } from '../net/httpClient';
import { LookupEngine } from '../net/lookupEngine';
import { startSandbox } from '../sandbox/server';
import type { CliOptions } from './args';
import type { Env } from './envCredentials';
import { EXIT_API_ERROR, EXIT_INVALID, EXIT_OK, type CliIo } from './cliIo';
import { resolveTarget } from './target';

/** Refused values listed one by one on stderr; past this, only how many more. */
const LISTED_INVALID = 20;

export async function bulkLookup(endpoint: BulkEndpointId, file: string, options: CliOptions, env: Env, io: CliIo): Promise<number> {
  const target = resolveTarget(endpoint, options, env, io);
  if (typeof target === 'number') return target;
  const vocabulary = options.vocabulary ?? DEFAULT_VOCABULARY;

  let text: string;
  try {
    text = file === '-' ? await (io.readStdin?.() ?? Promise.resolve('')) : await readFile(file, 'utf8');
  } catch (error) {
    io.stderr(`error: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INVALID;
  }
  const kind = endpoint === 'usersByIds' ? 'id' : 'username';
  const extension = extname(file).toLowerCase();
  const table = options.column !== undefined || extension === '.csv' || extension === '.tsv';
  const source: BulkSource = table
    ? { kind: 'table', text, column: typeof options.column === 'number' ? options.column - 1 : options.column, delimiter: extension === '.tsv' ? '\t' : undefined }
    : { kind: 'text', text };
  const read = readBulkValues(source, kind);
  if (!read.ok) {
    io.stderr(`error: ${file === '-' ? 'standard input' : file}${read.line ? `, line ${read.line}` : ''}: ${read.message}\n`);
    return EXIT_INVALID;
  }
  for (const refused of read.invalid.slice(0, LISTED_INVALID)) {
    const where = refused.line === undefined ? `value ${refused.index + 1}` : `line ${refused.line}${refused.column ? `, column ${refused.column}` : ''}`;
    io.stderr(`invalid (not sent): ${where}: ${refused.message}\n`);
  }
  if (read.invalid.length > LISTED_INVALID) io.stderr(`invalid (not sent): ... and ${read.invalid.length - LISTED_INVALID} more\n`);
  if (read.values.length === 0) {
    io.stderr(`error: no valid ${kind === 'id' ? 'ids' : 'usernames'} to look up (${read.invalid.length} invalid); nothing was sent\n`);
    return EXIT_INVALID;
  }

  const planned = planBulk(
    { endpoint, values: read.values, userFields: options.userFields, tweetFields: options.tweetFields, expansions: options.expansions },
    { vocabulary, auth: target.credentials.kind },
  );
  if (!planned.ok) {
    for (const issue of planned.issues) io.stderr(`error: ${issue.message}\n`);
    return EXIT_INVALID;
  }
  const plan = planned.plan;
  const estimate = estimatePlan(plan);
  const priced = `${estimate.users} users in ${estimate.batches} request${estimate.batches === 1 ? '' : 's'}, at most $${estimate.totalUsd.toFixed(2)}`;
  if (options.maxCostUsd !== undefined && estimate.totalUsd > options.maxCostUsd) {
    io.stderr(`error: ${priced}, is above --max-cost $${options.maxCostUsd.toFixed(2)}; nothing was sent\n`);
    return EXIT_INVALID;
  }

  const http = new HttpClient({
    timeouts: options.timeoutMs ? { headersMs: options.timeoutMs, bodyMs: options.timeoutMs, totalMs: options.timeoutMs } : undefined,
    retry: BULK_HTTP_RETRY,
    userAgent: `x-api-explorer-cli/${io.version ?? 'dev'}`,
  });
  const sandbox = target.useSandbox ? await startSandbox() : undefined;
  const out = io.stdoutStream && !io.stdoutIsTty ? io.stdoutStream : functionStream(io.stdout);
  const writer = createBulkWriter(out, options.format ?? 'json', { columns: csvColumns(options.userFields, vocabulary), endStream: false });
  const progress = io.stderrIsTty ? progressLine(io) : undefined;
  if (io.stderrIsTty) io.stderr(`${priced}${sandbox ? ' (sandbox: nothing is billed)' : ''}\n`);
  try {
    const engine = new LookupEngine({
      baseUrl: sandbox?.url ?? target.baseUrl, credentials: target.credentials, vocabulary, http, otherCredentials: target.otherCredentials,
    });
    const wait = !options.noWaitOnRateLimit;
    const result = await runBulk({
      plan, engine, sink: writer, signal: io.signal,
      pacing: wait ? undefined : { maxRateLimitWaitMs: 0 },
      onEvent: progress,
    });
    await writer.end();
    // Ends the progress line, so the summary starts on a line of its own.
    if (progress) io.stderrRaw?.('\r\x1b[K');
    const { found, notFound } = result.progress;
    const cost = usdForUsers(found);
    io.stderr(
      `users found ${found}, not found ${notFound}, invalid ${read.invalid.length}` +
        (read.duplicates > 0 ? `, duplicates ${read.duplicates}` : '') +
        `, batches ${result.progress.done.length}/${plan.batches.length}, requests ${result.requests}` +
        `, time ${elapsed(result.durationMs)}, cost $${cost.toFixed(2)}` +
        (sandbox ? ' (sandbox: not billed)' : ' (at most: users fetched earlier today are not billed again)') +
        (result.status === 'complete' ? '' : `, ${result.status}`) + '\n',
    );
    if (result.status === 'stopped') {
      io.stderr(`error: ${result.progress.stopReason ?? 'stopped'}\n`);
      if (result.error?.kind === 'out-of-credits') {
        io.stderr('The pay-per-use account has no credits left: add credits in the X developer console, then run the lookup again.\n');
      }
    }
    return result.batchesAnswered > 0 ? EXIT_OK : result.status === 'complete' ? EXIT_OK : EXIT_API_ERROR;
  } finally {
    await http.close();
    await sandbox?.close();
  }
}

/** `850 ms`, `12.3 s`, `4 min 2 s`. */
function elapsed(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : formatDuration(ms / 1000);
}

/** A Writable over the CLI's stdout function (a terminal, or the tests' collector). */
function functionStream(write: (text: string) => void): Writable {
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      write(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      callback();
    },
  });
}

/** Rewrites one stderr line as the run goes: batch i of n, users so far, and the countdown of a wait. */
function progressLine(io: CliIo): (event: BulkEvent) => void {
  let found = 0;
  let notFound = 0;
  const show = (text: string): void => io.stderrRaw?.(`\r\x1b[K${escapeControls(text)}`);
  return (event) => {
    switch (event.type) {
      case 'send':
        show(`batch ${event.index + 1}/${event.of} · found ${found} · not found ${notFound}${event.attempt > 1 ? ` · attempt ${event.attempt}` : ''}`);
        break;
      case 'batch':
        found = event.progress.found;
        notFound = event.progress.notFound;
        break;
      case 'wait':
        show(`${event.message} · found ${found} · not found ${notFound} · Ctrl+C stops`);
        break;
      default:
        break;
    }
  };
}
