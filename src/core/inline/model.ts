/**
 * What the inline docs recognise in a user's own code: the X API contexts of one document, as plain offsets into its
 * text. The scanners (scanQuery, scanOptions, scanAccess, scanMarkdown) produce them once per document version; the
 * hover, completion and checks read them by binary search.
 */
import { OBJECT_FIELDS_PARAMS, type DocumentedParameter } from '../fieldDocs/lookup';

/**
 * The request parameters whose values we complete and check: `expansions` and every `<object>.fields` of the v2 API
 * (`user.fields`, `tweet.fields`, `post.fields`, `media.fields`, `list.fields`, ...).
 */
export type InlineParam = `${string}.fields` | 'expansions';

/** The parameters whose values have field docs (fieldDocs/lookup): expansions and every documented `*.fields`. */
export type DocumentedParam = DocumentedParameter;

const DOCUMENTED = new Set<string>(['expansions', ...Object.values(OBJECT_FIELDS_PARAMS).flat()]);

export function isDocumentedParam(param: InlineParam): param is DocumentedParam {
  return DOCUMENTED.has(param);
}

/**
 * How a document is read. `js` covers TypeScript, JavaScript and their React variants; `http` is REST Client /
 * httpYac files; `markdown` scans fenced code blocks only, each as the family its info string names.
 */
export type InlineFamily = 'js' | 'python' | 'http' | 'json' | 'markdown';

/** One value written in a parameter context; offsets of its text without quotes. */
export interface ValueSpan {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/**
 * How the values are written: `query` (`user.fields=a,b` in a URL), `string` (`'user.fields': 'a,b'`), `array`
 * (`userFields: ['a', 'b']`), or `expression` (`expansions: EXPANSIONS`: present, but nothing to read).
 */
export type ParamSyntax = 'query' | 'string' | 'array' | 'expression';

/** A request parameter with its values: in a URL query, or a key of a library's options object / call. */
export interface ParamContext {
  readonly kind: 'param';
  readonly param: InlineParam;
  readonly syntax: ParamSyntax;
  /** The parameter name as written (`user.fields`, `userFields`, `user_fields`), without quotes. */
  readonly keyStart: number;
  readonly keyEnd: number;
  /**
   * Where values live: after `=` up to the end of the query value, inside the string's quotes, or between the
   * array's brackets. Completion is offered for offsets in [start, end] inclusive.
   */
  readonly start: number;
  readonly end: number;
  /** Just past the whole value as written (the closing quote or bracket): where a sibling parameter can be added. */
  readonly valueEnd: number;
  /** Literal values in document order; values built at run time (`${x}`, identifiers, `{{var}}`) are left out. */
  readonly values: readonly ValueSpan[];
  /** Whether part of the value is built at run time (a variable, a spread, `${x}`): checks then assume the best. */
  readonly dynamic: boolean;
  /**
   * Which request the parameter belongs to: the offset of the query's `?`, or of the bracket opening the options
   * object or call. Contexts with the same group are checked together (tweet.fields needs an expansion).
   */
  readonly group: number;
  /** Whether that request is known to be a user lookup, where tweet fields need an expansion to have any effect. */
  readonly userLookup: boolean;
  /**
   * The endpoint the request calls, when the code names it (a library method, a URL path): a key of apiVocabulary's
   * API_ENDPOINTS such as `GET /2/users/:id/bookmarks`. Undefined: values are checked against every endpoint's list.
   */
  readonly endpoint?: string;
  /** Values may be camelCase (xdk's `publicMetrics` becomes `public_metrics` before it is sent). */
  readonly camelValues?: boolean;
  /** Quote character of the key (`'`, `"`, or empty for an identifier / query name): a sibling key is written alike. */
  readonly keyQuote: string;
  /** What separates key and value: `=` (query, Python keyword argument) or `:` (object literal, dict). */
  readonly assign: '=' | ':';
  /** Quote character to write new array elements with. */
  readonly quote: string;
}

/** One segment of a property access chain: `.name`, `["name"]` or an index `[0]` (name undefined). */
export interface AccessSegment {
  readonly name: string | number;
  readonly start: number;
  readonly end: number;
}

/**
 * A property access on an X response object (`user.public_metrics.followers_count`, `includes.tweets[0].text`):
 * the segments from the anchor (the first X-specific name) to the end of the chain. Only segments from the anchor on
 * are recorded; whatever precedes it (`response.data`) is the user's own naming.
 */
export interface AccessContext {
  readonly kind: 'access';
  /** `response`: the chain starts at a top-level member (`includes`); otherwise relative to a user or a tweet. */
  readonly root: 'response' | 'user' | 'tweet';
  readonly segments: readonly AccessSegment[];
  readonly start: number;
  readonly end: number;
}

/** Anything the scanners recognise, ordered by `start`. */
export type InlineContext = ParamContext | AccessContext;

/** A span of the document that holds a JSON X response (a whole .json fixture, or a ```json block in Markdown). */
export interface JsonRegion {
  readonly start: number;
  readonly end: number;
}
