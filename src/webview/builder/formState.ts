/**
 * The form as data: what the user typed, kept per input so switching endpoints loses nothing, and the request it
 * describes for the endpoint chosen. Pure: no DOM here.
 */
import { isEndpointId } from '../../core/catalog/endpoints';
import { NAME_MAX_LENGTH } from '../../core/savedLookups/name';
import type { EndpointId, EndpointSpec } from '../../core/catalog/endpoints';
import type { BuilderCatalog, BuilderRequest, FieldDefaults } from '../../shared/builder/protocol';

/** Every input of the form, as typed. */
export interface FormState {
  readonly endpoint: EndpointId;
  readonly id: string;
  /** Ids separated by commas, spaces or new lines. */
  readonly ids: string;
  readonly username: string;
  readonly usernames: string;
  /** As typed in the number input; empty means the API's default page size. */
  readonly count: string;
  readonly cursor: string;
  readonly userFields: readonly string[];
  readonly tweetFields: readonly string[];
  readonly expansions: readonly string[];
}

/** The inputs that are text, whose errors wait until the user has been there. */
export type TextInput = 'id' | 'ids' | 'username' | 'usernames' | 'count' | 'cursor';

export const TEXT_INPUTS: readonly TextInput[] = ['id', 'ids', 'username', 'usernames', 'count', 'cursor'];

/** What the webview keeps with setState: the form, the saved lookup's name, and which inputs were visited. */
export interface PersistedState {
  readonly version: 1;
  readonly form: FormState;
  readonly name?: string;
  readonly touched: readonly TextInput[];
}

/** Lengths the inputs stop at; the host's guard refuses anything longer than 1024 per value anyway. */
export const INPUT_LIMITS = { value: 64, list: 400_000, cursor: 512, name: NAME_MAX_LENGTH } as const;

/** The same user twice is asked for by separating the entries; these split them. */
const LIST_SEPARATORS = /[\s,]+/;

export function splitList(text: string): string[] {
  return text.split(LIST_SEPARATORS).filter((entry) => entry !== '');
}

/** `@jack` and `jack` mean the same account; the API wants the bare name. */
function bareUsername(value: string): string {
  return value.startsWith('@') ? value.slice(1) : value;
}

export function emptyForm(catalog: BuilderCatalog, defaults: FieldDefaults): FormState {
  return {
    endpoint: 'userById',
    id: '',
    ids: '',
    username: '',
    usernames: '',
    count: '',
    cursor: '',
    userFields: known(defaults.userFields, catalog.userFields),
    tweetFields: known(defaults.tweetFields, catalog.tweetFields),
    expansions: known(defaults.expansions, catalog.expansions),
  };
}

/** The values of `values` that `options` offers, in the options' order (settings and saved state may hold others). */
export function known(values: readonly string[], options: readonly { readonly value: string }[]): string[] {
  const wanted = new Set(values);
  return options.filter((option) => wanted.has(option.value)).map((option) => option.value);
}

/** The form for a lookup handed over by the host (a saved lookup opened in the builder). */
export function formFromRequest(request: BuilderRequest): FormState {
  return {
    endpoint: request.endpoint,
    id: request.id ?? '',
    ids: (request.ids ?? []).join(', '),
    username: request.username ?? '',
    usernames: (request.usernames ?? []).join(', '),
    count: request.count === undefined ? '' : String(request.count),
    cursor: request.cursor ?? '',
    userFields: [...(request.userFields ?? [])],
    tweetFields: [...(request.tweetFields ?? [])],
    expansions: [...(request.expansions ?? [])],
  };
}

/** The request the form describes for its endpoint: only the keys that endpoint takes, lists split, `@` dropped. */
export function requestFromForm(form: FormState, spec: EndpointSpec): BuilderRequest {
  const request: { -readonly [K in keyof BuilderRequest]: BuilderRequest[K] } = { endpoint: spec.id };
  if (spec.pathParam?.name === 'id') request.id = form.id.trim();
  if (spec.pathParam?.name === 'username') request.username = bareUsername(form.username.trim());
  if (spec.listParam?.name === 'ids') request.ids = splitList(form.ids);
  if (spec.listParam?.name === 'usernames') request.usernames = splitList(form.usernames).map(bareUsername);
  if (spec.takesFields) {
    if (form.userFields.length > 0) request.userFields = [...form.userFields];
    if (form.tweetFields.length > 0) request.tweetFields = [...form.tweetFields];
    if (form.expansions.length > 0) request.expansions = [...form.expansions];
  }
  if (spec.paged) {
    const count = form.count.trim();
    // A number input hands over '' for text that is not a number; the host explains a number out of range.
    if (count !== '' && Number.isFinite(Number(count))) request.count = Number(count);
    const cursor = form.cursor.trim();
    if (cursor !== '') request.cursor = cursor;
  }
  return request;
}

/** A name to offer when saving, from what the lookup asks for. */
export function suggestedName(form: FormState): string {
  const few = (entries: string[], prefix = ''): string =>
    entries.slice(0, 3).map((entry) => prefix + entry).join(', ') + (entries.length > 3 ? ` +${entries.length - 3}` : '');
  switch (form.endpoint) {
    case 'userById':
      return `User ${form.id.trim()}`.trim();
    case 'usersByIds':
      return `Users ${few(splitList(form.ids))}`.trim();
    case 'userByUsername':
      return `@${bareUsername(form.username.trim())}`;
    case 'usersByUsernames':
      return few(splitList(form.usernames).map(bareUsername), '@') || 'Users by username';
    case 'me':
      return 'Me';
    case 'customProfile':
      return `Custom profile ${form.id.trim()}`.trim();
    case 'customProfiles':
      return 'Custom profiles';
  }
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** Reads what getState returned: an older build may have stored something else, so nothing is taken on trust. */
export function restoreState(value: unknown): PersistedState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stored = value as Record<string, unknown>;
  if (stored.version !== 1 || typeof stored.form !== 'object' || stored.form === null) return undefined;
  const form = stored.form as Record<string, unknown>;
  if (!isEndpointId(form.endpoint)) return undefined;
  const touched = strings(stored.touched).filter((name): name is TextInput => (TEXT_INPUTS as string[]).includes(name));
  return {
    version: 1,
    form: {
      endpoint: form.endpoint,
      id: text(form.id, INPUT_LIMITS.value),
      ids: text(form.ids, INPUT_LIMITS.list),
      username: text(form.username, INPUT_LIMITS.value),
      usernames: text(form.usernames, INPUT_LIMITS.list),
      count: text(form.count, INPUT_LIMITS.value),
      cursor: text(form.cursor, INPUT_LIMITS.cursor),
      userFields: strings(form.userFields),
      tweetFields: strings(form.tweetFields),
      expansions: strings(form.expansions),
    },
    ...(typeof stored.name === 'string' ? { name: stored.name.slice(0, INPUT_LIMITS.name) } : {}),
    touched,
  };
}
