/** The CLI over the engine: parse, pick credentials, look up, print. Returns the exit status. */
import { describeProblem } from '../core/response/apiError';
import { ENDPOINTS } from '../core/catalog/endpoints';
import { formatJsonText } from '../core/response/jsonFormat';
import type { LookupRequest } from '../core/request/lookupRequest';
import type { LookupOutcome } from '../core/response/outcome';
import { formatDuration, secondsUntilReset } from '../core/response/rateLimit';
import {
  SANDBOX_API_KEY, SANDBOX_API_SECRET, SANDBOX_BEARER, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, SANDBOX_OAUTH1, SANDBOX_OAUTH2,
} from '../core/auth/sandboxCredentials';
import { escapeControls } from '../core/util/terminal';
import { DEFAULT_VOCABULARY } from '../core/catalog/vocabulary';
import { HttpClient } from '../net/httpClient';
import { LookupEngine } from '../net/lookupEngine';
import { isFaultKind } from '../sandbox/faults';
import { startSandbox } from '../sandbox/server';
import { parseCli, type CliCommand, type CliOptions } from './args';
import { catalogJson, catalogText } from './catalogOutput';
import type { Env } from './envCredentials';
import { USAGE } from './help';
import { authAppToken, authLogin } from './authCommands';
import { bulkLookup } from './bulkCommand';
import { EXIT_API_ERROR, EXIT_INVALID, EXIT_OK, type CliIo } from './cliIo';
import { resolveTarget } from './target';
import { printSnippet } from './codeCommand';

export type { CliIo } from './cliIo';
export { EXIT_API_ERROR, EXIT_INVALID, EXIT_OK } from './cliIo';

/**
 * Runs one command. stderr is always a person's (or a log's) and always sanitised; stdout only on a terminal, since
 * a pipe must get the body byte for byte.
 */
export async function runCli(argv: readonly string[], env: Env, rawIo: CliIo): Promise<number> {
  const io: CliIo = {
    ...rawIo,
    stderr: (text) => rawIo.stderr(escapeControls(text)),
    stdout: rawIo.stdoutIsTty ? (text) => rawIo.stdout(escapeControls(text)) : rawIo.stdout,
    stderrRaw: rawIo.stderr,
  };
  const parsed = parseCli(argv);
  if (!parsed.ok) {
    io.stderr(`error: ${parsed.message}\n`);
    return EXIT_INVALID;
  }
  const { command, options } = parsed;
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout(`${io.version ?? 'unknown'}\n`);
      return EXIT_OK;
    case 'catalog':
      io.stdout(options.json ? catalogJson(options.vocabulary ?? DEFAULT_VOCABULARY) : catalogText(options.vocabulary ?? DEFAULT_VOCABULARY));
      return EXIT_OK;
    case 'sandbox':
      return serveSandbox(options, io);
    case 'lookup':
      return lookup(command, options, env, io);
    case 'code':
      return printSnippet(command.target, requestFor({ kind: 'lookup', endpoint: command.endpoint, value: command.value }, options), options, io);
    case 'bulk':
      return bulkLookup(command.endpoint, command.file, options, env, io);
    case 'auth':
      return command.action === 'login' ? authLogin(options, env, io) : authAppToken(options, env, io);
  }
}

async function serveSandbox(options: CliOptions, io: CliIo): Promise<number> {
  if (options.fault !== undefined && !isFaultKind(options.fault)) {
    io.stderr(`error: --fault must be one of slow, reset, truncated, invalid-json, 500, 503, 429, 402; got "${options.fault}"\n`);
    return EXIT_INVALID;
  }
  const sandbox = await startSandbox({ port: options.port ?? 0 });
  if (options.fault !== undefined && isFaultKind(options.fault)) sandbox.setFault({ kind: options.fault });
  io.stderr(
    `X API sandbox listening on ${sandbox.url}\n` +
      `Its documented credentials (public, accepted only here):\n` +
      `  export X_BEARER_TOKEN=${SANDBOX_BEARER.token}\n` +
      `  export X_CONSUMER_KEY=${SANDBOX_OAUTH1.consumerKey} X_CONSUMER_SECRET=${SANDBOX_OAUTH1.consumerSecret}\n` +
      `  export X_ACCESS_TOKEN=${SANDBOX_OAUTH1.accessToken} X_ACCESS_TOKEN_SECRET=${SANDBOX_OAUTH1.accessTokenSecret}\n` +
      `  export X_OAUTH2_ACCESS_TOKEN=${SANDBOX_OAUTH2.accessToken}\n` +
      `Its app, for signing in (auth login --base-url ${sandbox.url}, or the editor's Sign In):\n` +
      `  export X_CLIENT_ID=${SANDBOX_CLIENT_ID}            # OAuth 2.0 client id (public client)\n` +
      `  export X_CLIENT_SECRET=${SANDBOX_CLIENT_SECRET}    # optional: makes it a confidential client\n` +
      `  export X_API_KEY=${SANDBOX_API_KEY} X_API_SECRET=${SANDBOX_API_SECRET}\n` +
      `  redirect URIs: http://127.0.0.1:PORT/callback, http://127.0.0.2:PORT/callback, http://localhost:PORT/callback\n` +
      `Press Ctrl+C to stop.\n`,
  );
  io.stdout(`${sandbox.url}\n`);
  await (io.untilStopped ?? new Promise<void>(() => undefined));
  await sandbox.close();
  return EXIT_OK;
}

function requestFor(command: Extract<CliCommand, { kind: 'lookup' }>, options: CliOptions): LookupRequest {
  const split = (value: string | undefined): string[] => (value ?? '').split(',').map((item) => item.trim());
  const spec = ENDPOINTS[command.endpoint];
  const base: LookupRequest = {
    endpoint: command.endpoint,
    userFields: options.userFields,
    tweetFields: options.tweetFields,
    expansions: options.expansions,
    count: options.count,
    cursor: options.cursor,
  };
  if (spec.pathParam?.name === 'id') return { ...base, id: command.value };
  if (spec.pathParam?.name === 'username') return { ...base, username: command.value };
  if (spec.listParam?.name === 'ids') return { ...base, ids: split(command.value) };
  if (spec.listParam?.name === 'usernames') return { ...base, usernames: split(command.value) };
  return base;
}

async function lookup(command: Extract<CliCommand, { kind: 'lookup' }>, options: CliOptions, env: Env, io: CliIo): Promise<number> {
  const target0 = resolveTarget(command.endpoint, options, env, io);
  if (typeof target0 === 'number') return target0;
  const { credentials, baseUrl, useSandbox, otherCredentials } = target0;

  const http = new HttpClient({
    // --timeout bounds the whole lookup, retries included, as well as each wait for headers or body.
    timeouts: options.timeoutMs ? { headersMs: options.timeoutMs, bodyMs: options.timeoutMs, totalMs: options.timeoutMs } : undefined,
    retry: options.waitOnRateLimit ? { maxRateLimitWaitMs: 15 * 60 * 1000 + 5000 } : undefined,
    userAgent: `x-api-explorer-cli/${io.version ?? 'dev'}`,
  });
  const engine = new LookupEngine({ baseUrl, credentials, vocabulary: options.vocabulary ?? DEFAULT_VOCABULARY, http, otherCredentials });
  const request = requestFor(command, options);
  // Validate before any sandbox starts, so invalid input costs nothing and sends nothing.
  const prepared = engine.prepare(request);
  if (!prepared.ok) {
    for (const issue of prepared.issues) io.stderr(`error: ${issue.message}\n`);
    await http.close();
    return EXIT_INVALID;
  }

  const sandbox = useSandbox ? await startSandbox() : undefined;
  try {
    const target = sandbox
      ? new LookupEngine({ baseUrl: sandbox.url, credentials, vocabulary: options.vocabulary ?? DEFAULT_VOCABULARY, http, otherCredentials })
      : engine;
    const outcome = await target.lookup(request, {
      signal: io.signal,
      onRetry: ({ delayMs, reason }) => io.stderr(`retrying after ${reason} in ${formatDuration(delayMs / 1000)}\n`),
    });
    report(outcome, io, sandbox !== undefined);
    return outcome.ok ? EXIT_OK : outcome.error.kind === 'invalid-input' ? EXIT_INVALID : EXIT_API_ERROR;
  } finally {
    await http.close();
    await sandbox?.close();
  }
}

function report(outcome: LookupOutcome, io: CliIo, sandbox: boolean): void {
  if (outcome.text !== undefined && outcome.text !== '') {
    const pretty = io.stdoutIsTty && outcome.body !== undefined ? formatJsonText(outcome.text) : undefined;
    io.stdout((pretty ?? outcome.text) + (outcome.text.endsWith('\n') && !pretty ? '' : '\n'));
  }
  const parts: string[] = [];
  if (outcome.status !== undefined) parts.push(`HTTP ${outcome.status}`);
  if (outcome.durationMs !== undefined) parts.push(`${Math.round(outcome.durationMs)} ms`);
  if (outcome.attempts !== undefined && outcome.attempts > 1) parts.push(`${outcome.attempts} attempts`);
  if (outcome.rateLimit) {
    const { remaining, limit } = outcome.rateLimit;
    parts.push(`rate limit ${remaining}/${limit}, resets in ${formatDuration(secondsUntilReset(outcome.rateLimit, Date.now()))}`);
  }
  if (sandbox) parts.push('sandbox');
  if (parts.length > 0) io.stderr(`${parts.join(' · ')}\n`);
  if (outcome.ok) {
    for (const problem of outcome.problems) io.stderr(`partial error: ${describeProblem(problem)}\n`);
  } else {
    io.stderr(`error: ${outcome.error.message}\n`);
  }
}
