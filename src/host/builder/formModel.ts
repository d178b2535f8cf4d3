/**
 * What the builder panel tells the webview and makes of what the webview tells it, as plain values: the catalogue of
 * one vocabulary, the connection summary, the cost estimate, the field defaults, the lookup a command argument asks
 * to load, and a description of a rejected message for the log. Nothing here needs the panel or `vscode` (the panel
 * passes in what it reads from the editor: the settings, the localised sentence), so test/unit covers it in plain
 * Node; lint keeps `vscode` out.
 */
import { CUSTOM_PROFILES_COUNT, ENDPOINT_IDS, ENDPOINTS, PRICE_PER_USER_USD } from '../../core/catalog/endpoints';
import { docForParameterValue } from '../../core/fieldDocs/lookup';
import type { DocumentedParameter } from '../../core/fieldDocs/lookup';
import { lookupFromInput } from '../../core/request/argumentInput';
import { describeAuth } from '../../core/request/lookupRequest';
import type { LookupRequest } from '../../core/request/lookupRequest';
import { VOCABULARY_FIELDS } from '../../core/catalog/vocabulary';
import type { Vocabulary } from '../../core/catalog/vocabulary';
import { MAX_NAME_LENGTH } from '../../shared/builder/protocol';
import type {
  BuilderCatalog,
  BuilderInitial,
  ConnectionSummary,
  CostEstimate,
  EnumOption,
  FieldDefaults,
} from '../../shared/builder/protocol';
import type { XApiSettings } from '../common/settings';
import type { ConnectionState } from '../lookup/runner';

/**
 * The lookup to load from a command argument (untrusted: keybindings and other extensions pass anything):
 * `{ request, name? }`, or a bare request such as `{ "endpoint": "userById", "id": "2244994945" }`. Anything else,
 * a tree node from a menu included, means "no lookup": the builder opens as it was.
 */
export function builderInitialFromArgs(args: unknown): BuilderInitial | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  const record = args as Record<string, unknown>;
  const wrapped = typeof record.request === 'object' && record.request !== null;
  const parsed = lookupFromInput(wrapped ? record.request : args);
  if (!parsed.ok) return undefined;
  const name = wrapped && typeof record.name === 'string' && record.name.trim() !== '' ? record.name.slice(0, MAX_NAME_LENGTH) : undefined;
  return name === undefined ? { request: parsed.value } : { request: parsed.value, name };
}

/** The estimate of a request that is not billed per user (or not a request at all yet). */
export const notBilled: CostEstimate = { kind: 'notBilled' };

/** What a successful response to `request` would cost: users returned times the pay-per-use price. */
export function estimateCost(request: LookupRequest): CostEstimate {
  const spec = ENDPOINTS[request.endpoint];
  if (!spec.billedPerUser) return notBilled;
  let users = 1;
  if (spec.listParam) users = (spec.listParam.name === 'ids' ? request.ids : request.usernames)?.length ?? 0;
  // In tenths of a cent, so 3 users read $0.030 and not $0.030000000000000002.
  const totalUsd = Math.round(users * PRICE_PER_USER_USD * 1000) / 1000;
  return { kind: 'perUser', users, unitUsd: PRICE_PER_USER_USD, totalUsd };
}

/** The mode for the webview: the auth kind and a base URL stripped of anything that could be a credential. */
export function connectionSummary(state: ConnectionState): ConnectionSummary {
  return {
    sandbox: state.sandbox,
    auth: state.auth,
    authLabel: describeAuth(state.auth),
    baseUrl: publicBaseUrl(state.baseUrl),
    vocabulary: state.vocabulary,
  };
}

function publicBaseUrl(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname.replace(/\/+$/, '')}`;
  } catch {
    // Not a URL (the sandbox's `http://127.0.0.1:<sandbox port>` before it listens): cut the same parts by hand.
    return baseUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1').replace(/[?#].*$/s, '').replace(/\/+$/, '');
  }
}

/** Built once per vocabulary (and per language of the sentence below, which is one per session in practice). */
const catalogs = new Map<string, BuilderCatalog>();

/**
 * The form's catalogue for one vocabulary: endpoints, enum values with a one-line doc each, limits and price.
 * `returnedByDefault` is the localised "Returned by default." that ends the doc of a field every response carries.
 */
export function builderCatalog(vocabulary: Vocabulary, returnedByDefault: string): BuilderCatalog {
  const key = `${vocabulary}\n${returnedByDefault}`;
  const cached = catalogs.get(key);
  if (cached) return cached;
  const option = (param: DocumentedParameter, value: string): EnumOption => enumOption(param, value, returnedByDefault);
  const fields = VOCABULARY_FIELDS[vocabulary];
  const catalog: BuilderCatalog = {
    vocabulary,
    tweetFieldsParam: fields.tweetFieldsParam,
    endpoints: ENDPOINT_IDS.map((id) => ENDPOINTS[id]),
    userFields: fields.userFields.map((value) => option('user.fields', value)),
    tweetFields: fields.tweetFields.map((value) => option(fields.tweetFieldsParam, value)),
    expansions: fields.expansions.map((value) => option('expansions', value)),
    count: { ...CUSTOM_PROFILES_COUNT },
    pricePerUserUsd: PRICE_PER_USER_USD,
  };
  catalogs.set(key, catalog);
  return catalog;
}

function enumOption(param: DocumentedParameter, value: string, returnedByDefault: string): EnumOption {
  const doc = docForParameterValue(param, value);
  if (doc === undefined) return { value };
  // Tooltips are plain text: drop the Markdown code marks.
  let line = doc.description.replace(/`/g, '');
  if (doc.requestedBy === 'default') line += ' ' + returnedByDefault;
  return { value, doc: line };
}

/** Field selections of a new form from the `xapi.default*` settings. */
export function fieldDefaults(settings: Pick<XApiSettings, 'defaultUserFields' | 'defaultTweetFields' | 'defaultExpansions'>): FieldDefaults {
  return {
    userFields: settings.defaultUserFields,
    tweetFields: settings.defaultTweetFields,
    expansions: settings.defaultExpansions,
  };
}

/** A short, safe description of a rejected message for the log: its type and size, never its content. */
export function describeUntrusted(message: unknown): string {
  if (typeof message !== 'object' || message === null) return typeof message;
  const type = (message as { type?: unknown }).type;
  let size = 0;
  try {
    size = JSON.stringify(message)?.length ?? 0;
  } catch {
    // Cyclic or otherwise unserialisable: the size stays unknown.
  }
  return `type ${typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : typeof type}, ${size} characters`;
}
