/**
 * The two field vocabularies of the X API v2 user lookups, with exactly the enum values of the OpenAPI spec extracts
 * (versions 2.166 and 2.167). 2.167 renames tweets to posts; which one is sent is the user's choice, and responses in
 * either are understood.
 */

/** A version of X's OpenAPI spec whose enums we send. */
export type Vocabulary = '2.166' | '2.167';

export const VOCABULARIES: readonly Vocabulary[] = ['2.166', '2.167'];

/** The vocabulary the source docs use and the live API is known to accept. */
export const DEFAULT_VOCABULARY: Vocabulary = '2.166';

/** The enum sets one vocabulary offers for the user lookups. */
export interface VocabularyFields {
  readonly version: Vocabulary;
  /** Query parameter name for the expanded tweets' fields: `tweet.fields` or `post.fields`. */
  readonly tweetFieldsParam: 'tweet.fields' | 'post.fields';
  /** Key under `includes` where expanded tweets arrive: `tweets` or `posts`. */
  readonly includesTweetsKey: 'tweets' | 'posts';
  readonly userFields: readonly string[];
  readonly expansions: readonly string[];
  readonly tweetFields: readonly string[];
}

const USER_FIELDS_2166 = [
  'affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description', 'entities', 'id',
  'is_identity_verified', 'location', 'most_recent_tweet_id', 'name', 'parody', 'pinned_tweet_id', 'profile_banner_url',
  'profile_image_url', 'protected', 'public_metrics', 'receives_your_dm', 'subscription', 'subscription_type', 'url',
  'username', 'verified', 'verified_followers_count', 'verified_type', 'withheld',
] as const;

const EXPANSIONS_2166 = ['affiliation.user_id', 'most_recent_tweet_id', 'pinned_tweet_id'] as const;

const TWEET_FIELDS_2166 = [
  'article', 'attachments', 'author_id', 'card_uri', 'community_id', 'context_annotations', 'conversation_id',
  'created_at', 'display_text_range', 'edit_controls', 'edit_history_tweet_ids', 'entities', 'geo', 'id',
  'in_reply_to_user_id', 'lang', 'matched_media_notes', 'media_metadata', 'non_public_metrics',
  'note_request_suggestions', 'note_tweet', 'organic_metrics', 'paid_partnership', 'possibly_sensitive',
  'promoted_metrics', 'public_metrics', 'referenced_tweets', 'reply_settings', 'scopes', 'source',
  'suggested_source_links', 'suggested_source_links_with_counts', 'text', 'withheld',
] as const;

const USER_FIELDS_2167 = [
  'confirmed_email', 'connection_status', 'created_at', 'description', 'entities', 'id', 'is_identity_verified',
  'location', 'name', 'parody', 'profile_banner_url', 'profile_image_url', 'protected', 'public_metrics',
  'receives_your_dm', 'subscribes_to_you', 'subscription', 'subscription_type', 'url', 'username', 'verified',
  'verified_followers_count', 'verified_type', 'withheld',
] as const;

const EXPANSIONS_2167 = ['affiliation', 'most_recent_post_id', 'pinned_post_id'] as const;

const POST_FIELDS_2167 = [
  'article', 'article_title', 'attachments', 'card_uri', 'community_id', 'context_annotations', 'conversation_id',
  'created_at', 'display_text_range', 'edit_controls', 'entities', 'geo', 'id', 'lang', 'matched_media_notes',
  'media_metadata', 'non_public_metrics', 'note_post', 'note_request_suggestions', 'organic_metrics',
  'paid_partnership', 'possibly_sensitive', 'promoted_metrics', 'public_metrics', 'reply_settings', 'scopes', 'source',
  'suggested_source_links', 'suggested_source_links_with_counts', 'text', 'withheld',
] as const;

export const VOCABULARY_FIELDS: Readonly<Record<Vocabulary, VocabularyFields>> = {
  '2.166': {
    version: '2.166',
    tweetFieldsParam: 'tweet.fields',
    includesTweetsKey: 'tweets',
    userFields: USER_FIELDS_2166,
    expansions: EXPANSIONS_2166,
    tweetFields: TWEET_FIELDS_2166,
  },
  '2.167': {
    version: '2.167',
    tweetFieldsParam: 'post.fields',
    includesTweetsKey: 'posts',
    userFields: USER_FIELDS_2167,
    expansions: EXPANSIONS_2167,
    tweetFields: POST_FIELDS_2167,
  },
};

export function isVocabulary(value: unknown): value is Vocabulary {
  return value === '2.166' || value === '2.167';
}
