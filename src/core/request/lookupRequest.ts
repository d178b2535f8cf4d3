/**
 * A lookup as the user describes it (endpoint, ids or usernames, field enums) and its validation into the exact
 * request that goes on the wire. Nothing is sent for a request that fails here.
 */
import {
  AUTH_LABELS,
  CUSTOM_PROFILES_COUNT,
  ENDPOINTS,
  isWellFormed,
  patternOf,
  requiresUserContext,
  sameUserKey,
  type AuthKind,
  type EndpointId,
  type EndpointSpec,
  type ValueKind,
} from '../catalog/endpoints';
import { closestValue } from './suggest';
import { VOCABULARY_FIELDS, type Vocabulary } from '../catalog/vocabulary';

/** What the user asked for. Lists are kept as given; validation reports every problem at once. */
export interface LookupRequest {
  readonly endpoint: EndpointId;
  /** For `userById` and `customProfile`. */
  readonly id?: string;
  /** For `usersByIds`. */
  readonly ids?: readonly string[];
  /** For `userByUsername`. */
  readonly username?: string;
  /** For `usersByUsernames`. */
  readonly usernames?: readonly string[];
  readonly userFields?: readonly string[];
  /** Sent as `tweet.fields` (2.166) or `post.fields` (2.167). */
  readonly tweetFields?: readonly string[];
  readonly expansions?: readonly string[];
  /** `custom_profiles/list.json` page size, 1 to 50. */
  readonly count?: number;
  /** `custom_profiles/list.json` cursor from a previous page's `next_cursor`. */
  readonly cursor?: string;
}

/** One broken rule: which input, which value, and what the rule is. */
export interface ValidationIssue {
  /** The input it concerns: `id`, `ids`, `username`, `usernames`, `user.fields`, `expansions`, `auth`, ... */
  readonly field: string;
  /** The offending value, when there is one. */
  readonly value?: string;
  /** What is wrong, in words: shown to the user as it is. */
  readonly message: string;
  /** The rule as a regular expression (`^[0-9]{1,19}$`), for the log only: the message says it in words. */
  readonly pattern?: string;
  /** A replacement the user probably meant. */
  readonly suggestion?: string;
}

/** A validated request: method, encoded path and query, ready for signing and sending. */
export interface PreparedRequest {
  readonly endpoint: EndpointId;
  readonly method: 'GET';
  /** The path with its parameter filled in, e.g. `/2/users/2244994945`. */
  readonly path: string;
  /** Query parameters in the order sent, values unencoded (commas join list values). */
  readonly query: readonly (readonly [string, string])[];
  /** `path?query`, percent-encoded per RFC 3986 except the commas that join list values. */
  readonly pathAndQuery: string;
}

export type PrepareResult =
  | { readonly ok: true; readonly request: PreparedRequest }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export interface PrepareOptions {
  readonly vocabulary: Vocabulary;
  /** The auth that will sign the request; endpoints needing user context refuse app-only Bearer. */
  readonly auth: AuthKind;
}

/** Each rule in words, for the user; the pattern itself travels in ValidationIssue.pattern, for the log. */
const RULE_TEXT: Readonly<Record<ValueKind, string>> = {
  id: 'is not an id: an id is 1 to 19 digits',
  username: 'is not a username: a username is 1 to 15 letters, digits or underscores',
};

/** Cursor values are opaque, but a printable token without spaces is all X ever hands out. */
const CURSOR_PATTERN = /^[\x21-\x7e]{1,256}$/;

function checkValue(field: string, kind: ValueKind, value: unknown, issues: ValidationIssue[]): value is string {
  if (typeof value !== 'string') {
    issues.push({ field, message: `${field} must be a string, got ${describeType(value)}` });
    return false;
  }
  if (!isWellFormed(kind, value)) {
    issues.push({ field, value, message: `${field} "${printable(value)}" ${RULE_TEXT[kind]}`, pattern: patternOf(kind).source });
    return false;
  }
  return true;
}

function checkList(
  field: string,
  kind: ValueKind,
  values: unknown,
  limits: { readonly min: number; readonly max: number },
  issues: ValidationIssue[],
): readonly string[] {
  if (!Array.isArray(values)) {
    issues.push({ field, message: `${field} must be a list of ${limits.min} to ${limits.max} values` });
    return [];
  }
  if (values.length < limits.min || values.length > limits.max) {
    issues.push({
      field,
      message: `${field} takes ${limits.min} to ${limits.max} values; got ${values.length}`,
    });
  }
  const seen = new Set<string>();
  const good: string[] = [];
  for (const value of values) {
    if (!checkValue(field, kind, value, issues)) continue;
    const key = sameUserKey(kind, value);
    if (seen.has(key)) {
      issues.push({ field, value, message: `${field} lists "${value}" more than once` });
      continue;
    }
    seen.add(key);
    good.push(value);
  }
  return good;
}

type FieldList = 'userFields' | 'expansions' | 'tweetFields';

function checkEnum(
  field: string,
  values: unknown,
  list: FieldList,
  vocabulary: Vocabulary,
  issues: ValidationIssue[],
): readonly string[] | undefined {
  if (values === undefined) return undefined;
  const allowed = VOCABULARY_FIELDS[vocabulary][list];
  if (!Array.isArray(values)) {
    issues.push({ field, message: `${field} must be a list of values` });
    return undefined;
  }
  if (values.length === 0) return undefined;
  const seen = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string') {
      issues.push({ field, message: `${field} values must be strings, got ${describeType(value)}` });
      continue;
    }
    if (!allowed.includes(value)) {
      const otherVocabulary = VOCABULARY_FIELDS[vocabulary === '2.166' ? '2.167' : '2.166'];
      if (otherVocabulary[list].includes(value)) {
        const suggestion = closestValue(value, allowed);
        issues.push({
          field,
          value,
          suggestion,
          message:
            `${field} value "${value}" belongs to spec ${otherVocabulary.version}, but the vocabulary is ${vocabulary}` +
            (suggestion ? `; did you mean ${suggestion}?` : ''),
        });
      } else {
        const suggestion = closestValue(value, allowed);
        issues.push({
          field,
          value: printable(value),
          suggestion,
          message:
            `${field} value "${printable(value)}" is not one of the ${allowed.length} values of spec ${vocabulary}` +
            (suggestion ? `; did you mean ${suggestion}?` : ''),
        });
      }
      continue;
    }
    if (seen.has(value)) {
      issues.push({ field, value, message: `${field} lists "${value}" more than once` });
      continue;
    }
    seen.add(value);
  }
  return values as readonly string[];
}

/** Validates a lookup and builds the request to send; reports every broken rule, not just the first. */
export function prepareLookup(request: LookupRequest, options: PrepareOptions): PrepareResult {
  const issues: ValidationIssue[] = [];
  const spec: EndpointSpec | undefined = ENDPOINTS[request.endpoint];
  if (!spec) {
    return { ok: false, issues: [{ field: 'endpoint', message: `unknown endpoint "${printable(String(request.endpoint))}"` }] };
  }
  if (!spec.auth.includes(options.auth)) {
    const accepted = spec.auth.map((kind) => AUTH_LABELS[kind].full).join(' or ');
    issues.push({
      field: 'auth',
      value: options.auth,
      message: requiresUserContext(spec)
        ? `${spec.path} needs user context (${accepted}); an ${AUTH_LABELS[options.auth].full} is refused`
        : `${spec.path} accepts ${accepted}, not an ${AUTH_LABELS[options.auth].full}`,
    });
  }

  let path = spec.path;
  const query: [string, string][] = [];

  if (spec.pathParam) {
    const { name, kind } = spec.pathParam;
    const value = name === 'id' ? request.id : request.username;
    if (value === undefined || value === '') {
      issues.push({ field: name, message: `${name} is required for ${spec.path}` });
    } else if (checkValue(name, kind, value, issues)) {
      path = path.replace(`:${name}`, value);
    }
  }

  if (spec.listParam) {
    const { name, kind } = spec.listParam;
    const values = name === 'ids' ? request.ids : request.usernames;
    if (values === undefined) {
      issues.push({ field: name, message: `${name} is required for ${spec.path}: 1 to ${spec.listParam.max} values` });
    } else {
      const good = checkList(name, kind, values, spec.listParam, issues);
      query.push([name, good.join(',')]);
    }
  }

  if (spec.takesFields) {
    const fields = VOCABULARY_FIELDS[options.vocabulary];
    const userFields = checkEnum('user.fields', request.userFields, 'userFields', options.vocabulary, issues);
    const expansions = checkEnum('expansions', request.expansions, 'expansions', options.vocabulary, issues);
    const tweetFields = checkEnum(fields.tweetFieldsParam, request.tweetFields, 'tweetFields', options.vocabulary, issues);
    if (userFields) query.push(['user.fields', userFields.join(',')]);
    if (expansions) query.push(['expansions', expansions.join(',')]);
    if (tweetFields) query.push([fields.tweetFieldsParam, tweetFields.join(',')]);
  } else {
    for (const [name, value] of [['user.fields', request.userFields], ['tweet.fields', request.tweetFields],
      ['expansions', request.expansions]] as const) {
      if (value !== undefined && value.length > 0) {
        issues.push({ field: name, message: `${spec.path} does not take ${name}` });
      }
    }
  }

  if (spec.paged) {
    if (request.count !== undefined) {
      const { min, max } = CUSTOM_PROFILES_COUNT;
      if (!Number.isInteger(request.count) || request.count < min || request.count > max) {
        issues.push({ field: 'count', value: String(request.count), message: `count must be a whole number from ${min} to ${max}` });
      } else {
        query.push(['count', String(request.count)]);
      }
    }
    if (request.cursor !== undefined && request.cursor !== '') {
      if (typeof request.cursor !== 'string' || !CURSOR_PATTERN.test(request.cursor)) {
        issues.push({ field: 'cursor', message: 'cursor must be the next_cursor of a previous page (printable, no spaces)' });
      } else {
        query.push(['cursor', request.cursor]);
      }
    }
  } else if (request.count !== undefined || (request.cursor !== undefined && request.cursor !== '')) {
    issues.push({ field: request.count !== undefined ? 'count' : 'cursor', message: `${spec.path} does not take count or cursor` });
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    request: { endpoint: spec.id, method: spec.method, path, query, pathAndQuery: path + encodeQuery(query) },
  };
}

/** RFC 3986 percent-encoding: `encodeURIComponent` leaves `!*'()` alone, which OAuth 1.0a and X do not. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!*'()]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Characters percentEncode leaves as they are (RFC 3986 unreserved). */
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
/** The same plus the commas encodeQuery puts back in values: such a value is its own encoding. */
const UNRESERVED_OR_COMMA = /^[A-Za-z0-9\-._~,]*$/;

/** Encodes a query; list commas stay literal so URLs read as X's docs write them (signatures are unaffected). */
export function encodeQuery(query: readonly (readonly [string, string])[]): string {
  if (query.length === 0) return '';
  let out = '';
  for (const [name, value] of query) {
    // Values already in their encoded form (the usual ids and field lists) skip percentEncode's regex passes.
    out += (out ? '&' : '?') + (UNRESERVED.test(name) ? name : percentEncode(name)) + '=' +
      (UNRESERVED_OR_COMMA.test(value) ? value : percentEncode(value).replace(/%2C/g, ','));
  }
  return out;
}

/**
 * The same for the log: each message followed by the pattern it was checked against, so a report can be matched to
 * the exact rule without the user ever reading a regular expression.
 */
export function formatIssuesForLog(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => (issue.pattern === undefined ? issue.message : `${issue.message} (${issue.pattern})`)).join('; ');
}

/** All the messages of a failed validation, one per line, for error text. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => issue.message).join('\n');
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'number' ? 'a number' : typeof value;
}

const CONTROL = /[\x00-\x1f\x7f]/g;

/** Keeps control characters and very long input out of messages. */
function printable(value: string): string {
  const clean = value.replace(CONTROL, '?');
  return clean.length > 40 ? clean.slice(0, 37) + '...' : clean;
}
