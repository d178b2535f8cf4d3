/**
 * What the builder panel tells the webview and makes of what the webview tells it, as plain values: the catalogue of
 * one vocabulary, the connection summary, the field defaults, and a description of a rejected message for the log.
 * Nothing here needs the panel or `vscode` (the panel passes in what it reads from the editor: the settings, the
 * localised sentence), so test/unit covers it in plain Node; lint keeps `vscode` out.
 */
import { AUTH_LABELS, CUSTOM_PROFILES_COUNT, ENDPOINT_IDS, ENDPOINTS } from '../../core/catalog/endpoints';
import { PRICE_PER_USER_USD } from '../../core/catalog/cost';
import type { DocumentedParameter } from '../../core/fieldDocs/lookup';
import type { FieldDoc } from '../../core/fieldDocs/types';
import { displayBaseUrl } from '../../core/request/baseUrl';
import { VOCABULARY_FIELDS } from '../../core/catalog/vocabulary';
import type { Vocabulary } from '../../core/catalog/vocabulary';
import type {
  BuilderCatalog,
  ConnectionSummary,
  EnumOption,
  FieldDefaults,
} from '../../shared/builder/protocol';
import type { XApiSettings } from '../common/settings';
import type { ConnectionState } from '../lookup/runner';

/** The mode for the webview: the auth kind and a base URL stripped of anything that could be a credential. */
export function connectionSummary(state: ConnectionState): ConnectionSummary {
  return {
    sandbox: state.sandbox,
    auth: state.auth,
    authLabel: AUTH_LABELS[state.auth].full,
    baseUrl: displayBaseUrl(state.baseUrl),
    vocabulary: state.vocabulary,
    ...(state.account !== undefined ? { account: state.account } : {}),
  };
}

/** Built once per vocabulary (and per language of the sentence below, which is one per session in practice). */
const catalogs = new Map<string, BuilderCatalog>();

/**
 * The form's catalogue for one vocabulary: endpoints, enum values with a one-line doc each, limits and price.
 * `returnedByDefault` is the localised "Returned by default." that ends the doc of a field every response carries.
 */
/** The doc of one `param=value` (fieldDocs' docForParameterValue, which the panel loads with the docs bundle). */
export type ParameterDoc = (param: DocumentedParameter, value: string) => FieldDoc | undefined;

export function builderCatalog(vocabulary: Vocabulary, returnedByDefault: string, docFor: ParameterDoc): BuilderCatalog {
  const key = `${vocabulary}\n${returnedByDefault}`;
  const cached = catalogs.get(key);
  if (cached) return cached;
  const option = (param: DocumentedParameter, value: string): EnumOption => enumOption(docFor(param, value), value, returnedByDefault);
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

function enumOption(doc: FieldDoc | undefined, value: string, returnedByDefault: string): EnumOption {
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
