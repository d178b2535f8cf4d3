/**
 * Field selection as X does it: default fields only unless more are asked for, `includes` only for requested
 * expansions, the tweet fields applied to expanded tweets, and the 2.167 renames (tweets become posts) when the
 * request speaks that vocabulary. Fields the caller may not see become partial errors, not silent gaps.
 */
import type { Vocabulary } from '../core/catalog/vocabulary';
import type { Json, SandboxTweet, SandboxUser } from './data/model';
import { problem, type ProblemBody } from './problems';
import { tweetForId, userForId } from './data/generated';

/** What the request selected, in the vocabulary it used. */
export interface Selection {
  readonly vocabulary: Vocabulary;
  readonly userFields: ReadonlySet<string>;
  readonly tweetFields: ReadonlySet<string>;
  readonly expansions: ReadonlySet<string>;
}

/** Who asks: app-only auth sees public fields; a user also sees what concerns them. */
export interface Viewer {
  readonly userId: string | undefined;
}

type JsonObject = { [key: string]: Json };

/** The expansions of each vocabulary, by what they expand. */
const EXPANSION_FIELD: Readonly<Record<string, { readonly kind: 'tweet' | 'user'; readonly stored: string; readonly shown: string }>> = {
  pinned_tweet_id: { kind: 'tweet', stored: 'pinned_tweet_id', shown: 'pinned_tweet_id' },
  most_recent_tweet_id: { kind: 'tweet', stored: 'most_recent_tweet_id', shown: 'most_recent_tweet_id' },
  'affiliation.user_id': { kind: 'user', stored: 'affiliation', shown: 'affiliation' },
  pinned_post_id: { kind: 'tweet', stored: 'pinned_tweet_id', shown: 'pinned_post_id' },
  most_recent_post_id: { kind: 'tweet', stored: 'most_recent_tweet_id', shown: 'most_recent_post_id' },
  affiliation: { kind: 'user', stored: 'affiliation', shown: 'affiliation' },
};

/** User fields only a signed-in user gets, since they describe the relation between viewer and user. */
const VIEWER_USER_FIELDS = new Set(['connection_status', 'receives_your_dm', 'subscribes_to_you']);
/** Tweet metrics only the author may read. */
const AUTHOR_TWEET_FIELDS = new Set(['non_public_metrics', 'organic_metrics', 'promoted_metrics']);

export interface Projected {
  readonly data: JsonObject;
  readonly tweetIds: readonly { readonly id: string; readonly parameter: string }[];
  readonly userIds: readonly string[];
  readonly errors: readonly ProblemBody[];
}

/** One user as the selection shows it, with the ids its expansions will pull into `includes`. */
export function projectUser(user: SandboxUser, selection: Selection, viewer: Viewer): Projected {
  const data: JsonObject = { id: user.id, name: user.name, username: user.username };
  const errors: ProblemBody[] = [];
  for (const field of selection.userFields) {
    if (field === 'id' || field === 'name' || field === 'username') continue;
    if (VIEWER_USER_FIELDS.has(field) && viewer.userId === undefined) continue;
    if (field === 'confirmed_email' && viewer.userId !== user.id) continue;
    const value = field === 'subscribes_to_you' ? subscribesToYou(user) : user[field];
    if (value !== undefined) data[field] = value;
  }
  const tweetIds: { id: string; parameter: string }[] = [];
  const userIds: string[] = [];
  for (const expansion of selection.expansions) {
    const target = EXPANSION_FIELD[expansion];
    const value = target ? user[target.stored] : undefined;
    if (!target || value === undefined) continue;
    if (target.kind === 'tweet' && typeof value === 'string') {
      data[target.shown] = value;
      tweetIds.push({ id: value, parameter: target.shown });
    } else if (target.kind === 'user' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      data.affiliation = value as JsonObject;
      const ids = (value as JsonObject).user_id;
      if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'string') userIds.push(id);
    }
  }
  if (data.public_metrics && selection.vocabulary === '2.167') data.public_metrics = renameKey(data.public_metrics, 'tweet_count', 'post_count');
  return { data, tweetIds, userIds, errors };
}

/** 2.167 adds `subscribes_to_you`; the stored 2.166 records lack it, so it is derived, stably, from the id. */
function subscribesToYou(user: SandboxUser): Json {
  return user.subscribes_to_you ?? user.id.charCodeAt(user.id.length - 1) % 3 === 0;
}

/** An expanded tweet as the selection shows it, or the partial error that takes its place. */
export function projectTweet(
  tweet: SandboxTweet,
  parameter: string,
  selection: Selection,
  viewer: Viewer,
  problemBase: string,
): { readonly tweet?: JsonObject; readonly errors: readonly ProblemBody[] } {
  const noun = selection.vocabulary === '2.167' ? 'Post' : 'Tweet';
  const author = typeof tweet.author_id === 'string' ? userForId(tweet.author_id) : undefined;
  if (author && 'protected' in author && author.protected === true && viewer.userId !== author.id) {
    return {
      errors: [problem(problemBase, 'not-authorized-for-resource', {
        value: tweet.id, detail: `Sorry, you are not authorized to see the ${noun} with ${parameter}: [${tweet.id}].`,
        title: 'Authorization Error', resource_type: noun.toLowerCase(), parameter, resource_id: tweet.id, section: 'includes',
      })],
    };
  }
  const post = selection.vocabulary === '2.167';
  const out: JsonObject = {
    id: tweet.id,
    text: tweet.text,
    [post ? 'edit_history_post_ids' : 'edit_history_tweet_ids']: tweet.edit_history_tweet_ids,
  };
  const errors: ProblemBody[] = [];
  const fieldsParam = post ? 'post.fields' : 'tweet.fields';
  for (const field of selection.tweetFields) {
    if (field === 'id' || field === 'text') continue;
    if (AUTHOR_TWEET_FIELDS.has(field) && viewer.userId !== tweet.author_id) {
      errors.push(problem(problemBase, 'not-authorized-for-field', {
        value: field, detail: `Sorry, you are not authorized to access '${field}' on the ${noun} with ids [${tweet.id}].`,
        title: 'Field Authorization Error', resource_type: noun.toLowerCase(), field, parameter: fieldsParam,
        resource_id: tweet.id, section: 'includes',
      }));
      continue;
    }
    const value = tweetFieldValue(tweet, field, post);
    if (value !== undefined) out[field] = value;
  }
  if (post && out.public_metrics) out.public_metrics = renameKey(out.public_metrics, 'retweet_count', 'repost_count');
  return { tweet: out, errors };
}

function tweetFieldValue(tweet: SandboxTweet, field: string, post: boolean): Json | undefined {
  if (!post) return tweet[field];
  switch (field) {
    case 'note_post':
      return tweet.note_tweet;
    case 'article_title': {
      const article = tweet.article;
      return typeof article === 'object' && article !== null && !Array.isArray(article) ? (article as JsonObject).title : undefined;
    }
    default:
      return tweet[field];
  }
}

function renameKey(value: Json, from: string, to: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value as JsonObject)) out[key === from ? to : key] = inner;
  return out;
}

/** Resolves the expanded ids into `includes`, each tweet or user once, in first-seen order. */
export function buildIncludes(
  projected: readonly Projected[],
  selection: Selection,
  viewer: Viewer,
  problemBase: string,
): { readonly includes?: JsonObject; readonly errors: readonly ProblemBody[] } {
  const tweets: JsonObject[] = [];
  const users: JsonObject[] = [];
  const errors: ProblemBody[] = [];
  const seenTweets = new Set<string>();
  const seenUsers = new Set<string>();
  for (const item of projected) {
    for (const { id, parameter } of item.tweetIds) {
      if (seenTweets.has(id)) continue;
      seenTweets.add(id);
      const tweet = tweetForId(id);
      if (!tweet) continue;
      const shown = projectTweet(tweet, parameter, selection, viewer, problemBase);
      if (shown.tweet) tweets.push(shown.tweet);
      errors.push(...shown.errors);
    }
    for (const id of item.userIds) {
      if (seenUsers.has(id)) continue;
      seenUsers.add(id);
      const user = userForId(id);
      if ('id' in user) users.push(projectUser(user, { ...selection, expansions: new Set() }, viewer).data);
    }
  }
  const includes: JsonObject = {};
  if (tweets.length) includes[selection.vocabulary === '2.167' ? 'posts' : 'tweets'] = tweets;
  if (users.length) includes.users = users;
  return { includes: Object.keys(includes).length ? includes : undefined, errors };
}
