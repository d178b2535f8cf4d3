/**
 * Field docs for everything a user lookup or a custom-profile read can answer with, written in our own words for
 * integration authors, and the lookups the hovers, the request builder and the CLI use to find them.
 *
 * The tables themselves live in userDocs.ts, tweetDocs.ts and envelopeDocs.ts (their types in types.ts); this module
 * indexes them once at load so that a hover over a huge result costs one Map lookup per path segment and no allocation.
 */
import type { Vocabulary } from '../catalog/vocabulary';
import type { DocObject, FieldDoc, FieldDocTable } from './types';
import { TWEET_DOC_LIST } from './tweetDocs';
import { USER_DOC_LIST } from './userDocs';
import {
  CUSTOM_PROFILE_DOC_LIST,
  ENVELOPE_DOC_LIST,
  EXPANSION_DOC_LIST,
  PROBLEM_DOC_LIST,
  V1_ERROR_DOC_LIST,
} from './envelopeDocs';

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

export const USER_FIELD_DOCS: FieldDocTable = tableOf(USER_DOC_LIST);
/** The 2.166 Tweet and the 2.167 Post in one table: shared names share a doc, renamed ones carry `vocabulary`. */
export const TWEET_FIELD_DOCS: FieldDocTable = tableOf(TWEET_DOC_LIST);
/** Relative to one RFC 7807 problem (an entry of `errors`, or a whole error body). */
export const PROBLEM_FIELD_DOCS: FieldDocTable = tableOf(PROBLEM_DOC_LIST);
/** Relative to one v1.1 error entry. */
export const V1_ERROR_FIELD_DOCS: FieldDocTable = tableOf(V1_ERROR_DOC_LIST);
/** Relative to one v1.1 Direct Message custom profile. */
export const CUSTOM_PROFILE_FIELD_DOCS: FieldDocTable = tableOf(CUSTOM_PROFILE_DOC_LIST);
/** Absolute paths of the top-level members of v2 and v1.1 response bodies. */
export const ENVELOPE_FIELD_DOCS: FieldDocTable = tableOf(ENVELOPE_DOC_LIST);
/** Keyed by `expansions` value; each doc describes what that value adds under `includes`. */
export const EXPANSION_DOCS: FieldDocTable = new Map(
  EXPANSION_DOC_LIST.map((doc) => [(doc.requestedBy ?? '').slice('expansions='.length), doc]),
);

export const FIELD_DOC_TABLES: Readonly<Record<DocObject, FieldDocTable>> = {
  user: USER_FIELD_DOCS,
  tweet: TWEET_FIELD_DOCS,
  problem: PROBLEM_FIELD_DOCS,
  customProfile: CUSTOM_PROFILE_FIELD_DOCS,
  envelope: ENVELOPE_FIELD_DOCS,
  v1Error: V1_ERROR_FIELD_DOCS,
  expansion: EXPANSION_DOCS,
};

function canonicalIndex(table: FieldDocTable): ReadonlyMap<string, FieldDoc> {
  const index = new Map<string, FieldDoc>();
  for (const doc of table.values()) index.set(canonical(doc.path), doc);
  return index;
}

const BY_FIELD_NAME: Readonly<Record<'user' | 'tweet', ReadonlyMap<string, FieldDoc>>> = {
  user: canonicalIndex(USER_FIELD_DOCS),
  tweet: canonicalIndex(TWEET_FIELD_DOCS),
};

/** The doc of a field given relative to a user or a tweet/post, e.g. `public_metrics.followers_count`. */
export function docForFieldName(object: 'user' | 'tweet', dottedPath: string): FieldDoc | undefined {
  return BY_FIELD_NAME[object].get(canonical(dottedPath));
}

// ---------------------------------------------------------------------------------------------------------------
// Parameter values

/** The query parameters whose values we document. */
export type DocumentedParameter = 'user.fields' | 'tweet.fields' | 'post.fields' | 'expansions';

function isTopLevel(path: string): boolean {
  return !path.includes('.') && !path.includes('[');
}

/**
 * `param=value` -> the top-level field it brings. Derived from `requestedBy`, so a value is documented exactly when
 * a doc says that value requests it; a default field answers for its own name in the vocabularies it exists in.
 */
function parameterIndex(): ReadonlyMap<string, FieldDoc> {
  const index = new Map<string, FieldDoc>();
  const add = (params: readonly string[], table: FieldDocTable): void => {
    for (const doc of table.values()) {
      if (!isTopLevel(doc.path) || doc.requestedBy === undefined) continue;
      if (doc.requestedBy === 'default') {
        for (const param of params) index.set(`${param}=${doc.path}`, doc);
        continue;
      }
      for (const token of doc.requestedBy.split(' or ')) {
        if (params.some((param) => token.startsWith(`${param}=`))) index.set(token, doc);
      }
    }
  };
  add(['user.fields'], USER_FIELD_DOCS);
  add(['tweet.fields', 'post.fields'], TWEET_FIELD_DOCS);
  return index;
}

const PARAMETER_INDEX = parameterIndex();

/** Which tweet-fields parameter a vocabulary sends, so a default tweet field answers only under its own name. */
const TWEET_PARAM_OF: Readonly<Record<Vocabulary, 'tweet.fields' | 'post.fields'>> = {
  '2.166': 'tweet.fields',
  '2.167': 'post.fields',
};

/**
 * The doc of what one value of `user.fields`, `tweet.fields`, `post.fields` or `expansions` brings into a response.
 * For an expansion the doc describes the `includes` member it fills.
 */
export function docForParameterValue(param: DocumentedParameter, value: string): FieldDoc | undefined {
  if (param === 'expansions') return EXPANSION_DOCS.get(value);
  const doc = PARAMETER_INDEX.get(`${param}=${value}`);
  if (doc === undefined) return undefined;
  // A default field renamed in 2.167 (edit_history_tweet_ids) must not answer under the other vocabulary's parameter.
  if (doc.requestedBy === 'default' && doc.vocabulary !== undefined && param !== 'user.fields') {
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

/**
 * One trie for whole response bodies: the envelope at the top, with the user, tweet, problem and custom-profile
 * tries grafted under the members that hold those objects. Built once; the grafts share child maps, not copies.
 */
function responseTrie(): PathNode {
  const user = trieOf(USER_FIELD_DOCS);
  const tweet = trieOf(TWEET_FIELD_DOCS, ['article', 'article_title']);
  const problem = trieOf(PROBLEM_FIELD_DOCS, ['errors.parameters']);
  const v1Error = trieOf(V1_ERROR_FIELD_DOCS);
  const customProfile = trieOf(CUSTOM_PROFILE_FIELD_DOCS);
  const root = trieOf(ENVELOPE_FIELD_DOCS);

  nodeAt(root, ['data']).children = user.children;
  nodeAt(root, ['includes', 'users']).children = user.children;
  nodeAt(root, ['includes', 'tweets']).children = tweet.children;
  nodeAt(root, ['includes', 'posts']).children = tweet.children;
  nodeAt(root, ['custom_profile']).children = customProfile.children;
  nodeAt(root, ['custom_profiles']).children = customProfile.children;

  // A top-level `errors` entry is a v2 problem, a v1.1 {code, message}, or, when the whole body is an invalid-request
  // problem, one of its {message, parameters} complaints. Their member names do not clash except `message`, whose
  // v1.1 doc is worded for both.
  const subErrors = nodeAt(problem, ['errors']).children;
  const errorEntry = new Map<string, PathNode>([...problem.children, ...subErrors, ...v1Error.children]);
  nodeAt(root, ['errors']).children = errorEntry;

  // 401, 429 and 402 answers are a bare problem, so its members are also documented at the top level.
  for (const [name, node] of problem.children) {
    if (!root.children.has(name)) root.children.set(name, node);
  }
  return root;
}

const RESPONSE_ROOT = responseTrie();

/**
 * The doc of the value at `path` inside a response body (numbers are array indexes), or undefined when we have none.
 * Called on every hover, so it walks a prebuilt trie without allocating.
 */
export function docForResponsePath(path: readonly (string | number)[]): FieldDoc | undefined {
  let node = RESPONSE_ROOT;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === 'number') continue;
    const next = node.children.get(segment);
    if (next === undefined) return node.open ? node.doc : undefined;
    node = next;
  }
  return node.doc;
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
