/**
 * The anchors that make a piece of code an X API context, and the one-regex precheck that lets documents without any
 * of them skip all further work.
 *
 * Detection rules (also in the README):
 * - Query strings: `user.fields=`, `tweet.fields=`, `post.fields=` after `?` or `&` always count. `expansions=` counts
 *   when its URL is an X API one (a path starting with `/2/`, or an x.com / twitter.com host) or its query also has a
 *   `.fields` parameter.
 * - Options: the quoted keys `'user.fields'`, `'tweet.fields'`, `'post.fields'` always count. The other spellings
 *   (`userFields`, `tweet_fields`, ... and `expansions`) count only with another X anchor: the same options object /
 *   call has a quoted dotted key, a distinctive X value (`pinned_tweet_id`, `public_metrics`, ...) or is a user-lookup
 *   call (`client.v2.user(`, `users.getById(`, `get_user(`, ...); or, for an unquoted key (an object key, a keyword
 *   argument), the file imports an X library (twitter-api-v2, @xdevplatform/xdk, tweepy) or names an X API host. A
 *   quoted `'expansions'` is a dict key, which the libraries never use: the file's import does not vouch for it.
 * - Property accesses: a chain counts from its first distinctive X name reached by `.`/`?.`/`[...]` (never a bare
 *   variable): `public_metrics`, `pinned_tweet_id`, `verified_type`, `withheld`, `edit_history_tweet_ids`, ... or
 *   `includes` followed by `users`/`tweets`/`posts`. Generic names (`id`, `name`, `text`, `created_at`) never start a
 *   chain; after an anchor they are documented.
 * - JSON: a document whose top level has `data`, `includes` or `errors` and that holds user- or tweet-shaped keys.
 */

/** Field names distinctive enough to mark a property access on an X response. */
export const ACCESS_ANCHORS: readonly string[] = [
  'public_metrics', 'non_public_metrics', 'organic_metrics', 'promoted_metrics',
  'pinned_tweet_id', 'pinned_post_id', 'most_recent_tweet_id', 'most_recent_post_id',
  'verified_type', 'verified_followers_count', 'is_identity_verified', 'subscription_type', 'receives_your_dm',
  'connection_status', 'profile_image_url', 'profile_banner_url', 'withheld',
  'edit_history_tweet_ids', 'edit_history_post_ids', 'edit_controls', 'context_annotations', 'referenced_tweets',
  'in_reply_to_user_id', 'possibly_sensitive', 'reply_settings', 'note_tweet', 'note_post',
];

/**
 * Anchors other APIs use too (Twitch and GitHub users have a `profile_image_url`, many APIs `withheld`): they start a
 * chain only in a file about the X API ({@link hasLibraryAnchor}).
 */
export const GENERIC_ACCESS_ANCHORS: ReadonlySet<string> = new Set([
  'profile_image_url', 'profile_banner_url', 'withheld', 'connection_status', 'subscription_type', 'possibly_sensitive',
  'in_reply_to_user_id', 'reply_settings', 'receives_your_dm',
]);

/** xdk hands responses back with camelCase keys (`publicMetrics`); these anchor only in a file that imports it. */
export const CAMEL_ACCESS_ANCHORS: readonly string[] = ACCESS_ANCHORS
  .filter((name) => name.includes('_') && !GENERIC_ACCESS_ANCHORS.has(name))
  .map((name) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()));

/** Enum values that, written in an options object, show it is an X request whatever its key is called. */
export const DISTINCTIVE_VALUES: ReadonlySet<string> = new Set([
  ...ACCESS_ANCHORS, 'affiliation.user_id', 'edit_history_tweet_ids', 'most_recent_tweet_id', 'pinned_tweet_id',
]);

/** Every literal a context can start with. A document in which none occurs has no context. */
const PRECHECK = new RegExp(
  [
    // `x.fields`, `x_fields`, `xFields`, xdk's lowercase `userfields`; a bare `fields` key is anyone's.
    '[._]fields\\b|[a-z]Fields\\b|(?:user|tweet|post|media|poll|place|list|space|topic)fields\\b',
    'expansions',
    'includes(?:\\??\\.|\\[)',
    ...ACCESS_ANCHORS,
    ...CAMEL_ACCESS_ANCHORS,
  ].join('|'),
);

/** JSON fixtures: a top-level envelope member must be there (checked precisely at hover time on the path). */
const JSON_ENVELOPE = /"(?:data|includes|errors)"\s*:/;
/** ... and keys only users, tweets or X problems have. */
const JSON_SHAPE = /"(?:username|edit_history_tweet_ids|edit_history_post_ids|public_metrics|pinned_tweet_id|most_recent_tweet_id|verified_type|author_id|resource_type)"\s*:|api\.(?:twitter|x)\.com\/2\/problems/;

/**
 * Whether `text` may hold an X API context: one native regex scan, no allocation. False means no scanner can find
 * anything, so callers skip the document entirely.
 */
export function mentionsXApi(text: string): boolean {
  return PRECHECK.test(text);
}

/** A bare object (no envelope) counts only with a key nothing but an X user, post or media object has. */
const BARE_OBJECT = /^\s*\{/;
const BARE_SHAPE = /"(?:edit_history_tweet_ids|edit_history_post_ids|public_metrics|pinned_tweet_id|pinned_post_id|most_recent_tweet_id|verified_type|author_id|conversation_id|media_key)"\s*:/;

/**
 * Whether JSON text looks like an X response body (envelope plus user/tweet/problem-shaped keys), or one bare X
 * object as fixtures hold them (a user, a post, a media item).
 */
export function looksLikeXResponse(text: string): boolean {
  if (JSON_ENVELOPE.test(text) && JSON_SHAPE.test(text)) return true;
  return BARE_OBJECT.test(text) && BARE_SHAPE.test(text);
}

/** An import/require of an X client library, or an X API host: the file is about the X API. */
const LIBRARY_ANCHOR = /twitter-api-v2|twitter-api-sdk|@xdevplatform\/xdk|\bimport\s+tweepy|\bfrom\s+tweepy|\bfrom\s+TwitterAPI\s+import|\bxdk\b|api\.(?:x|twitter)\.com/;

/** The xdk import: its responses have camelCase keys. */
const XDK_ANCHOR = /@xdevplatform\/xdk/;

/** Whether the document uses xdk (checked once per scan, only when a camelCase anchor was seen). */
export function hasXdkAnchor(text: string): boolean {
  return XDK_ANCHOR.test(text);
}

/** Whether the document as a whole is about the X API (checked once per scan, only when an options key was seen). */
export function hasLibraryAnchor(text: string): boolean {
  return LIBRARY_ANCHOR.test(text);
}
