/**
 * Property accesses on X responses: `user.public_metrics.followers_count`, `tweet.edit_history_tweet_ids`,
 * `response.includes.tweets[0].text`, Python's `user.public_metrics["followers_count"]` and `user['withheld']`.
 * A chain is recorded from its anchor (triggers.ts) to its end; names before the anchor are the user's own.
 */
import { docForFieldName } from '../fieldDocs/lookup';
import type { AccessContext, AccessSegment } from './model';
import { Ch, camelToSnake, isIdentifierChar, isSpace } from './scanText';
import { ACCESS_ANCHORS, CAMEL_ACCESS_ANCHORS, GENERIC_ACCESS_ANCHORS, hasLibraryAnchor, hasXdkAnchor } from './triggers';
import type { WorkBudget } from './workBudget';

const ANCHOR = new RegExp(`\\b(?:${[...ACCESS_ANCHORS, ...CAMEL_ACCESS_ANCHORS].join('|')}|includes)\\b`, 'g');
const CAMEL_ANCHORS: ReadonlySet<string> = new Set(CAMEL_ACCESS_ANCHORS);
const INCLUDES_MEMBERS = new Set(['users', 'tweets', 'posts']);
/** A name before the anchor that says the object is a tweet or post (`tweet.public_metrics`, `posts[0].withheld`). */
const TWEET_HINT = /tweet|post/i;
/** How far back the names before an anchor are read for that hint. */
const HINT_LOOKBACK = 120;

/** One step of a chain at `i`: `.name`, `?.name`, `!.name`, `[0]`, `['name']`, `["name"]`; undefined at its end. */
function nextSegment(text: string, i: number, to: number): { segment: AccessSegment; next: number } | undefined {
  let j = i;
  if (text.charCodeAt(j) === Ch.Bang) j++; // TypeScript's non-null assertion
  if (text.charCodeAt(j) === Ch.Question && text.charCodeAt(j + 1) === Ch.Dot) {
    j++;
    if (text.charCodeAt(j + 1) === Ch.OpenBracket) j++; // `?.[0]`
  }
  const c = text.charCodeAt(j);
  if (c === Ch.Dot) {
    const start = j + 1;
    let end = start;
    while (end < to && isIdentifierChar(text.charCodeAt(end))) end++;
    if (end === start) return undefined;
    return { segment: { name: text.slice(start, end), start, end }, next: end };
  }
  if (c === Ch.OpenBracket) {
    const q = text.charCodeAt(j + 1);
    if (q === Ch.Quote || q === Ch.DoubleQuote) {
      const start = j + 2;
      let end = start;
      while (end < to && isIdentifierChar(text.charCodeAt(end))) end++;
      if (text.charCodeAt(end) !== q || text.charCodeAt(end + 1) !== Ch.CloseBracket || end === start) return undefined;
      return { segment: { name: text.slice(start, end), start, end }, next: end + 2 };
    }
    // An index, literal or computed: `[0]`, `[i]`. Its value does not matter to the docs.
    // The `]` is looked for only as far as an index may reach (40 characters): indexOf from an unclosed `[` ran to the
    // end of the file for every chain.
    const limit = Math.min(to, j + 41);
    for (let k = j + 1; k < limit; k++) {
      const d = text.charCodeAt(k);
      if (d === Ch.CloseBracket) return { segment: { name: 0, start: j, end: k + 1 }, next: k + 1 };
      if (!isIdentifierChar(d) && !isSpace(d) && d !== Ch.Dot) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Whether the anchor at `at` is reached by member access: `.x`, `?.x`, `!.x`, `['x']`, `["x"]`, never `...x`. */
function accessedAt(text: string, at: number): 'dot' | 'subscript' | undefined {
  const c = text.charCodeAt(at - 1);
  if (c === Ch.Dot) return text.charCodeAt(at - 2) === Ch.Dot ? undefined : 'dot';
  if ((c === Ch.Quote || c === Ch.DoubleQuote) && text.charCodeAt(at - 2) === Ch.OpenBracket) return 'subscript';
  return undefined;
}

function hasTweetHint(text: string, at: number, from: number): boolean {
  let start = at;
  const stop = Math.max(from, at - HINT_LOOKBACK);
  while (start > stop) {
    const c = text.charCodeAt(start - 1);
    if (!isIdentifierChar(c) && c !== Ch.Dot && c !== Ch.OpenBracket && c !== Ch.CloseBracket && c !== Ch.Quote
      && c !== Ch.DoubleQuote && c !== Ch.Question && c !== Ch.Bang) break;
    start--;
  }
  return TWEET_HINT.test(text.slice(start, at));
}

/**
 * Appends the access chains in text[from, to) to `out`; stops early, keeping what it found, when `budget` runs out.
 * A chain from a generic anchor (`profile_image_url`) is kept only when the text is about the X API: it imports a
 * client library or names an X host, `xElsewhere` (the other scanners found X parameters), or it holds a chain from
 * a distinctive anchor.
 */
export function scanAccesses(
  text: string, from: number, to: number, out: AccessContext[], budget: WorkBudget, xElsewhere = false,
): void {
  const generic: AccessContext[] = [];
  let distinctive = false;
  // Whether the file is about the X API (for generic anchors) and uses xdk (for camelCase ones): read when first needed.
  let xdk: boolean | undefined;
  ANCHOR.lastIndex = from;
  for (let m = ANCHOR.exec(text); m !== null && m.index < to && !budget.expired(); m = ANCHOR.exec(text)) {
    const written = m[0];
    const start = m.index;
    const how = accessedAt(text, start);
    if (how === undefined) continue;
    const camel = CAMEL_ANCHORS.has(written);
    if (camel && !(xdk ??= hasXdkAnchor(text))) continue;
    const isGeneric = GENERIC_ACCESS_ANCHORS.has(written);
    const name = camel ? camelToSnake(written) : written;
    let next = start + written.length;
    if (how === 'subscript') {
      if (text.charCodeAt(next) !== text.charCodeAt(start - 1) || text.charCodeAt(next + 1) !== Ch.CloseBracket) continue;
      next += 2;
    }
    const segments: AccessSegment[] = [{ name, start, end: start + written.length }];
    for (let step = nextSegment(text, next, to); step !== undefined; step = nextSegment(text, step.next, to)) {
      const segment = step.segment;
      // `publicMetrics?.followersCount` is documented as public_metrics.followers_count.
      segments.push(camel && typeof segment.name === 'string' ? { ...segment, name: camelToSnake(segment.name) } : segment);
      next = step.next;
    }
    let root: AccessContext['root'];
    if (name === 'includes') {
      const member = segments[1]?.name;
      if (typeof member !== 'string' || !INCLUDES_MEMBERS.has(member)) continue;
      root = 'response';
    } else {
      const tweetFirst = hasTweetHint(text, start, from);
      const asUser = docForFieldName('user', name) !== undefined;
      const asTweet = docForFieldName('tweet', name) !== undefined;
      root = (tweetFirst && asTweet) || !asUser ? 'tweet' : 'user';
    }
    const context: AccessContext = { kind: 'access', root, segments, start, end: segments[segments.length - 1].end };
    if (isGeneric) generic.push(context);
    else {
      distinctive = true;
      out.push(context);
    }
    ANCHOR.lastIndex = next;
  }
  if (generic.length > 0 && (distinctive || xElsewhere || hasLibraryAnchor(text))) out.push(...generic);
}
