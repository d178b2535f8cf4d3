/**
 * Which enum a parameter context takes. `tweet.fields` (tweetFields, tweet_fields) is spec 2.166's Tweet enum and
 * `post.fields` (postFields, post_fields) spec 2.167's Post enum, whatever the setting: the code says which one it
 * sends. `user.fields` and `expansions` are spelled alike in both specs, so the `xapi.vocabulary` setting decides.
 */
import { API_PARAMETER_VALUES, API_VOCABULARY_CHANGES_2167 } from '../catalog/apiVocabulary';
import { VOCABULARY_FIELDS, type Vocabulary } from '../catalog/vocabulary';
import { endpointIn } from './endpoints';
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

/**
 * The allowed values of `param` in `vocabulary`: the enum of `endpoint` when the code names one, else every value some
 * endpoint accepts for that parameter. Undefined when nothing is known: an endpoint that does not take the parameter
 * (or declares it without an enum), a parameter no endpoint has.
 */
export function allowedValues(param: InlineParam, vocabulary: Vocabulary, endpoint?: string): readonly string[] | undefined {
  // tweet.fields is written in 2.166 code, post.fields in 2.167 code; a 2.167 endpoint takes post.fields.
  const name = param === 'tweet.fields' && vocabulary === '2.167' ? 'post.fields' : param;
  if (endpoint !== undefined) {
    const entry = endpointIn(endpoint, vocabulary);
    if (entry !== undefined) {
      if (name === 'expansions') return entry.expansions;
      return entry.fields?.[name];
    }
  }
  const all = API_PARAMETER_VALUES[vocabulary];
  return Object.hasOwn(all, name) ? all[name] : undefined;
}

/** Whether `endpoint` is known in `vocabulary` and takes neither an enum nor an open list for `param`. */
export function endpointRefuses(param: InlineParam, vocabulary: Vocabulary, endpoint: string): boolean {
  const entry = endpointIn(endpoint, vocabulary);
  if (entry === undefined) return false;
  const name = param === 'tweet.fields' && vocabulary === '2.167' ? 'post.fields' : param;
  if (entry.unenumerated?.includes(name)) return false;
  // 2.167 endpoints that still send tweets under tweet.fields.
  if (param === 'tweet.fields' && entry.fields?.['tweet.fields'] !== undefined) return false;
  return name === 'expansions' ? entry.expansions === undefined : entry.fields?.[name] === undefined;
}

/** The allowed values of `param` on a user lookup in `vocabulary` (for tweet/post fields: that vocabulary's enum). */
export function valuesOf(param: InlineParam, vocabulary: Vocabulary): readonly string[] {
  const fields = VOCABULARY_FIELDS[vocabulary];
  if (param === 'user.fields') return fields.userFields;
  if (param === 'expansions') return fields.expansions;
  if (param === 'tweet.fields' || param === 'post.fields') return fields.tweetFields;
  return allowedValues(param, vocabulary) ?? [];
}

/** The parameter a vocabulary sends tweet fields under. */
export function tweetParamOf(vocabulary: Vocabulary): 'tweet.fields' | 'post.fields' {
  return VOCABULARY_FIELDS[vocabulary].tweetFieldsParam;
}

/** Values 2.167 renamed, both ways (from the spec diff, plus the default tweet field the diff cannot see). */
const RENAMED: ReadonlyMap<string, string> = new Map([
  ...API_VOCABULARY_CHANGES_2167.values.map((rename): [string, string] => [rename.from, rename.to]),
  ['edit_history_tweet_ids', 'edit_history_post_ids'],
].flatMap(([a, b]) => [[a, b], [b, a]]));

/**
 * The value of the other vocabulary's enum that means the same as `value` and that `param` allows in `vocabulary`,
 * if 2.167 renamed it (`pinned_post_id` -> `pinned_tweet_id`).
 */
export function counterpartOf(
  param: InlineParam, value: string, vocabulary: Vocabulary, allowed: readonly string[] = valuesOf(param, vocabulary),
): string | undefined {
  const renamed = RENAMED.get(value);
  return renamed !== undefined && allowed.includes(renamed) ? renamed : undefined;
}

/** The expansions that bring a user's tweets/posts into `includes`, where tweet fields take effect. */
export const TWEET_EXPANSIONS: ReadonlySet<string> = new Set([
  'pinned_tweet_id', 'most_recent_tweet_id', 'pinned_post_id', 'most_recent_post_id',
]);

/** The `[pinned, most recent]` tweet expansions of a vocabulary. */
export function tweetExpansionsOf(vocabulary: Vocabulary): readonly [string, string] {
  return vocabulary === '2.166' ? ['pinned_tweet_id', 'most_recent_tweet_id'] : ['pinned_post_id', 'most_recent_post_id'];
}

/** Whether some endpoint of either vocabulary has the parameter (`media.fields` yes, `custom.fields` no). */
export function isKnownParam(param: string): boolean {
  return Object.hasOwn(API_PARAMETER_VALUES['2.166'], param) || Object.hasOwn(API_PARAMETER_VALUES['2.167'], param);
}
