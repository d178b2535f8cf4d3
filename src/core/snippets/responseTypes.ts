/**
 * "Copy Response Type": a TypeScript type or a Python TypedDict for the body of one exact lookup. Only the fields the
 * lookup asked for appear; id, name and username (X's defaults) are the only user keys always there, everything else
 * is optional because X leaves a field out when the user has no value for it. `includes` is typed by the expansions
 * chosen, in the vocabulary's names (`tweets` or `posts`). Field types come from the spec extracts (responseShapes.ts).
 */
import { ENDPOINTS, type EndpointId } from '../catalog/endpoints';
import { VOCABULARY_FIELDS, type Vocabulary } from '../catalog/vocabulary';
import { formatIssues, prepareLookup, type LookupRequest } from '../request/lookupRequest';
import { RESPONSE_SHAPES } from './responseShapes';
import type { Shape } from './shapeKinds';

export type TypeLanguage = 'typescript' | 'python';

export const TYPE_LANGUAGES: readonly { readonly id: TypeLanguage; readonly label: string }[] = [
  { id: 'typescript', label: 'TypeScript' },
  { id: 'python', label: 'Python (TypedDict)' },
];

export type ResponseTypeResult = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly message: string };

/** A key of an object type, and whether the body always has it. */
interface Member {
  readonly name: string;
  readonly shape: Shape;
  readonly required: boolean;
}

/** The user fields X always returns. */
const DEFAULT_USER_FIELDS = ['id', 'name', 'username'];
/** The tweet (post) fields X always returns; the edit history ids are defaults too, but optional here to be safe. */
const DEFAULT_TWEET_FIELDS = ['id', 'text'];

/** An expansion's key on the user (the id it expands), and what it adds to `includes`. */
const EXPANSIONS: Readonly<Record<string, { readonly key: string; readonly includes: 'tweets' | 'users' }>> = {
  pinned_tweet_id: { key: 'pinned_tweet_id', includes: 'tweets' },
  most_recent_tweet_id: { key: 'most_recent_tweet_id', includes: 'tweets' },
  'affiliation.user_id': { key: 'affiliation', includes: 'users' },
  pinned_post_id: { key: 'pinned_post_id', includes: 'tweets' },
  most_recent_post_id: { key: 'most_recent_post_id', includes: 'tweets' },
  affiliation: { key: 'affiliation', includes: 'users' },
};

const STRING: Shape = { kind: 'string' };
const INTEGER: Shape = { kind: 'integer' };

/** X's problem object: type and title always, the rest as the problem kind has them. */
const PROBLEM: Shape = {
  kind: 'object',
  required: ['title', 'type'],
  properties: {
    detail: STRING, field: STRING, parameter: STRING, resource_id: STRING, resource_type: STRING, section: STRING,
    status: INTEGER, title: STRING, type: STRING, value: STRING,
  },
};

/** A v1.1 DM custom profile, as documented for `custom_profiles/:id.json`. */
const CUSTOM_PROFILE: Shape = {
  kind: 'object',
  required: ['avatar', 'created_timestamp', 'id', 'name'],
  properties: {
    avatar: { kind: 'object', required: ['media'], properties: { media: { kind: 'object', required: ['url'], properties: { url: STRING } } } },
    created_timestamp: STRING, id: STRING, name: STRING,
  },
};

/**
 * Keys X returns that one extract's object leaves out though the other documents them: 2.166's user public_metrics
 * has no media_count, which X (and the sandbox) send in either vocabulary, as 2.167's schema says.
 */
const UNDOCUMENTED: Readonly<Record<Vocabulary, Readonly<Record<string, Readonly<Record<string, Shape>>>>>> = {
  '2.166': { public_metrics: { media_count: { kind: 'integer', nullable: true } } },
  '2.167': {},
};

/** The field's schema in this vocabulary, else in the other one (a field the extract's object leaves out). */
function fieldShape(table: 'user' | 'tweet', field: string, vocabulary: Vocabulary): Shape {
  const other: Vocabulary = vocabulary === '2.166' ? '2.167' : '2.166';
  const shape = RESPONSE_SHAPES[vocabulary][table][field] ?? RESPONSE_SHAPES[other][table][field] ?? { kind: 'unknown' };
  const extra = table === 'user' ? UNDOCUMENTED[vocabulary][field] : undefined;
  return extra && shape.kind === 'object' ? { ...shape, properties: { ...shape.properties, ...extra } } : shape;
}

function members(table: 'user' | 'tweet', defaults: readonly string[], requested: readonly string[], vocabulary: Vocabulary): Member[] {
  const names = [...defaults, ...[...new Set(requested)].filter((name) => !defaults.includes(name)).sort()];
  return names.map((name) => ({ name, shape: fieldShape(table, name, vocabulary), required: defaults.includes(name) }));
}

function objectOf(list: readonly Member[]): Shape {
  const properties: Record<string, Shape> = {};
  for (const member of list) properties[member.name] = member.shape;
  return { kind: 'object', properties, required: list.filter((m) => m.required).map((m) => m.name) };
}

/** The named types of one response, in the order they are written: what the generators render. */
interface Model {
  readonly root: string;
  readonly types: readonly { readonly name: string; readonly shape: Shape }[];
}

function responseModel(request: LookupRequest, vocabulary: Vocabulary): Model {
  const spec = ENDPOINTS[request.endpoint];
  const root = `${pascal(request.endpoint)}Response`;
  if (spec.api === 'v1.1') {
    const body: Shape = request.endpoint === 'customProfile'
      ? { kind: 'object', required: ['custom_profile'], properties: { custom_profile: ref('CustomProfile') } }
      : { kind: 'object', required: ['custom_profiles'], properties: { custom_profiles: { kind: 'array', items: ref('CustomProfile') }, next_cursor: STRING } };
    return { root, types: [{ name: 'CustomProfile', shape: CUSTOM_PROFILE }, { name: root, shape: body }] };
  }
  const fields = VOCABULARY_FIELDS[vocabulary];
  const expansions = (request.expansions ?? []).map((name) => EXPANSIONS[name]).filter((e) => e !== undefined);
  const userFields = request.userFields ?? [];
  const user = members('user', DEFAULT_USER_FIELDS, [...userFields, ...expansions.map((e) => e.key)], vocabulary);
  const types: { name: string; shape: Shape }[] = [{ name: 'User', shape: objectOf(user) }];
  const includes: Record<string, Shape> = {};
  const tweetsKey = fields.includesTweetsKey;
  const tweetNoun = tweetsKey === 'posts' ? 'Post' : 'Tweet';
  if (expansions.some((e) => e.includes === 'tweets')) {
    const history = tweetsKey === 'posts' ? 'edit_history_post_ids' : 'edit_history_tweet_ids';
    const tweet = members('tweet', DEFAULT_TWEET_FIELDS, [history, ...(request.tweetFields ?? [])], vocabulary);
    types.push({ name: `Included${tweetNoun}`, shape: objectOf(tweet) });
    includes[tweetsKey] = { kind: 'array', items: ref(`Included${tweetNoun}`) };
  }
  if (expansions.some((e) => e.includes === 'users')) {
    types.push({ name: 'IncludedUser', shape: objectOf(members('user', DEFAULT_USER_FIELDS, userFields, vocabulary)) });
    includes.users = { kind: 'array', items: ref('IncludedUser') };
  }
  types.push({ name: 'Problem', shape: PROBLEM });
  const many = spec.listParam !== undefined;
  const properties: Record<string, Shape> = {
    data: many ? { kind: 'array', items: ref('User') } : ref('User'),
    errors: { kind: 'array', items: ref('Problem') },
  };
  if (Object.keys(includes).length > 0) properties.includes = { kind: 'object', properties: includes, required: [] };
  // `data` is absent when every user asked for is unavailable (X answers 200 with `errors` only); not for `me`.
  types.push({ name: root, shape: { kind: 'object', properties, required: request.endpoint === 'me' ? ['data'] : [] } });
  return { root, types };
}

/** A reference to a named type of the model: an object shape with this one marker key. */
function ref(name: string): Shape {
  return { kind: 'object', properties: {}, required: [`#${name}`] };
}

function refName(shape: Shape): string | undefined {
  return shape.kind === 'object' && shape.required.length === 1 && shape.required[0].startsWith('#') ? shape.required[0].slice(1) : undefined;
}

function pascal(text: string): string {
  return text.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join('');
}

/** The type of the lookup's response body in `language`; refuses a lookup that is not valid for the vocabulary. */
export function responseType(language: TypeLanguage, request: LookupRequest, vocabulary: Vocabulary): ResponseTypeResult {
  const spec = ENDPOINTS[request.endpoint as EndpointId];
  if (!spec) return { ok: false, message: `unknown endpoint "${String(request.endpoint)}"` };
  const prepared = prepareLookup(request, { vocabulary, auth: spec.auth[0] });
  if (!prepared.ok) return { ok: false, message: formatIssues(prepared.issues) };
  const model = responseModel(request, vocabulary);
  const header = `${spec.summary}: GET ${prepared.request.path}${spec.api === 'v2' ? ` (field names of spec ${vocabulary})` : ''}.`;
  return { ok: true, code: language === 'typescript' ? typescript(model, header) : python(model, header) };
}

// --- TypeScript -------------------------------------------------------------------------------------------------

function typescript(model: Model, header: string): string {
  const lines = [`// ${header}`, '// Only the fields this lookup asks for; optional where X may leave them out. Ids are strings.'];
  for (const { name, shape } of model.types) lines.push('', `export interface ${name} ${tsType(shape, '')}`);
  return `${lines.join('\n')}\n`;
}

function tsType(shape: Shape, indent: string): string {
  const name = refName(shape);
  let text: string;
  if (name) text = name;
  else {
    switch (shape.kind) {
      case 'string': text = 'string'; break;
      case 'integer': case 'number': text = 'number'; break;
      case 'boolean': text = 'boolean'; break;
      case 'unknown': text = 'unknown'; break;
      case 'enum': text = shape.values.map((value) => JSON.stringify(value)).join(' | '); break;
      case 'union': text = shape.of.map((part) => tsType(part, indent)).join(' | '); break;
      case 'array': {
        const item = tsType(shape.items, indent);
        const items = shape.items;
        const compound = items.nullable || items.kind === 'union' || (items.kind === 'enum' && items.values.length > 1);
        text = compound ? `(${item})[]` : `${item}[]`;
        break;
      }
      case 'object': {
        const keys = Object.keys(shape.properties);
        if (keys.length === 0) { text = 'Record<string, unknown>'; break; }
        const inner = `${indent}  `;
        const body = keys.map((key) => `${inner}${tsKey(key)}${shape.required.includes(key) ? '' : '?'}: ${tsType(shape.properties[key], inner)};`);
        text = `{\n${body.join('\n')}\n${indent}}`;
        break;
      }
    }
  }
  return shape.nullable ? `${text} | null` : text;
}

function tsKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

// --- Python -----------------------------------------------------------------------------------------------------

function python(model: Model, header: string): string {
  const classes: string[] = [];
  const taken = new Set(model.types.map((t) => t.name));
  /** Nested objects become classes of their own, named by their path, written before the class that uses them. */
  const pyType = (shape: Shape, path: string): string => {
    const name = refName(shape);
    let text: string;
    if (name) text = name;
    else {
      switch (shape.kind) {
        case 'string': text = 'str'; break;
        case 'integer': text = 'int'; break;
        case 'number': text = 'float'; break;
        case 'boolean': text = 'bool'; break;
        case 'unknown': text = 'Any'; break;
        case 'enum': text = `Literal[${shape.values.map((value) => JSON.stringify(value)).join(', ')}]`; break;
        case 'union': text = `Union[${shape.of.map((part, i) => pyType(part, `${path}${i}`)).join(', ')}]`; break;
        case 'array': text = `list[${pyType(shape.items, `${path}Item`)}]`; break;
        case 'object': {
          if (Object.keys(shape.properties).length === 0) { text = 'dict[str, Any]'; break; }
          let className = path;
          for (let n = 2; taken.has(className); n += 1) className = `${path}${n}`;
          taken.add(className);
          writeClass(className, shape);
          text = className;
          break;
        }
      }
    }
    return shape.nullable ? `Optional[${text}]` : text;
  };
  const writeClass = (name: string, shape: Shape): void => {
    if (shape.kind !== 'object') return;
    const body = Object.keys(shape.properties).map((key) => {
      const type = pyType(shape.properties[key], `${name}${pascal(key)}`);
      return `    ${key}: ${shape.required.includes(key) ? type : `NotRequired[${type}]`}`;
    });
    classes.push(`class ${name}(TypedDict):\n${body.length ? body.join('\n') : '    pass'}`);
  };
  for (const { name, shape } of model.types) writeClass(name, shape);
  const lines = [
    `# ${header}`,
    '# Only the fields this lookup asks for; NotRequired where X may leave them out. Ids are strings. Python 3.11+',
    '# (before 3.11, import NotRequired from typing_extensions).',
    'from typing import Any, Literal, NotRequired, Optional, TypedDict, Union',
  ];
  return `${lines.join('\n')}\n\n\n${classes.join('\n\n\n')}\n`;
}
