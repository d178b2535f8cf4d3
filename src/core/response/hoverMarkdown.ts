/**
 * The Markdown of a result-document hover, built without the editor so it is tested directly. The hover is trusted
 * (its look-up link runs a command), so the rule here is: every string taken from the response goes through
 * escapeMarkdown, and the only links are the ones built below from a digits-only id.
 */
import { docForResponsePath, formatFieldDocMarkdown, objectAtResponsePath } from '../fieldDocs/lookup';
import type { ResponsePathContext } from '../fieldDocs/lookup';
import type { JsonLocation, JsonPathSegment } from './jsonIndex';
import { escapeMarkdown } from '../util/markdown';

/** Keys whose string values are user ids, wherever they appear in a response. */
const USER_ID_KEYS = new Set(['author_id', 'in_reply_to_user_id', 'user_id', 'id']);
const TWEET_ID_KEYS = new Set(['pinned_tweet_id', 'most_recent_tweet_id', 'pinned_post_id', 'most_recent_post_id']);
const SNOWFLAKE = /^[0-9]{1,19}$/;

/**
 * Whether the value at this path is a user id (as opposed to a tweet id, a profile id, a problem's value). With the
 * document's keys (`context.keysAt`) an `id` counts only inside an object that is a user: a tweet lookup's
 * `data[].id` is a post id.
 */
export function isUserIdPath(path: readonly JsonPathSegment[], context?: ResponsePathContext): boolean {
  const named = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  if (!named || !USER_ID_KEYS.has(named)) return false;
  if (named === 'id') {
    if (context !== undefined) {
      // A mention names an account wherever it sits; any other `id` is the id of the object holding it.
      if (path[path.length - 3] === 'mentions') return true;
      const at = objectAtResponsePath(path, context);
      return at?.object === 'user' && at.start === path.length - 1;
    }
    // `id` is a user id in data and includes.users; in includes.tweets it is a tweet id, in custom profiles a profile id.
    const top = path[0];
    return top === 'data' || (top === 'includes' && path[1] === 'users');
  }
  return true;
}

export interface ResultHoverContext {
  /** The command the user-id link runs; the hover trusts this one command and no other. */
  readonly lookUpCommand: string;
  /** How many errors the result carries, when the document is a known result (undefined for an expired one). */
  readonly problemCount?: number;
  /**
   * The own keys of the object at a path prefix of the document (JsonIndex.keysAt), so `data` is documented as the
   * object it holds (a post, a Space...) and a document holding one bare object as that object.
   */
  readonly keysAt?: ResponsePathContext['keysAt'];
}

/** The hover's Markdown for a location in a result document, or undefined when there is nothing to say. */
export function resultHoverMarkdown(location: Pick<JsonLocation, 'path' | 'kind' | 'stringValue'>, context: ResultHoverContext): string | undefined {
  const { path } = location;
  if (path.length === 0) return undefined;
  const paths: ResponsePathContext | undefined = context.keysAt === undefined ? undefined : { keysAt: context.keysAt };
  const doc = docForResponsePath(path, paths);
  let markdown = '';
  if (doc) {
    markdown += formatFieldDocMarkdown(doc);
  } else if (location.kind === 'key') {
    const name = path.filter((s): s is string => typeof s === 'string').join('.');
    markdown += `**${escapeMarkdown(name)}**\n\nNot a documented field of the covered endpoints.`;
  }

  const id = location.kind === 'value' ? location.stringValue : undefined;
  if (id !== undefined && SNOWFLAKE.test(id)) {
    if (isUserIdPath(path, paths)) {
      const args = encodeURIComponent(JSON.stringify({ id }));
      markdown += `\n\n---\n\n[$(search) Look up user ${id}](command:${context.lookUpCommand}?${args})`;
    } else if (TWEET_ID_KEYS.has(String(path[path.length - 1]))) {
      markdown += '\n\n---\n\nThe tweet itself is in `includes` when this request has the matching expansion.';
    }
  }
  if (markdown === '') return undefined;
  if (context.problemCount !== undefined && path[0] === 'errors') {
    markdown += `\n\n---\n\n${problemAdvice(context.problemCount)}`;
  }
  return markdown;
}

function problemAdvice(count: number): string {
  return count === 1
    ? 'This error concerns one requested resource; the rest of the response (if any) is still valid.'
    : `${count} errors: each concerns one requested resource or field; the users in \`data\` are still valid.`;
}
