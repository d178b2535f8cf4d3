/** Command-line parsing for the CLI: subcommand, positional value and options, with usage errors as values. */
import { parseArgs } from 'node:util';
import { AUTH_KINDS, ENDPOINT_IDS, ENDPOINTS, type AuthKind, type EndpointId } from '../core/catalog/endpoints';
import { isVocabulary, type Vocabulary } from '../core/catalog/vocabulary';
import { isSnippetTargetId, SNIPPET_TARGET_IDS, type SnippetTargetId } from '../core/snippets/targets';

export type CliCommand =
  | { readonly kind: 'lookup'; readonly endpoint: EndpointId; readonly value?: string }
  /** `users --from-file FILE` / `users-by-username --from-file FILE`: any number of values, in batches of 100. */
  | { readonly kind: 'bulk'; readonly endpoint: 'usersByIds' | 'usersByUsernames'; readonly file: string }
  /** `code <target> <lookup...>`: the lookup as a snippet in that client, printed (nothing is sent). */
  | { readonly kind: 'code'; readonly target: SnippetTargetId; readonly endpoint: EndpointId; readonly value?: string }
  | { readonly kind: 'catalog' }
  | { readonly kind: 'sandbox' }
  /** `auth login` (OAuth 2.0 with PKCE) or `auth app-token` (app-only Bearer from the API key and secret). */
  | { readonly kind: 'auth'; readonly action: AuthAction }
  | { readonly kind: 'help'; readonly topic?: string }
  | { readonly kind: 'version' };

export type AuthAction = 'login' | 'app-token';

export const AUTH_ACTIONS: readonly AuthAction[] = ['login', 'app-token'];

export interface CliOptions {
  readonly userFields?: string[];
  readonly tweetFields?: string[];
  readonly expansions?: string[];
  readonly baseUrl?: string;
  readonly auth?: AuthKind;
  readonly sandbox: boolean;
  readonly vocabulary?: Vocabulary;
  readonly count?: number;
  readonly cursor?: string;
  readonly json: boolean;
  readonly port?: number;
  readonly timeoutMs?: number;
  readonly waitOnRateLimit: boolean;
  readonly fault?: string;
  /** `auth login`: the app's OAuth 2.0 client id (else X_CLIENT_ID). */
  readonly clientId?: string;
  /** `auth login`: scopes to add to the default ones. */
  readonly scopes?: string[];
  /** `auth login`: the consent page, when not the one the base URL implies. */
  readonly authorizeUrl?: string;
  /** Bulk: the CSV/TSV column to read, a header name or a 1-based number. */
  readonly column?: string | number;
  /** Bulk: json (default), ndjson or csv. */
  readonly format?: 'json' | 'ndjson' | 'csv';
  /** Bulk: refuse to start when the estimate is above this, in US dollars. */
  readonly maxCostUsd?: number;
  /** Bulk: stop at a spent rate-limit window instead of waiting for it (waiting is the bulk default). */
  readonly noWaitOnRateLimit: boolean;
}

export type ParsedCli = { readonly ok: true; readonly command: CliCommand; readonly options: CliOptions } | { readonly ok: false; readonly message: string };

/** Subcommands that look up, with the endpoint each calls and whether it takes a value. */
export const LOOKUP_COMMANDS: Readonly<Record<string, { readonly endpoint: EndpointId; readonly value: 'id' | 'ids' | 'username' | 'usernames' | 'none' }>> =
  Object.fromEntries(ENDPOINT_IDS.map((endpoint) => {
    const spec = ENDPOINTS[endpoint];
    return [spec.cliName, { endpoint, value: spec.pathParam?.name ?? spec.listParam?.name ?? 'none' }];
  }));

const OPTIONS = {
  'user-fields': { type: 'string' },
  'tweet-fields': { type: 'string' },
  'post-fields': { type: 'string' },
  expansions: { type: 'string' },
  'base-url': { type: 'string' },
  auth: { type: 'string' },
  sandbox: { type: 'boolean' },
  vocabulary: { type: 'string' },
  count: { type: 'string' },
  cursor: { type: 'string' },
  json: { type: 'boolean' },
  port: { type: 'string' },
  timeout: { type: 'string' },
  'wait-on-rate-limit': { type: 'boolean' },
  'no-wait-on-rate-limit': { type: 'boolean' },
  'from-file': { type: 'string' },
  column: { type: 'string' },
  format: { type: 'string' },
  'max-cost': { type: 'string' },
  fault: { type: 'string' },
  'client-id': { type: 'string' },
  scopes: { type: 'string' },
  'authorize-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

function wholeNumber(name: string, value: string | undefined, min: number, max: number): number | undefined | string {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) return `--${name} must be a whole number from ${min} to ${max}, got "${value}"`;
  return Number(value);
}

export function parseCli(argv: readonly string[]): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const [name, value, ...extra] = positionals;

  if (values.version) return { ok: true, command: { kind: 'version' }, options: defaults() };
  if (values.help || name === undefined || name === 'help') {
    return { ok: true, command: { kind: 'help', topic: name === 'help' ? value : name }, options: defaults() };
  }

  if (values.auth !== undefined && !(AUTH_KINDS as readonly string[]).includes(values.auth)) {
    return { ok: false, message: `--auth must be bearer, oauth1 or oauth2, got "${values.auth}"` };
  }
  if (values.vocabulary !== undefined && !isVocabulary(values.vocabulary)) {
    return { ok: false, message: `--vocabulary must be 2.166 or 2.167, got "${values.vocabulary}"` };
  }
  if (values['tweet-fields'] !== undefined && values['post-fields'] !== undefined) {
    return { ok: false, message: 'give --tweet-fields or --post-fields, not both (they are the same list)' };
  }
  const count = wholeNumber('count', values.count, 1, 50);
  const port = wholeNumber('port', values.port, 0, 65535);
  const timeoutMs = wholeNumber('timeout', values.timeout, 1, 600_000);
  for (const checked of [count, port, timeoutMs]) if (typeof checked === 'string') return { ok: false, message: checked };
  if (values.format !== undefined && !['json', 'ndjson', 'csv'].includes(values.format)) {
    return { ok: false, message: `--format must be json, ndjson or csv, got "${values.format}"` };
  }
  const maxCost = values['max-cost'];
  if (maxCost !== undefined && !/^\$?\d{1,9}(\.\d{1,3})?$/.test(maxCost)) {
    return { ok: false, message: `--max-cost must be an amount in US dollars such as 5 or 12.50, got "${maxCost}"` };
  }
  if (values['wait-on-rate-limit'] && values['no-wait-on-rate-limit']) {
    return { ok: false, message: 'give --wait-on-rate-limit or --no-wait-on-rate-limit, not both' };
  }
  const column = values.column === undefined ? undefined : /^\d+$/.test(values.column) ? Number(values.column) : values.column;
  if (column === 0 || column === '') return { ok: false, message: '--column takes a header name or a column number counted from 1' };

  const options: CliOptions = {
    userFields: list(values['user-fields']),
    tweetFields: list(values['tweet-fields'] ?? values['post-fields']),
    expansions: list(values.expansions),
    baseUrl: values['base-url'],
    auth: values.auth as AuthKind | undefined,
    sandbox: values.sandbox ?? false,
    vocabulary: values.vocabulary as Vocabulary | undefined,
    count: count as number | undefined,
    cursor: values.cursor,
    json: values.json ?? false,
    port: port as number | undefined,
    timeoutMs: timeoutMs as number | undefined,
    waitOnRateLimit: values['wait-on-rate-limit'] ?? false,
    fault: values.fault,
    clientId: values['client-id'],
    scopes: values.scopes === undefined ? undefined : values.scopes.split(/[\s,]+/).filter((scope) => scope !== ''),
    authorizeUrl: values['authorize-url'],
    column,
    format: values.format as CliOptions['format'],
    maxCostUsd: maxCost === undefined ? undefined : Number(maxCost.replace('$', '')),
    noWaitOnRateLimit: values['no-wait-on-rate-limit'] ?? false,
  };
  const bulkOnly = (['column', 'format', 'max-cost', 'no-wait-on-rate-limit'] as const).filter((option) => values[option] !== undefined);

  if (name === 'code') {
    if (!isSnippetTargetId(value)) {
      return { ok: false, message: `code needs a target: one of ${SNIPPET_TARGET_IDS.join(', ')}${value === undefined ? '' : `; got "${value}"`}` };
    }
    // The rest is a lookup as it would be typed on its own: parse it as one.
    const at = argv.indexOf('code');
    const rest = parseCli([...argv.slice(0, at), ...argv.slice(at + 2)]);
    if (!rest.ok) return rest;
    if (rest.command.kind !== 'lookup') return { ok: false, message: 'code takes a lookup after the target, e.g. code curl user 2244994945' };
    if (rest.options.sandbox) return { ok: false, message: 'code prints a snippet; point it at a running sandbox with --base-url instead of --sandbox' };
    return { ok: true, command: { kind: 'code', target: value, endpoint: rest.command.endpoint, value: rest.command.value }, options: rest.options };
  }

  if (name === 'auth') {
    if (value === undefined || !(AUTH_ACTIONS as readonly string[]).includes(value)) {
      return { ok: false, message: `auth needs one of ${AUTH_ACTIONS.join(', ')}${value === undefined ? '' : `, got "${value}"`}` };
    }
    if (extra.length > 0) return { ok: false, message: `auth ${value} takes no further argument, got "${extra.join(' ')}"` };
    return { ok: true, command: { kind: 'auth', action: value as AuthAction }, options };
  }

  if (name === 'catalog' || name === 'sandbox') {
    if (value !== undefined) return { ok: false, message: `${name} takes no argument, got "${value}"` };
    return { ok: true, command: { kind: name }, options };
  }
  const lookup = Object.prototype.hasOwnProperty.call(LOOKUP_COMMANDS, name) ? LOOKUP_COMMANDS[name] : undefined;
  if (!lookup) return { ok: false, message: `unknown command "${name}" (see --help)` };
  const file = values['from-file'];
  if (file !== undefined) {
    if (lookup.endpoint !== 'usersByIds' && lookup.endpoint !== 'usersByUsernames') {
      return { ok: false, message: `--from-file works with users and users-by-username, not ${name}` };
    }
    if (value !== undefined) return { ok: false, message: `${name} --from-file reads its ${lookup.value} from the file; drop "${value}"` };
    if (file === '') return { ok: false, message: '--from-file needs a file name, or - for standard input' };
    return { ok: true, command: { kind: 'bulk', endpoint: lookup.endpoint, file }, options };
  }
  if (bulkOnly.length > 0) return { ok: false, message: `--${bulkOnly[0]} works only with --from-file` };
  if (extra.length > 0) return { ok: false, message: `${name} takes one argument; unexpected "${extra.join(' ')}" (join lists with commas)` };
  if (lookup.value === 'none' && value !== undefined) return { ok: false, message: `${name} takes no argument, got "${value}"` };
  if (lookup.value !== 'none' && value === undefined) return { ok: false, message: `${name} needs ${lookup.value === 'ids' || lookup.value === 'usernames' ? `a comma-separated list of ${lookup.value}` : `a${lookup.value === 'id' ? 'n' : ''} ${lookup.value}`}` };
  return { ok: true, command: { kind: 'lookup', endpoint: lookup.endpoint, value }, options };
}

function defaults(): CliOptions {
  return { sandbox: false, json: false, waitOnRateLimit: false, noWaitOnRateLimit: false };
}
