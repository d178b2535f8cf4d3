/**
 * Field docs for everything the API answers with (users, posts, media, polls, places, Spaces, lists, DM events,
 * topics, communities, the envelope, problems), written in our own words for integration authors, and the lookups
 * the hovers, the request builder and the CLI use to find them.
 *
 * The tables live in one module per object (their types in types.ts, the key classifier in classifyObject.ts). Every
 * index here is built on first use and memoised, never at load: importing this module during activation costs
 * nothing (test/unit/core/fieldDocs/objectDocs.test.ts checks the build counter), and once built a hover over a
 * huge result costs one Map lookup per path segment.
 */
import type { Vocabulary } from '../catalog/vocabulary';
import type { ApiDocObject, DocObject, FieldDoc, FieldDocTable } from './types';
import { classifyObject } from './classifyObject';
import { DM_EVENT_DOC_LIST } from './dmEventDocs';
import { OTHER_EXPANSION_DOC_LIST } from './expansionDocs';
import { LIST_DOC_LIST } from './listDocs';
import { MEDIA_DOC_LIST } from './mediaDocs';
import { PLACE_DOC_LIST } from './placeDocs';
import { POLL_DOC_LIST } from './pollDocs';
import { SPACE_DOC_LIST } from './spaceDocs';
import { COMMUNITY_DOC_LIST, TOPIC_DOC_LIST } from './topicDocs';
import { TWEET_DOC_LIST } from './tweetDocs';
import { USER_DOC_LIST } from './userDocs';
import {
  CUSTOM_PROFILE_DOC_LIST,
  ENVELOPE_DOC_LIST,
  EXPANSION_DOC_LIST,
  PROBLEM_DOC_LIST,
  V1_ERROR_DOC_LIST,
} from './envelopeDocs';

/** Re-exported so inline code finds the classifier beside the lookups it pairs with. */
export { classifyObject };

let builds = 0;

/** How many indexes have been built so far: 0 until the first lookup, which is what keeps activation free. */
export function fieldDocBuildCount(): number {
  return builds;
}

/** A value computed on first call and kept. */
function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) {
      builds++;
      value = build();
    }
    return value;
  };
}

/** A path with its array markers and indexes removed: `entities.url.urls[].url` and `entities.url.urls.url` agree. */
function canonical(path: string): string {
  return path.replace(/\[\d*\]/g, '');
}

function parentOf(canonicalPath: string): string | undefined {
  const dot = canonicalPath.lastIndexOf('.');
  return dot < 0 ? undefined : canonicalPath.slice(0, dot);
}

/**
 * Builds a table in which nested fields inherit `requestedBy` and `vocabulary` from their nearest ancestor that has
 * them: the data files then state each only once, on the field a request actually names.
 */
function tableOf(list: readonly FieldDoc[]): FieldDocTable {
  const byCanonical = new Map<string, FieldDoc>();
  for (const doc of list) byCanonical.set(canonical(doc.path), doc);
  const table = new Map<string, FieldDoc>();
  for (const doc of list) {
    let requestedBy = doc.requestedBy;
    let vocabulary = doc.vocabulary;
    for (let up = parentOf(canonical(doc.path)); up !== undefined; up = parentOf(up)) {
      const ancestor = byCanonical.get(up);
      requestedBy ??= ancestor?.requestedBy;
      vocabulary ??= ancestor?.vocabulary;
    }
    table.set(doc.path, {
      ...doc,
      ...(requestedBy === undefined ? {} : { requestedBy }),
      ...(vocabulary === undefined ? {} : { vocabulary }),
    });
  }
  return table;
}

/**
 * The source list of each table. The user, tweet, problem, custom-profile, v1.1 error and envelope tables are
 * relative to one object (absolute for the envelope); 2.166 Tweet and 2.167 Post share the tweet table, shared names
 * sharing a doc and renamed ones carrying `vocabulary`.
 */
const DOC_LISTS: Readonly<Record<Exclude<DocObject, 'expansion'>, readonly FieldDoc[]>> = {
  user: USER_DOC_LIST,
  tweet: TWEET_DOC_LIST,
  media: MEDIA_DOC_LIST,
  poll: POLL_DOC_LIST,
  place: PLACE_DOC_LIST,
  space: SPACE_DOC_LIST,
  list: LIST_DOC_LIST,
  dmEvent: DM_EVENT_DOC_LIST,
  topic: TOPIC_DOC_LIST,
  community: COMMUNITY_DOC_LIST,
  problem: PROBLEM_DOC_LIST,
  customProfile: CUSTOM_PROFILE_DOC_LIST,
  envelope: ENVELOPE_DOC_LIST,
  v1Error: V1_ERROR_DOC_LIST,
};

/** Every kind of object with a table. */
export const DOC_OBJECTS: readonly DocObject[] = [...Object.keys(DOC_LISTS) as DocObject[], 'expansion'];

/** The objects an API response carries, each with the `<object>.fields` parameter that shapes it. */
export const OBJECT_FIELDS_PARAMS: Readonly<Record<ApiDocObject, readonly ObjectFieldsParameter[]>> = {
  user: ['user.fields'],
  tweet: ['tweet.fields', 'post.fields'],
  media: ['media.fields'],
  poll: ['poll.fields'],
  place: ['place.fields'],
  space: ['space.fields'],
  list: ['list.fields'],
  dmEvent: ['dm_event.fields'],
  topic: ['topic.fields'],
  community: ['community.fields'],
};

const tableCache = new Map<DocObject, FieldDocTable>();

/**
 * The table of one kind of object, keyed by `FieldDoc.path`; built on first use. The `expansion` table is keyed by
 * `expansions` value instead, each doc describing what that value adds under `includes`.
 */
export function fieldDocTable(object: DocObject): FieldDocTable {
  let table = tableCache.get(object);
  if (table === undefined) {
    builds++;
    table = object === 'expansion'
      ? new Map([...OTHER_EXPANSION_DOC_LIST, ...EXPANSION_DOC_LIST].map((doc) => [(doc.requestedBy ?? '').slice('expansions='.length), doc]))
      : tableOf(DOC_LISTS[object]);
    tableCache.set(object, table);
  }
  return table;
}

const canonicalCache = new Map<DocObject, ReadonlyMap<string, FieldDoc>>();

function canonicalIndex(object: DocObject): ReadonlyMap<string, FieldDoc> {
  let index = canonicalCache.get(object);
  if (index === undefined) {
    builds++;
    const built = new Map<string, FieldDoc>();
    for (const doc of fieldDocTable(object).values()) built.set(canonical(doc.path), doc);
    canonicalCache.set(object, built);
    index = built;
  }
  return index;
}

/**
 * The doc of a field of one kind of object, the path relative to that object (absolute for `envelope`), with or
 * without array markers: `docForObjectField('media', 'variants[].bit_rate')`, `('tweet', 'public_metrics.like_count')`.
 * For inline docs over code that reads a response: pair it with {@link classifyObject} when the code shows the
 * object's keys, or with what the call returns when it shows the endpoint.
 */
export function docForObjectField(object: DocObject, dottedPath: string): FieldDoc | undefined {
  return canonicalIndex(object).get(canonical(dottedPath));
}

/** The doc of a field given relative to a user or a tweet/post, e.g. `public_metrics.followers_count`. */
export function docForFieldName(object: 'user' | 'tweet', dottedPath: string): FieldDoc | undefined {
  return docForObjectField(object, dottedPath);
}

// ---------------------------------------------------------------------------------------------------------------
// Parameter values

/** The `<object>.fields` parameters whose values we document. */
export type ObjectFieldsParameter =
  | 'user.fields' | 'tweet.fields' | 'post.fields' | 'media.fields' | 'poll.fields' | 'place.fields'
  | 'space.fields' | 'list.fields' | 'dm_event.fields' | 'topic.fields' | 'community.fields';

/** The query parameters whose values we document. */
export type DocumentedParameter = ObjectFieldsParameter | 'expansions';

function isTopLevel(path: string): boolean {
  return !path.includes('.') && !path.includes('[');
}

/**
 * `param=value` -> the top-level field it brings. Derived from `requestedBy`, so a value is documented exactly when
 * a doc says that value requests it; a default field answers for its own name in the vocabularies it exists in.
 */
const parameterIndex = memo((): ReadonlyMap<string, FieldDoc> => {
  const index = new Map<string, FieldDoc>();
  for (const [object, params] of Object.entries(OBJECT_FIELDS_PARAMS) as [ApiDocObject, readonly string[]][]) {
    for (const doc of fieldDocTable(object).values()) {
      if (!isTopLevel(doc.path) || doc.requestedBy === undefined) continue;
      if (doc.requestedBy === 'default') {
        for (const param of params) index.set(`${param}=${doc.path}`, doc);
        continue;
      }
      for (const token of doc.requestedBy.split(' or ')) {
        if (params.some((param) => token.startsWith(`${param}=`))) index.set(token, doc);
      }
    }
  }
  return index;
});

/** Which tweet-fields parameter a vocabulary sends, so a default tweet field answers only under its own name. */
const TWEET_PARAM_OF: Readonly<Record<Vocabulary, 'tweet.fields' | 'post.fields'>> = {
  '2.166': 'tweet.fields',
  '2.167': 'post.fields',
};

/**
 * The doc of what one value of an `<object>.fields` parameter or of `expansions` brings into a response. For an
 * expansion the doc describes the `includes` member it fills.
 */
export function docForParameterValue(param: DocumentedParameter, value: string): FieldDoc | undefined {
  if (param === 'expansions') return fieldDocTable('expansion').get(value);
  const doc = parameterIndex().get(`${param}=${value}`);
  if (doc === undefined) return undefined;
  // A default field renamed in 2.167 (edit_history_tweet_ids) must not answer under the other vocabulary's parameter.
  if (doc.requestedBy === 'default' && doc.vocabulary !== undefined && (param === 'tweet.fields' || param === 'post.fields')) {
    return TWEET_PARAM_OF[doc.vocabulary] === param ? doc : undefined;
  }
  return doc;
}

// ---------------------------------------------------------------------------------------------------------------
// Response paths

/** A trie over path segments; array indexes are skipped, so an element resolves to its array's doc. */
interface PathNode {
  doc: FieldDoc | undefined;
  children: Map<string, PathNode>;
  /** Free-form objects (`errors[].parameters`, `article`): any key below them answers with their doc. */
  open: boolean;
}

function newNode(doc: FieldDoc | undefined): PathNode {
  return { doc, children: new Map(), open: false };
}

function trieOf(table: FieldDocTable, openPaths: readonly string[] = []): PathNode {
  const root = newNode(undefined);
  for (const doc of table.values()) {
    const key = canonical(doc.path);
    let node = root;
    for (const segment of key.split('.')) {
      let next = node.children.get(segment);
      if (next === undefined) {
        next = newNode(undefined);
        node.children.set(segment, next);
      }
      node = next;
    }
    node.doc = doc;
    node.open = openPaths.includes(key);
  }
  return root;
}

function nodeAt(root: PathNode, segments: readonly string[]): PathNode {
  let node = root;
  for (const segment of segments) {
    const next = node.children.get(segment);
    if (next === undefined) throw new Error(`fieldDocs: no envelope doc for ${segments.join('.')}`);
    node = next;
  }
  return node;
}

/** Members of an object that hold free-form content: any key below them answers with their doc. */
const OPEN_PATHS: Partial<Record<DocObject, readonly string[]>> = {
  tweet: ['article', 'article_title'],
  problem: ['errors.parameters'],
  place: ['geo.properties'],
};

const trieCache = new Map<DocObject, PathNode>();

/** The trie of one object's table, relative to that object. */
function objectTrie(object: DocObject): PathNode {
  let trie = trieCache.get(object);
  if (trie === undefined) {
    builds++;
    trie = trieOf(fieldDocTable(object), OPEN_PATHS[object]);
    trieCache.set(object, trie);
  }
  return trie;
}

/** The `includes` members and the object each holds, whatever the request. */
const INCLUDES_OBJECTS: readonly (readonly [string, ApiDocObject])[] = [
  ['users', 'user'], ['tweets', 'tweet'], ['posts', 'tweet'], ['media', 'media'], ['polls', 'poll'],
  ['places', 'place'], ['topics', 'topic'],
];

/**
 * One trie for whole response bodies: the envelope at the top, with the object tries grafted under the members that
 * hold those objects (`data` as a user: what it is when nothing else tells). Built once; the grafts share child maps.
 */
const responseTrie = memo((): PathNode => {
  const root = trieOf(fieldDocTable('envelope'));
  nodeAt(root, ['data']).children = objectTrie('user').children;
  for (const [member, object] of INCLUDES_OBJECTS) nodeAt(root, ['includes', member]).children = objectTrie(object).children;
  const customProfile = objectTrie('customProfile');
  nodeAt(root, ['custom_profile']).children = customProfile.children;
  nodeAt(root, ['custom_profiles']).children = customProfile.children;

  // A top-level `errors` entry is a v2 problem, a v1.1 {code, message}, or, when the whole body is an invalid-request
  // problem, one of its {message, parameters} complaints. Their member names do not clash except `message`, whose
  // v1.1 doc is worded for both.
  const problem = objectTrie('problem');
  const subErrors = nodeAt(problem, ['errors']).children;
  const errorEntry = new Map<string, PathNode>([...problem.children, ...subErrors, ...objectTrie('v1Error').children]);
  nodeAt(root, ['errors']).children = errorEntry;

  // 401, 429 and 402 answers are a bare problem, so its members are also documented at the top level.
  for (const [name, node] of problem.children) {
    if (!root.children.has(name)) root.children.set(name, node);
  }
  return root;
});

/** Keys only a response envelope has at its top: a root object with one of them is an envelope, not a bare object. */
const ENVELOPE_KEYS: ReadonlySet<string> = new Set([
  'data', 'includes', 'errors', 'meta', 'custom_profile', 'custom_profiles', 'next_cursor',
]);

/** What the caller can tell about the document around a path, so `data` and bare objects get the right docs. */
export interface ResponsePathContext {
  /**
   * The own keys of the JSON object at `prefix` (a prefix of the looked-up path, `[]` for the root), or undefined
   * when the value there is no object. With it, `data` and `data[i]` are told apart by their keys (a tweet lookup's
   * `created_at` is a post's) and a document holding just one object (no envelope) is documented as that object.
   */
  readonly keysAt?: (prefix: readonly (string | number)[]) => readonly string[] | undefined;
  /** The object the request returns in `data`, when the caller knows the endpoint; wins over the keys. */
  readonly dataObject?: ApiDocObject;
}

/** Where in a path the object that holds it begins, and which object it is. */
export interface ObjectAtPath {
  readonly object: DocObject;
  /** Index in the path of the first segment inside the object. */
  readonly start: number;
}

/**
 * Which documented object the value at `path` lies inside (a bare root object, an element of `data`, an entry of
 * `includes.media`...), or undefined for the envelope itself and for what no table covers. Hover code uses it to
 * tell what an `id` is (a user's, a post's, a Space's).
 */
export function objectAtResponsePath(
  path: readonly (string | number)[],
  context: ResponsePathContext = {},
): ObjectAtPath | undefined {
  const rootKeys = context.keysAt?.([]);
  if (rootKeys !== undefined && !rootKeys.some((key) => ENVELOPE_KEYS.has(key))) {
    const bare = classifyObject(rootKeys);
    if (bare !== undefined) return { object: bare, start: 0 };
  }
  const first = path[0];
  if (first === 'data') {
    const start = typeof path[1] === 'number' ? 2 : 1;
    if (path.length <= start) return undefined;
    const keys = context.dataObject === undefined ? context.keysAt?.(path.slice(0, start)) : undefined;
    return { object: context.dataObject ?? (keys && classifyObject(keys)) ?? 'user', start };
  }
  if (first === 'includes' && typeof path[1] === 'string' && path.length > 3 && typeof path[2] === 'number') {
    const entry = INCLUDES_OBJECTS.find(([member]) => member === path[1]);
    if (entry !== undefined) return { object: entry[1], start: 3 };
  }
  return undefined;
}

function walk(root: PathNode, path: readonly (string | number)[], from: number): FieldDoc | undefined {
  let node = root;
  for (let i = from; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === 'number') continue;
    const next = node.children.get(segment);
    if (next === undefined) return node.open ? node.doc : undefined;
    node = next;
  }
  return node.doc;
}

/**
 * The doc of the value at `path` inside a response body (numbers are array indexes), or undefined when we have none.
 * Without a context `data` is read as users, as before objects were told apart; with `keysAt` the object's own keys
 * decide (see {@link ResponsePathContext}). Called on every hover: a walk over prebuilt tries, plus, with a context,
 * one look at the keys of the object around the path.
 */
export function docForResponsePath(
  path: readonly (string | number)[],
  context?: ResponsePathContext,
): FieldDoc | undefined {
  if (context !== undefined) {
    const at = objectAtResponsePath(path, context);
    if (at !== undefined && (at.start === 0 || at.object !== 'user')) return walk(objectTrie(at.object), path, at.start);
  }
  return walk(responseTrie(), path, 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering

/** How a doc reads in a hover or in the CLI's `--explain` output. Our own text, so nothing needs escaping. */
export function formatFieldDocMarkdown(doc: FieldDoc): string {
  const parts = [`**${doc.path}** \`${doc.type}\``, doc.description];
  if (doc.requestedBy === 'default') {
    parts.push('Returned by default.');
  } else if (doc.requestedBy !== undefined) {
    const values = doc.requestedBy.split(' or ').map((token) => `\`${token}\``);
    parts.push(`Requested with ${values.join(' or ')}`);
  }
  if (doc.vocabulary !== undefined) parts.push(`Only in the ${doc.vocabulary} vocabulary.`);
  if (doc.example !== undefined) parts.push(`Example:\n\n\`\`\`json\n${doc.example}\n\`\`\``);
  return parts.join('\n\n');
}
