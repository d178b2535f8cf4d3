/**
 * Which enum a parameter context takes. `tweet.fields` (tweetFields, tweet_fields) is spec 2.166's Tweet enum and
 * `post.fields` (postFields, post_fields) spec 2.167's Post enum, whatever the setting: the code says which one it
 * sends. `user.fields` and `expansions` are spelled alike in both specs, so the `xapi.vocabulary` setting decides.
 */
import { VOCABULARY_FIELDS, type Vocabulary } from '../catalog/vocabulary';
import type { InlineParam } from './model';

/** The vocabulary whose enum applies to `param` when the setting is `setting`. */
export function vocabularyFor(param: InlineParam, setting: Vocabulary): Vocabulary {
  if (param === 'tweet.fields') return '2.166';
  if (param === 'post.fields') return '2.167';
  return setting;
}

export function otherVocabulary(vocabulary: Vocabulary): Vocabulary {
  return vocabulary === '2.166' ? '2.167' : '2.166';
}

/** The allowed values of `param` in `vocabulary` (for tweet/post fields: that vocabulary's tweet-or-post enum). */
export function valuesOf(param: InlineParam, vocabulary: Vocabulary): readonly string[] {
  const fields = VOCABULARY_FIELDS[vocabulary];
  if (param === 'user.fields') return fields.userFields;
  if (param === 'expansions') return fields.expansions;
  return fields.tweetFields;
}

/** The parameter a vocabulary sends tweet fields under. */
export function tweetParamOf(vocabulary: Vocabulary): 'tweet.fields' | 'post.fields' {
  return VOCABULARY_FIELDS[vocabulary].tweetFieldsParam;
}

/** Values 2.167 renamed, both ways. */
const RENAMED: ReadonlyMap<string, string> = new Map([
  ['pinned_tweet_id', 'pinned_post_id'],
  ['most_recent_tweet_id', 'most_recent_post_id'],
  ['affiliation.user_id', 'affiliation'],
  ['note_tweet', 'note_post'],
  ['edit_history_tweet_ids', 'edit_history_post_ids'],
].flatMap(([a, b]) => [[a, b], [b, a]]));

/**
 * The value of the other vocabulary's enum that means the same as `value` and that `param` allows in `vocabulary`,
 * if 2.167 renamed it (`pinned_post_id` -> `pinned_tweet_id`).
 */
export function counterpartOf(param: InlineParam, value: string, vocabulary: Vocabulary): string | undefined {
  const renamed = RENAMED.get(value);
  return renamed !== undefined && valuesOf(param, vocabulary).includes(renamed) ? renamed : undefined;
}

/** The expansions that bring a user's tweets/posts into `includes`, where tweet fields take effect. */
export const TWEET_EXPANSIONS: ReadonlySet<string> = new Set([
  'pinned_tweet_id', 'most_recent_tweet_id', 'pinned_post_id', 'most_recent_post_id',
]);

/** The `[pinned, most recent]` tweet expansions of a vocabulary. */
export function tweetExpansionsOf(vocabulary: Vocabulary): readonly [string, string] {
  return vocabulary === '2.166' ? ['pinned_tweet_id', 'most_recent_tweet_id'] : ['pinned_post_id', 'most_recent_post_id'];
}
