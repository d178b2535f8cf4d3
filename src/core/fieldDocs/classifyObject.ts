/**
 * Which API object a JSON object is, told by its own keys: a tweet lookup's `data` and a user lookup's `data` sit at
 * the same path, and a JSON fixture may hold a bare object with no envelope at all, so the path alone cannot say.
 * Pure and table-free (a few Set lookups per key), so hovers can call it on every request.
 */
import type { ApiDocObject } from './types';

/**
 * Keys that only one kind of object has, in the order the rules are tried. The order settles the keys two kinds share
 * in practice: a DM event has `text` and `attachments` like a post, so its own keys come first; a post never has a
 * user's `username`, but a user (2.166) has `most_recent_tweet_id`, so the tweet rule lists only keys no user has.
 */
const TELLING_KEYS: readonly (readonly [ApiDocObject, readonly string[]])[] = [
  ['dmEvent', ['event_type', 'dm_conversation_id']],
  ['media', ['media_key', 'variants', 'preview_image_url', 'duration_ms', 'alt_text']],
  ['poll', ['voting_status', 'options', 'duration_minutes', 'end_datetime']],
  ['place', ['full_name', 'country_code', 'place_type', 'contained_within', 'country']],
  ['space', [
    'host_ids', 'speaker_ids', 'invited_user_ids', 'creator_id', 'scheduled_start', 'started_at', 'ended_at',
    'participant_count', 'subscriber_count', 'is_ticketed', 'topic_ids', 'state',
  ]],
  ['list', ['owner_id', 'follower_count', 'private']],
  ['community', ['join_policy', 'access']],
  ['tweet', [
    'text', 'author_id', 'edit_history_tweet_ids', 'edit_history_post_ids', 'conversation_id', 'referenced_tweets',
    'referenced_posts', 'in_reply_to_user_id', 'reply_settings', 'possibly_sensitive', 'note_tweet', 'note_post',
    'edit_controls', 'context_annotations', 'display_text_range', 'card_uri', 'community_id', 'article',
  ]],
  ['user', [
    'username', 'profile_image_url', 'profile_banner_url', 'protected', 'verified', 'verified_type', 'pinned_tweet_id',
    'pinned_post_id', 'most_recent_tweet_id', 'most_recent_post_id', 'location', 'subscription_type', 'parody',
    'receives_your_dm', 'is_identity_verified', 'affiliation', 'verified_followers_count', 'connection_status',
  ]],
  // Lists and communities both count members; without a key above, a list is the likelier of the two.
  ['list', ['member_count']],
];

const RULES: readonly (readonly [ApiDocObject, ReadonlySet<string>])[] = TELLING_KEYS.map(
  ([object, keys]) => [object, new Set(keys)] as const,
);

/**
 * The object whose keys these are, or undefined when they do not tell (an empty object, `{id, name}` which a list,
 * a topic and a community all start as, or something that is no X object at all). Takes the object's own keys only,
 * not nested ones. Examples: `["id","text","author_id"]` -> `tweet`; `["id","name","username"]` -> `user`;
 * `["media_key","type"]` -> `media`; `["id","event_type","text"]` -> `dmEvent`.
 */
export function classifyObject(keys: readonly string[]): ApiDocObject | undefined {
  for (const [object, telling] of RULES) {
    for (const key of keys) if (telling.has(key)) return object;
  }
  return undefined;
}
