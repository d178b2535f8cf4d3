// GENERATED FILE: do not edit by hand. Written by scripts/generateApiVocabulary.mjs from X's complete OpenAPI specs
// (x-api-v2-full.openapi-2.166.json and -2.167.json); regenerate with `npm run generate:vocabulary` (specs from
// ../shared/reference/openapi, or --specs <dir> / XAPI_OPENAPI_DIR). Holds only enum values, names and shapes from the
// specs, sorted. Large: load it lazily from inline-docs code, never at activation.

/** A version of X's OpenAPI spec this module was derived from. */
export type ApiVocabularyVersion = '2.166' | '2.167';

export const API_VOCABULARY_VERSIONS: readonly ApiVocabularyVersion[] = ['2.166', '2.167'];

/**
 * The object an endpoint returns in `data`, named by us: the spec's schema name in snake case, with 2.167's Post
 * called `tweet` as in 2.166. `unknown` when the response has no `data` or describes it inline.
 */
export type ApiObjectKind =
  | 'activity_subscription'
  | 'analytics'
  | 'broadcast'
  | 'broadcast_chat_message'
  | 'chat_conversation'
  | 'chat_message_event'
  | 'community'
  | 'compliance_job'
  | 'connection'
  | 'dm_event'
  | 'engagement'
  | 'like_with_tweet_author'
  | 'list'
  | 'media'
  | 'media_analytics'
  | 'news'
  | 'note'
  | 'personalized_trend'
  | 'public_key'
  | 'rule'
  | 'rules_count'
  | 'search_count'
  | 'space'
  | 'trend'
  | 'tweet'
  | 'unknown'
  | 'usage'
  | 'user'
  | 'webhook_config';

/** A key under `includes` where expanded objects arrive. */
export type ApiIncludesKey = 'media' | 'places' | 'polls' | 'posts' | 'topics' | 'tweets' | 'users';

/** One operation: its content-selecting query parameters and what it returns. */
export interface ApiEndpointVocabulary {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Path with `:name` placeholders, e.g. `/2/users/:id/bookmarks`. */
  readonly path: string;
  readonly operationId: string;
  readonly returns: ApiObjectKind;
  /** True when `data` is a list of `returns`. */
  readonly many?: true;
  /** Each `<object>.fields` parameter the endpoint takes, with the values the spec allows. */
  readonly fields?: Readonly<Record<string, readonly string[]>>;
  /** The values the spec allows for `expansions`, when the endpoint takes it. */
  readonly expansions?: readonly string[];
  /** Fields or expansions parameters the spec declares without an enum: accepted, values not known. */
  readonly unenumerated?: readonly string[];
}

const CHAT_CONVERSATION_FIELDS_1: readonly string[] = [
  'admin_ids', 'created_at', 'group_avatar_url', 'group_name', 'id', 'is_muted', 'member_ids', 'message_ttl_msec',
  'participant_ids', 'screen_capture_blocking_enabled', 'screen_capture_detection_enabled', 'type', 'updated_at',
];
const USER_FIELDS_1: readonly string[] = [
  'affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description', 'entities', 'id',
  'is_identity_verified', 'location', 'most_recent_tweet_id', 'name', 'parody', 'pinned_tweet_id', 'profile_banner_url',
  'profile_image_url', 'protected', 'public_metrics', 'receives_your_dm', 'subscription', 'subscription_type', 'url',
  'username', 'verified', 'verified_followers_count', 'verified_type', 'withheld',
];
const EXPANSIONS_1: readonly string[] = ['admin_ids', 'member_ids', 'participant_ids'];
const CHAT_MESSAGE_EVENT_FIELDS_1: readonly string[] = [
  'conversation_id', 'conversation_token', 'created_at_msec', 'encoded_event', 'id', 'is_trusted',
  'message_event_signature', 'previous_id', 'sender_id',
];
const COMMUNITY_FIELDS_1: readonly string[] = [
  'access', 'created_at', 'description', 'id', 'join_policy', 'member_count', 'name',
];
const COMPLIANCE_JOB_FIELDS_1: readonly string[] = [
  'created_at', 'download_expires_at', 'download_url', 'id', 'name', 'resumable', 'status', 'type', 'upload_expires_at',
  'upload_url',
];
const CONNECTION_FIELDS_1: readonly string[] = [
  'client_ip', 'connected_at', 'disconnect_reason', 'disconnected_at', 'endpoint_name', 'id',
];
const DM_EVENT_FIELDS_1: readonly string[] = [
  'attachments', 'created_at', 'dm_conversation_id', 'entities', 'event_type', 'id', 'participant_ids',
  'referenced_tweets', 'sender_id', 'text',
];
const MEDIA_FIELDS_1: readonly string[] = [
  'alt_text', 'duration_ms', 'height', 'media_key', 'non_public_metrics', 'organic_metrics', 'preview_image_url',
  'promoted_metrics', 'public_metrics', 'type', 'url', 'variants', 'width',
];
const TWEET_FIELDS_1: readonly string[] = [
  'article', 'attachments', 'author_id', 'card_uri', 'community_id', 'context_annotations', 'conversation_id',
  'created_at', 'display_text_range', 'edit_controls', 'edit_history_tweet_ids', 'entities', 'geo', 'id',
  'in_reply_to_user_id', 'lang', 'matched_media_notes', 'media_metadata', 'non_public_metrics',
  'note_request_suggestions', 'note_tweet', 'organic_metrics', 'paid_partnership', 'possibly_sensitive',
  'promoted_metrics', 'public_metrics', 'referenced_tweets', 'reply_settings', 'scopes', 'source',
  'suggested_source_links', 'suggested_source_links_with_counts', 'text', 'withheld',
];
const EXPANSIONS_2: readonly string[] = [
  'attachments.media_keys', 'participant_ids', 'referenced_tweets.id', 'sender_id',
];
const ENGAGEMENT_FIELDS_1: readonly string[] = ['errors', 'measurement'];
const LIKE_WITH_TWEET_AUTHOR_FIELDS_1: readonly string[] = [
  'attachments_media_keys', 'created_at', 'id', 'liked_tweet_author_id', 'liked_tweet_id', 'timestamp_ms',
];
const EXPANSIONS_3: readonly string[] = ['attachments.media_keys', 'liked_tweet_author_id', 'liked_tweet_id'];
const LIST_FIELDS_1: readonly string[] = [
  'created_at', 'description', 'follower_count', 'id', 'member_count', 'name', 'owner_id', 'private',
];
const EXPANSIONS_4: readonly string[] = ['owner_id'];
const EXPANSIONS_5: readonly string[] = ['affiliation.user_id', 'most_recent_tweet_id', 'pinned_tweet_id'];
const PLACE_FIELDS_1: readonly string[] = [
  'contained_within', 'country', 'country_code', 'full_name', 'geo', 'id', 'name', 'place_type',
];
const POLL_FIELDS_1: readonly string[] = ['duration_minutes', 'end_datetime', 'id', 'options', 'voting_status'];
const EXPANSIONS_6: readonly string[] = [
  'article.cover_media', 'article.media_entities', 'attachments.media_keys', 'attachments.media_source_tweet',
  'attachments.poll_ids', 'author_id', 'edit_history_tweet_ids', 'entities.mentions.username',
  'entities.note.mentions.username', 'geo.place_id', 'in_reply_to_user_id', 'referenced_tweets.id',
  'referenced_tweets.id.attachments.media_keys', 'referenced_tweets.id.author_id',
];
const MEDIA_ANALYTICS_FIELDS_1: readonly string[] = [
  'cta_url_clicks', 'cta_watch_clicks', 'media_key', 'play_from_tap', 'playback25', 'playback50', 'playback75',
  'playback_complete', 'playback_start', 'timestamp', 'video_views', 'watch_time_ms',
];
const NEWS_FIELDS_1: readonly string[] = [
  'category', 'cluster_posts_results', 'contexts', 'disclaimer', 'hook', 'id', 'keywords', 'name', 'summary',
  'updated_at',
];
const NOTE_FIELDS_1: readonly string[] = ['id', 'info', 'scoring_status', 'status', 'test_result'];
const SPACE_FIELDS_1: readonly string[] = [
  'created_at', 'creator_id', 'ended_at', 'host_ids', 'id', 'invited_user_ids', 'is_ticketed', 'lang',
  'participant_count', 'scheduled_start', 'speaker_ids', 'started_at', 'state', 'subscriber_count', 'title',
  'topic_ids', 'updated_at',
];
const TOPIC_FIELDS_1: readonly string[] = ['description', 'id', 'name'];
const EXPANSIONS_7: readonly string[] = ['creator_id', 'host_ids', 'invited_user_ids', 'speaker_ids', 'topic_ids'];
const TREND_FIELDS_1: readonly string[] = ['trend_name', 'tweet_count'];
const ANALYTICS_FIELDS_1: readonly string[] = [
  'app_install_attempts', 'app_opens', 'bookmarks', 'detail_expands', 'email_tweet', 'engagements', 'follows',
  'hashtag_clicks', 'id', 'impressions', 'likes', 'media_views', 'permalink_clicks', 'quote_tweets', 'replies',
  'retweets', 'shares', 'timestamp', 'unfollows', 'unlikes', 'url_clicks', 'user_profile_clicks',
];
const SEARCH_COUNT_FIELDS_1: readonly string[] = ['end', 'start', 'tweet_count'];
const RULES_COUNT_FIELDS_1: readonly string[] = [
  'all_project_client_apps', 'cap_per_client_app', 'cap_per_project', 'client_app_rules_count', 'project_rules_count',
];
const USAGE_FIELDS_1: readonly string[] = [
  'cap_reset_day', 'daily_client_app_usage', 'daily_project_usage', 'project_cap', 'project_id', 'project_usage',
];
const PUBLIC_KEY_FIELDS_1: readonly string[] = [
  'identity_public_key_signature', 'juicebox_config', 'public_key', 'public_key_version', 'signing_public_key',
];
const PERSONALIZED_TREND_FIELDS_1: readonly string[] = ['category', 'post_count', 'trend_name', 'trending_since'];
const WEBHOOK_CONFIG_FIELDS_1: readonly string[] = ['created_at', 'id', 'url', 'valid'];
const BROADCAST_FIELDS_1: readonly string[] = [
  'available_for_replay', 'broadcast_id', 'chat_option', 'created_at_ms', 'end_ms', 'height', 'id', 'image_url',
  'image_url_medium', 'image_url_small', 'is_high_latency', 'language', 'media_key', 'scheduled_end_ms',
  'scheduled_start_ms', 'share_url', 'source_id', 'start_ms', 'state', 'title', 'total_watched', 'total_watching',
  'tweet_id', 'twitter_user_id', 'updated_at_ms', 'width',
];
const BROADCAST_CHAT_MESSAGE_FIELDS_1: readonly string[] = [
  'author_name', 'author_username', 'broadcast_id', 'created_at_ms', 'id', 'reply_to', 'text',
];
const USER_FIELDS_2: readonly string[] = [
  'confirmed_email', 'connection_status', 'created_at', 'description', 'entities', 'id', 'is_identity_verified',
  'location', 'name', 'parody', 'profile_banner_url', 'profile_image_url', 'protected', 'public_metrics',
  'receives_your_dm', 'subscribes_to_you', 'subscription', 'subscription_type', 'url', 'username', 'verified',
  'verified_followers_count', 'verified_type', 'withheld',
];
const EXPANSIONS_8: readonly string[] = ['author_id'];
const CHAT_CONVERSATION_FIELDS_2: readonly string[] = [
  'created_at', 'group_avatar_url', 'group_name', 'id', 'is_muted', 'message_ttl_ms', 'screen_capture_blocking_enabled',
  'screen_capture_detection_enabled', 'type', 'updated_at',
];
const CHAT_MESSAGE_EVENT_FIELDS_2: readonly string[] = [
  'conversation_id', 'conversation_token', 'created_at', 'encoded_event', 'id', 'is_trusted', 'message_event_signature',
  'previous_id', 'sender_id',
];
const DM_EVENT_FIELDS_2: readonly string[] = [
  'attachments', 'created_at', 'dm_conversation_id', 'entities', 'event_type', 'id', 'text',
];
const POST_FIELDS_1: readonly string[] = [
  'article', 'article_title', 'attachments', 'card_uri', 'community_id', 'context_annotations', 'conversation_id',
  'created_at', 'display_text_range', 'edit_controls', 'entities', 'geo', 'id', 'lang', 'matched_media_notes',
  'media_metadata', 'non_public_metrics', 'note_post', 'note_request_suggestions', 'organic_metrics',
  'paid_partnership', 'possibly_sensitive', 'promoted_metrics', 'public_metrics', 'reply_settings', 'scopes', 'source',
  'suggested_source_links', 'suggested_source_links_with_counts', 'text', 'withheld',
];
const EXPANSIONS_9: readonly string[] = ['attachments.media_keys', 'participant_ids', 'referenced_posts', 'sender_id'];
const LIST_FIELDS_2: readonly string[] = [
  'created_at', 'description', 'follower_count', 'id', 'member_count', 'name', 'private',
];
const EXPANSIONS_10: readonly string[] = ['affiliation', 'most_recent_post_id', 'pinned_post_id'];
const EXPANSIONS_11: readonly string[] = [
  'article.cover_media', 'article.media_entities', 'attachments.media_keys', 'attachments.media_source_tweet',
  'attachments.poll_ids', 'author_id', 'edit_history_post_ids', 'entities.mentions.username', 'geo.place_id',
  'in_reply_to_user_id', 'referenced_posts', 'username',
];
const MEDIA_ANALYTICS_FIELDS_2: readonly string[] = [
  'cta_url_clicks', 'cta_watch_clicks', 'media_key', 'play_from_tap', 'playback25', 'playback50', 'playback75',
  'playback_complete', 'playback_start', 'timestamp', 'timestamped_metrics', 'video_views', 'watch_time_ms',
];
const SPACE_FIELDS_2: readonly string[] = [
  'created_at', 'ended_at', 'id', 'is_ticketed', 'lang', 'participant_count', 'scheduled_start', 'started_at', 'state',
  'subscriber_count', 'title', 'updated_at',
];
const ANALYTICS_FIELDS_2: readonly string[] = [
  'app_install_attempts', 'app_opens', 'bookmarks', 'detail_expands', 'email_tweet', 'engagements', 'follows',
  'hashtag_clicks', 'id', 'impressions', 'likes', 'media_views', 'permalink_clicks', 'quote_tweets', 'replies',
  'retweets', 'shares', 'timestamp', 'timestamped_metrics', 'unfollows', 'unlikes', 'url_clicks', 'user_profile_clicks',
];

/** Every operation of each version, keyed `METHOD /path/:param`. */
export const API_ENDPOINTS: Readonly<Record<ApiVocabularyVersion, Readonly<Record<string, ApiEndpointVocabulary>>>> = {
  '2.166': {
    'DELETE /2/account_activity/webhooks/:webhook_id/subscriptions/:user_id/all': {
      method: 'DELETE', path: '/2/account_activity/webhooks/:webhook_id/subscriptions/:user_id/all',
      operationId: 'deleteAccountActivitySubscription', returns: 'unknown',
    },
    'DELETE /2/activity/subscriptions': {
      method: 'DELETE', path: '/2/activity/subscriptions', operationId: 'deleteActivitySubscriptionsByIds',
      returns: 'unknown',
    },
    'DELETE /2/activity/subscriptions/:subscription_id': {
      method: 'DELETE', path: '/2/activity/subscriptions/:subscription_id', operationId: 'deleteActivitySubscription',
      returns: 'unknown',
    },
    'DELETE /2/connections': {
      method: 'DELETE', path: '/2/connections', operationId: 'deleteConnectionsByUuids', returns: 'unknown',
    },
    'DELETE /2/connections/:endpoint_id': {
      method: 'DELETE', path: '/2/connections/:endpoint_id', operationId: 'deleteConnectionsByEndpoint',
      returns: 'unknown',
    },
    'DELETE /2/connections/all': {
      method: 'DELETE', path: '/2/connections/all', operationId: 'deleteAllConnections', returns: 'unknown',
    },
    'DELETE /2/dm_events/:event_id': {
      method: 'DELETE', path: '/2/dm_events/:event_id', operationId: 'deleteDirectMessagesEvents', returns: 'unknown',
    },
    'DELETE /2/lists/:id': {
      method: 'DELETE', path: '/2/lists/:id', operationId: 'deleteLists', returns: 'unknown',
    },
    'DELETE /2/lists/:id/members/:user_id': {
      method: 'DELETE', path: '/2/lists/:id/members/:user_id', operationId: 'removeListsMemberByUserId',
      returns: 'unknown',
    },
    'DELETE /2/media/subtitles': {
      method: 'DELETE', path: '/2/media/subtitles', operationId: 'deleteMediaSubtitles', returns: 'unknown',
    },
    'DELETE /2/notes/:id': {
      method: 'DELETE', path: '/2/notes/:id', operationId: 'deleteCommunityNotes', returns: 'unknown',
    },
    'DELETE /2/tweets/:id': {
      method: 'DELETE', path: '/2/tweets/:id', operationId: 'deletePosts', returns: 'unknown',
    },
    'DELETE /2/tweets/search/webhooks/:webhook_id': {
      method: 'DELETE', path: '/2/tweets/search/webhooks/:webhook_id', operationId: 'deleteWebhooksStreamLink',
      returns: 'unknown',
    },
    'DELETE /2/users/:id/bookmarks/:tweet_id': {
      method: 'DELETE', path: '/2/users/:id/bookmarks/:tweet_id', operationId: 'deleteUsersBookmark',
      returns: 'unknown',
    },
    'DELETE /2/users/:id/followed_lists/:list_id': {
      method: 'DELETE', path: '/2/users/:id/followed_lists/:list_id', operationId: 'unfollowList', returns: 'unknown',
    },
    'DELETE /2/users/:id/likes/:tweet_id': {
      method: 'DELETE', path: '/2/users/:id/likes/:tweet_id', operationId: 'unlikePost', returns: 'unknown',
    },
    'DELETE /2/users/:id/pinned_lists/:list_id': {
      method: 'DELETE', path: '/2/users/:id/pinned_lists/:list_id', operationId: 'unpinList', returns: 'unknown',
    },
    'DELETE /2/users/:id/retweets/:source_tweet_id': {
      method: 'DELETE', path: '/2/users/:id/retweets/:source_tweet_id', operationId: 'unrepostPost', returns: 'unknown',
    },
    'DELETE /2/users/:source_user_id/following/:target_user_id': {
      method: 'DELETE', path: '/2/users/:source_user_id/following/:target_user_id', operationId: 'unfollowUser',
      returns: 'unknown',
    },
    'DELETE /2/users/:source_user_id/muting/:target_user_id': {
      method: 'DELETE', path: '/2/users/:source_user_id/muting/:target_user_id', operationId: 'unmuteUser',
      returns: 'unknown',
    },
    'DELETE /2/webhooks/:webhook_id': {
      method: 'DELETE', path: '/2/webhooks/:webhook_id', operationId: 'deleteWebhooks', returns: 'unknown',
    },
    'GET /2/account_activity/subscriptions/count': {
      method: 'GET', path: '/2/account_activity/subscriptions/count',
      operationId: 'getAccountActivitySubscriptionCount', returns: 'unknown',
    },
    'GET /2/account_activity/webhooks/:webhook_id/subscriptions/all': {
      method: 'GET', path: '/2/account_activity/webhooks/:webhook_id/subscriptions/all',
      operationId: 'validateAccountActivitySubscription', returns: 'unknown',
    },
    'GET /2/account_activity/webhooks/:webhook_id/subscriptions/all/list': {
      method: 'GET', path: '/2/account_activity/webhooks/:webhook_id/subscriptions/all/list',
      operationId: 'getAccountActivitySubscriptions', returns: 'unknown',
    },
    'GET /2/activity/stream': {
      method: 'GET', path: '/2/activity/stream', operationId: 'activityStream', returns: 'unknown',
    },
    'GET /2/activity/subscriptions': {
      method: 'GET', path: '/2/activity/subscriptions', operationId: 'getActivitySubscriptions',
      returns: 'activity_subscription', many: true,
    },
    'GET /2/chat/conversations': {
      method: 'GET', path: '/2/chat/conversations', operationId: 'getChatConversations', returns: 'chat_conversation',
      many: true,
      fields: { 'chat_conversation.fields': CHAT_CONVERSATION_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_1,
    },
    'GET /2/chat/conversations/:id': {
      method: 'GET', path: '/2/chat/conversations/:id', operationId: 'getChatConversation',
      returns: 'chat_conversation', many: true,
      fields: { 'chat_conversation.fields': CHAT_CONVERSATION_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_1,
    },
    'GET /2/chat/conversations/:id/events': {
      method: 'GET', path: '/2/chat/conversations/:id/events', operationId: 'getChatConversationEvents',
      returns: 'chat_message_event', many: true,
      fields: { 'chat_message_event.fields': CHAT_MESSAGE_EVENT_FIELDS_1 },
    },
    'GET /2/chat/media/:id/:media_hash_key': {
      method: 'GET', path: '/2/chat/media/:id/:media_hash_key', operationId: 'chatMediaDownload', returns: 'unknown',
    },
    'GET /2/communities/:id': {
      method: 'GET', path: '/2/communities/:id', operationId: 'getCommunitiesById', returns: 'community',
      fields: { 'community.fields': COMMUNITY_FIELDS_1 },
    },
    'GET /2/communities/search': {
      method: 'GET', path: '/2/communities/search', operationId: 'searchCommunities', returns: 'community', many: true,
      fields: { 'community.fields': COMMUNITY_FIELDS_1 },
    },
    'GET /2/compliance/jobs': {
      method: 'GET', path: '/2/compliance/jobs', operationId: 'getComplianceJobs', returns: 'compliance_job',
      many: true,
      fields: { 'compliance_job.fields': COMPLIANCE_JOB_FIELDS_1 },
    },
    'GET /2/compliance/jobs/:id': {
      method: 'GET', path: '/2/compliance/jobs/:id', operationId: 'getComplianceJobsById', returns: 'compliance_job',
      fields: { 'compliance_job.fields': COMPLIANCE_JOB_FIELDS_1 },
    },
    'GET /2/connections': {
      method: 'GET', path: '/2/connections', operationId: 'getConnectionHistory', returns: 'connection', many: true,
      fields: { 'connection.fields': CONNECTION_FIELDS_1 },
    },
    'GET /2/dm_conversations/:id/dm_events': {
      method: 'GET', path: '/2/dm_conversations/:id/dm_events', operationId: 'getDirectMessagesEventsByConversationId',
      returns: 'dm_event', many: true,
      fields: {
        'dm_event.fields': DM_EVENT_FIELDS_1, 'media.fields': MEDIA_FIELDS_1, 'tweet.fields': TWEET_FIELDS_1,
        'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_2,
    },
    'GET /2/dm_conversations/media/:dm_id/:media_id/:resource_id': {
      method: 'GET', path: '/2/dm_conversations/media/:dm_id/:media_id/:resource_id',
      operationId: 'dmConversationsMediaDownload', returns: 'unknown',
    },
    'GET /2/dm_conversations/with/:participant_id/dm_events': {
      method: 'GET', path: '/2/dm_conversations/with/:participant_id/dm_events',
      operationId: 'getDirectMessagesEventsByParticipantId', returns: 'dm_event', many: true,
      fields: {
        'dm_event.fields': DM_EVENT_FIELDS_1, 'media.fields': MEDIA_FIELDS_1, 'tweet.fields': TWEET_FIELDS_1,
        'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_2,
    },
    'GET /2/dm_events': {
      method: 'GET', path: '/2/dm_events', operationId: 'getDirectMessagesEvents', returns: 'dm_event', many: true,
      fields: {
        'dm_event.fields': DM_EVENT_FIELDS_1, 'media.fields': MEDIA_FIELDS_1, 'tweet.fields': TWEET_FIELDS_1,
        'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_2,
    },
    'GET /2/dm_events/:event_id': {
      method: 'GET', path: '/2/dm_events/:event_id', operationId: 'getDirectMessagesEventsById', returns: 'dm_event',
      fields: {
        'dm_event.fields': DM_EVENT_FIELDS_1, 'media.fields': MEDIA_FIELDS_1, 'tweet.fields': TWEET_FIELDS_1,
        'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_2,
    },
    'GET /2/insights/28hr': {
      method: 'GET', path: '/2/insights/28hr', operationId: 'getInsights28Hr', returns: 'engagement', many: true,
      fields: { 'engagement.fields': ENGAGEMENT_FIELDS_1 },
    },
    'GET /2/insights/historical': {
      method: 'GET', path: '/2/insights/historical', operationId: 'getInsightsHistorical', returns: 'engagement',
      many: true,
      fields: { 'engagement.fields': ENGAGEMENT_FIELDS_1 },
    },
    'GET /2/likes/compliance/stream': {
      method: 'GET', path: '/2/likes/compliance/stream', operationId: 'streamLikesCompliance', returns: 'unknown',
    },
    'GET /2/likes/firehose/stream': {
      method: 'GET', path: '/2/likes/firehose/stream', operationId: 'streamLikesFirehose',
      returns: 'like_with_tweet_author',
      fields: {
        'like_with_tweet_author.fields': LIKE_WITH_TWEET_AUTHOR_FIELDS_1, 'media.fields': MEDIA_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_3,
    },
    'GET /2/likes/sample10/stream': {
      method: 'GET', path: '/2/likes/sample10/stream', operationId: 'streamLikesSample10',
      returns: 'like_with_tweet_author',
      fields: {
        'like_with_tweet_author.fields': LIKE_WITH_TWEET_AUTHOR_FIELDS_1, 'media.fields': MEDIA_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_3,
    },
    'GET /2/lists/:id': {
      method: 'GET', path: '/2/lists/:id', operationId: 'getListsById', returns: 'list',
      fields: { 'list.fields': LIST_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_4,
    },
    'GET /2/lists/:id/followers': {
      method: 'GET', path: '/2/lists/:id/followers', operationId: 'getListsFollowers', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/lists/:id/members': {
      method: 'GET', path: '/2/lists/:id/members', operationId: 'getListsMembers', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/lists/:id/tweets': {
      method: 'GET', path: '/2/lists/:id/tweets', operationId: 'getListsPosts', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/media': {
      method: 'GET', path: '/2/media', operationId: 'getMediaByMediaKeys', returns: 'media', many: true,
      fields: { 'media.fields': MEDIA_FIELDS_1 },
    },
    'GET /2/media/:media_key': {
      method: 'GET', path: '/2/media/:media_key', operationId: 'getMediaByMediaKey', returns: 'media',
      fields: { 'media.fields': MEDIA_FIELDS_1 },
    },
    'GET /2/media/analytics': {
      method: 'GET', path: '/2/media/analytics', operationId: 'getMediaAnalytics', returns: 'media_analytics',
      many: true,
      fields: { 'media_analytics.fields': MEDIA_ANALYTICS_FIELDS_1 },
    },
    'GET /2/media/upload': {
      method: 'GET', path: '/2/media/upload', operationId: 'getMediaUploadStatus', returns: 'unknown',
    },
    'GET /2/news/:id': {
      method: 'GET', path: '/2/news/:id', operationId: 'getNews', returns: 'news',
      fields: { 'news.fields': NEWS_FIELDS_1 },
    },
    'GET /2/news/search': {
      method: 'GET', path: '/2/news/search', operationId: 'searchNews', returns: 'news', many: true,
      fields: { 'news.fields': NEWS_FIELDS_1 },
    },
    'GET /2/notes/search/notes_written': {
      method: 'GET', path: '/2/notes/search/notes_written', operationId: 'searchCommunityNotesWritten', returns: 'note',
      many: true,
      fields: { 'note.fields': NOTE_FIELDS_1 },
    },
    'GET /2/notes/search/posts_eligible_for_notes': {
      method: 'GET', path: '/2/notes/search/posts_eligible_for_notes', operationId: 'searchEligiblePosts',
      returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/openapi.json': {
      method: 'GET', path: '/2/openapi.json', operationId: 'getOpenApiSpec', returns: 'unknown',
    },
    'GET /2/spaces': {
      method: 'GET', path: '/2/spaces', operationId: 'getSpacesByIds', returns: 'space', many: true,
      fields: { 'space.fields': SPACE_FIELDS_1, 'topic.fields': TOPIC_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_7,
    },
    'GET /2/spaces/:id': {
      method: 'GET', path: '/2/spaces/:id', operationId: 'getSpacesById', returns: 'space',
      fields: { 'space.fields': SPACE_FIELDS_1, 'topic.fields': TOPIC_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_7,
    },
    'GET /2/spaces/:id/buyers': {
      method: 'GET', path: '/2/spaces/:id/buyers', operationId: 'getSpacesBuyers', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/spaces/:id/tweets': {
      method: 'GET', path: '/2/spaces/:id/tweets', operationId: 'getSpacesPosts', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/spaces/by/creator_ids': {
      method: 'GET', path: '/2/spaces/by/creator_ids', operationId: 'getSpacesByCreatorIds', returns: 'space',
      many: true,
      fields: { 'space.fields': SPACE_FIELDS_1, 'topic.fields': TOPIC_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_7,
    },
    'GET /2/spaces/search': {
      method: 'GET', path: '/2/spaces/search', operationId: 'searchSpaces', returns: 'space', many: true,
      fields: { 'space.fields': SPACE_FIELDS_1, 'topic.fields': TOPIC_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_7,
    },
    'GET /2/trends/by/woeid/:woeid': {
      method: 'GET', path: '/2/trends/by/woeid/:woeid', operationId: 'getTrendsByWoeid', returns: 'trend', many: true,
      fields: { 'trend.fields': TREND_FIELDS_1 },
    },
    'GET /2/tweets': {
      method: 'GET', path: '/2/tweets', operationId: 'getPostsByIds', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/:id': {
      method: 'GET', path: '/2/tweets/:id', operationId: 'getPostsById', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/:id/liking_users': {
      method: 'GET', path: '/2/tweets/:id/liking_users', operationId: 'getPostsLikingUsers', returns: 'user',
      many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/tweets/:id/quote_tweets': {
      method: 'GET', path: '/2/tweets/:id/quote_tweets', operationId: 'getPostsQuotedPosts', returns: 'tweet',
      many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/:id/retweeted_by': {
      method: 'GET', path: '/2/tweets/:id/retweeted_by', operationId: 'getPostsRepostedBy', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/tweets/:id/retweets': {
      method: 'GET', path: '/2/tweets/:id/retweets', operationId: 'getPostsReposts', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/analytics': {
      method: 'GET', path: '/2/tweets/analytics', operationId: 'getPostsAnalytics', returns: 'analytics', many: true,
      fields: { 'analytics.fields': ANALYTICS_FIELDS_1 },
    },
    'GET /2/tweets/compliance/stream': {
      method: 'GET', path: '/2/tweets/compliance/stream', operationId: 'streamPostsCompliance', returns: 'unknown',
    },
    'GET /2/tweets/counts/all': {
      method: 'GET', path: '/2/tweets/counts/all', operationId: 'getPostsCountsAll', returns: 'search_count',
      many: true,
      fields: { 'search_count.fields': SEARCH_COUNT_FIELDS_1 },
    },
    'GET /2/tweets/counts/recent': {
      method: 'GET', path: '/2/tweets/counts/recent', operationId: 'getPostsCountsRecent', returns: 'search_count',
      many: true,
      fields: { 'search_count.fields': SEARCH_COUNT_FIELDS_1 },
    },
    'GET /2/tweets/firehose/stream': {
      method: 'GET', path: '/2/tweets/firehose/stream', operationId: 'streamPostsFirehose', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/firehose/stream/lang/en': {
      method: 'GET', path: '/2/tweets/firehose/stream/lang/en', operationId: 'streamPostsFirehoseEn', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/firehose/stream/lang/ja': {
      method: 'GET', path: '/2/tweets/firehose/stream/lang/ja', operationId: 'streamPostsFirehoseJa', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/firehose/stream/lang/ko': {
      method: 'GET', path: '/2/tweets/firehose/stream/lang/ko', operationId: 'streamPostsFirehoseKo', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/firehose/stream/lang/pt': {
      method: 'GET', path: '/2/tweets/firehose/stream/lang/pt', operationId: 'streamPostsFirehosePt', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/label/stream': {
      method: 'GET', path: '/2/tweets/label/stream', operationId: 'streamLabelsCompliance', returns: 'unknown',
    },
    'GET /2/tweets/sample/stream': {
      method: 'GET', path: '/2/tweets/sample/stream', operationId: 'streamPostsSample', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/sample10/stream': {
      method: 'GET', path: '/2/tweets/sample10/stream', operationId: 'streamPostsSample10', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/search/all': {
      method: 'GET', path: '/2/tweets/search/all', operationId: 'searchPostsAll', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/search/recent': {
      method: 'GET', path: '/2/tweets/search/recent', operationId: 'searchPostsRecent', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/search/stream': {
      method: 'GET', path: '/2/tweets/search/stream', operationId: 'streamPosts', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/search/stream/rules': {
      method: 'GET', path: '/2/tweets/search/stream/rules', operationId: 'getRules', returns: 'rule', many: true,
    },
    'GET /2/tweets/search/stream/rules/counts': {
      method: 'GET', path: '/2/tweets/search/stream/rules/counts', operationId: 'getRuleCounts', returns: 'rules_count',
      fields: { 'rules_count.fields': RULES_COUNT_FIELDS_1 },
    },
    'GET /2/tweets/search/webhooks': {
      method: 'GET', path: '/2/tweets/search/webhooks', operationId: 'getWebhooksStreamLinks', returns: 'unknown',
    },
    'GET /2/usage/tweets': {
      method: 'GET', path: '/2/usage/tweets', operationId: 'getUsage', returns: 'usage',
      fields: { 'usage.fields': USAGE_FIELDS_1 },
    },
    'GET /2/users': {
      method: 'GET', path: '/2/users', operationId: 'getUsersByIds', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/users/:id': {
      method: 'GET', path: '/2/users/:id', operationId: 'getUsersById', returns: 'user',
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/users/:id/affiliates': {
      method: 'GET', path: '/2/users/:id/affiliates', operationId: 'getUsersAffiliates', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/users/:id/blocking': {
      method: 'GET', path: '/2/users/:id/blocking', operationId: 'getUsersBlocking', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/users/:id/bookmarks': {
      method: 'GET', path: '/2/users/:id/bookmarks', operationId: 'getUsersBookmarks', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/users/:id/bookmarks/folders': {
      method: 'GET', path: '/2/users/:id/bookmarks/folders', operationId: 'getUsersBookmarkFolders', returns: 'unknown',
      many: true,
    },
    'GET /2/users/:id/bookmarks/folders/:folder_id': {
      method: 'GET', path: '/2/users/:id/bookmarks/folders/:folder_id', operationId: 'getUsersBookmarksByFolderId',
      returns: 'unknown', many: true,
    },
    'GET /2/users/:id/followed_lists': {
      method: 'GET', path: '/2/users/:id/followed_lists', operationId: 'getUsersFollowedLists', returns: 'list',
      many: true,
      fields: { 'list.fields': LIST_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_4,
    },
    'GET /2/users/:id/followers': {
      method: 'GET', path: '/2/users/:id/followers', operationId: 'getUsersFollowers', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/users/:id/following': {
      method: 'GET', path: '/2/users/:id/following', operationId: 'getUsersFollowing', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/users/:id/liked_tweets': {
      method: 'GET', path: '/2/users/:id/liked_tweets', operationId: 'getUsersLikedPosts', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/users/:id/list_memberships': {
      method: 'GET', path: '/2/users/:id/list_memberships', operationId: 'getUsersListMemberships', returns: 'list',
      many: true,
      fields: { 'list.fields': LIST_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_4,
    },
    'GET /2/users/:id/mentions': {
      method: 'GET', path: '/2/users/:id/mentions', operationId: 'getUsersMentions', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/users/:id/muting': {
      method: 'GET', path: '/2/users/:id/muting', operationId: 'getUsersMuting', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/users/:id/owned_lists': {
      method: 'GET', path: '/2/users/:id/owned_lists', operationId: 'getUsersOwnedLists', returns: 'list', many: true,
      fields: { 'list.fields': LIST_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_4,
    },
    'GET /2/users/:id/pinned_lists': {
      method: 'GET', path: '/2/users/:id/pinned_lists', operationId: 'getUsersPinnedLists', returns: 'list', many: true,
      fields: { 'list.fields': LIST_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_4,
    },
    'GET /2/users/:id/public_keys': {
      method: 'GET', path: '/2/users/:id/public_keys', operationId: 'getUsersPublicKey', returns: 'public_key',
      many: true,
      fields: { 'public_key.fields': PUBLIC_KEY_FIELDS_1 },
    },
    'GET /2/users/:id/timelines/reverse_chronological': {
      method: 'GET', path: '/2/users/:id/timelines/reverse_chronological', operationId: 'getUsersTimeline',
      returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/users/:id/tweets': {
      method: 'GET', path: '/2/users/:id/tweets', operationId: 'getUsersPosts', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/users/by': {
      method: 'GET', path: '/2/users/by', operationId: 'getUsersByUsernames', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/users/by/username/:username': {
      method: 'GET', path: '/2/users/by/username/:username', operationId: 'getUsersByUsername', returns: 'user',
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/users/compliance/stream': {
      method: 'GET', path: '/2/users/compliance/stream', operationId: 'streamUsersCompliance', returns: 'unknown',
    },
    'GET /2/users/me': {
      method: 'GET', path: '/2/users/me', operationId: 'getUsersMe', returns: 'user',
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/users/personalized_trends': {
      method: 'GET', path: '/2/users/personalized_trends', operationId: 'getTrendsPersonalizedTrends',
      returns: 'personalized_trend', many: true,
      fields: { 'personalized_trend.fields': PERSONALIZED_TREND_FIELDS_1 },
    },
    'GET /2/users/public_keys': {
      method: 'GET', path: '/2/users/public_keys', operationId: 'getUsersPublicKeys', returns: 'public_key',
      fields: { 'public_key.fields': PUBLIC_KEY_FIELDS_1 },
    },
    'GET /2/users/reposts_of_me': {
      method: 'GET', path: '/2/users/reposts_of_me', operationId: 'getUsersRepostsOfMe', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/users/search': {
      method: 'GET', path: '/2/users/search', operationId: 'searchUsers', returns: 'user', many: true,
      fields: { 'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1 },
      expansions: EXPANSIONS_5,
    },
    'GET /2/webhooks': {
      method: 'GET', path: '/2/webhooks', operationId: 'getWebhooks', returns: 'webhook_config', many: true,
      fields: { 'webhook_config.fields': WEBHOOK_CONFIG_FIELDS_1 },
    },
    'POST /2/account_activity/webhooks/:webhook_id/subscriptions/all': {
      method: 'POST', path: '/2/account_activity/webhooks/:webhook_id/subscriptions/all',
      operationId: 'createAccountActivitySubscription', returns: 'unknown',
    },
    'POST /2/activity/subscriptions': {
      method: 'POST', path: '/2/activity/subscriptions', operationId: 'createActivitySubscription', returns: 'unknown',
    },
    'POST /2/articles/:article_id/publish': {
      method: 'POST', path: '/2/articles/:article_id/publish', operationId: 'articlePublish', returns: 'unknown',
    },
    'POST /2/articles/draft': {
      method: 'POST', path: '/2/articles/draft', operationId: 'articleCreateDraft', returns: 'unknown',
    },
    'POST /2/chat/conversations/:id/keys': {
      method: 'POST', path: '/2/chat/conversations/:id/keys', operationId: 'addConversationKeys', returns: 'unknown',
    },
    'POST /2/chat/conversations/:id/members': {
      method: 'POST', path: '/2/chat/conversations/:id/members', operationId: 'addChatGroupMembers', returns: 'unknown',
    },
    'POST /2/chat/conversations/:id/messages': {
      method: 'POST', path: '/2/chat/conversations/:id/messages', operationId: 'sendChatMessage', returns: 'unknown',
    },
    'POST /2/chat/conversations/:id/read': {
      method: 'POST', path: '/2/chat/conversations/:id/read', operationId: 'markChatConversationRead',
      returns: 'unknown',
    },
    'POST /2/chat/conversations/:id/typing': {
      method: 'POST', path: '/2/chat/conversations/:id/typing', operationId: 'sendChatTypingIndicator',
      returns: 'unknown',
    },
    'POST /2/chat/conversations/group': {
      method: 'POST', path: '/2/chat/conversations/group', operationId: 'createChatConversation', returns: 'unknown',
    },
    'POST /2/chat/conversations/group/initialize': {
      method: 'POST', path: '/2/chat/conversations/group/initialize', operationId: 'initializeChatGroup',
      returns: 'unknown',
    },
    'POST /2/chat/media/upload/:id/append': {
      method: 'POST', path: '/2/chat/media/upload/:id/append', operationId: 'chatMediaUploadAppend', returns: 'unknown',
    },
    'POST /2/chat/media/upload/:id/finalize': {
      method: 'POST', path: '/2/chat/media/upload/:id/finalize', operationId: 'chatMediaUploadFinalize',
      returns: 'unknown',
    },
    'POST /2/chat/media/upload/initialize': {
      method: 'POST', path: '/2/chat/media/upload/initialize', operationId: 'chatMediaUploadInitialize',
      returns: 'unknown',
    },
    'POST /2/compliance/jobs': {
      method: 'POST', path: '/2/compliance/jobs', operationId: 'createComplianceJobs', returns: 'compliance_job',
    },
    'POST /2/dm_conversations': {
      method: 'POST', path: '/2/dm_conversations', operationId: 'createDirectMessagesConversation', returns: 'unknown',
    },
    'POST /2/dm_conversations/:dm_conversation_id/messages': {
      method: 'POST', path: '/2/dm_conversations/:dm_conversation_id/messages',
      operationId: 'createDirectMessagesByConversationId', returns: 'unknown',
    },
    'POST /2/dm_conversations/with/:participant_id/messages': {
      method: 'POST', path: '/2/dm_conversations/with/:participant_id/messages',
      operationId: 'createDirectMessagesByParticipantId', returns: 'unknown',
    },
    'POST /2/evaluate_note': {
      method: 'POST', path: '/2/evaluate_note', operationId: 'evaluateCommunityNotes', returns: 'unknown',
    },
    'POST /2/lists': {
      method: 'POST', path: '/2/lists', operationId: 'createLists', returns: 'unknown',
    },
    'POST /2/lists/:id/members': {
      method: 'POST', path: '/2/lists/:id/members', operationId: 'addListsMember', returns: 'unknown',
    },
    'POST /2/media/metadata': {
      method: 'POST', path: '/2/media/metadata', operationId: 'createMediaMetadata', returns: 'unknown',
    },
    'POST /2/media/subtitles': {
      method: 'POST', path: '/2/media/subtitles', operationId: 'createMediaSubtitles', returns: 'unknown',
    },
    'POST /2/media/upload': {
      method: 'POST', path: '/2/media/upload', operationId: 'mediaUpload', returns: 'unknown',
    },
    'POST /2/media/upload/:id/append': {
      method: 'POST', path: '/2/media/upload/:id/append', operationId: 'appendMediaUpload', returns: 'unknown',
    },
    'POST /2/media/upload/:id/finalize': {
      method: 'POST', path: '/2/media/upload/:id/finalize', operationId: 'finalizeMediaUpload', returns: 'unknown',
    },
    'POST /2/media/upload/initialize': {
      method: 'POST', path: '/2/media/upload/initialize', operationId: 'initializeMediaUpload', returns: 'unknown',
    },
    'POST /2/notes': {
      method: 'POST', path: '/2/notes', operationId: 'createCommunityNotes', returns: 'unknown',
    },
    'POST /2/tweets': {
      method: 'POST', path: '/2/tweets', operationId: 'createPosts', returns: 'unknown',
    },
    'POST /2/tweets/search/stream/rules': {
      method: 'POST', path: '/2/tweets/search/stream/rules', operationId: 'updateRules', returns: 'rule', many: true,
    },
    'POST /2/tweets/search/webhooks/:webhook_id': {
      method: 'POST', path: '/2/tweets/search/webhooks/:webhook_id', operationId: 'createWebhooksStreamLink',
      returns: 'unknown',
      unenumerated: ['expansions', 'media.fields', 'place.fields', 'poll.fields', 'tweet.fields', 'user.fields'],
    },
    'POST /2/users/:id/bookmarks': {
      method: 'POST', path: '/2/users/:id/bookmarks', operationId: 'createUsersBookmark', returns: 'unknown',
    },
    'POST /2/users/:id/dm/block': {
      method: 'POST', path: '/2/users/:id/dm/block', operationId: 'blockUsersDms', returns: 'unknown',
    },
    'POST /2/users/:id/dm/unblock': {
      method: 'POST', path: '/2/users/:id/dm/unblock', operationId: 'unblockUsersDms', returns: 'unknown',
    },
    'POST /2/users/:id/followed_lists': {
      method: 'POST', path: '/2/users/:id/followed_lists', operationId: 'followList', returns: 'unknown',
    },
    'POST /2/users/:id/following': {
      method: 'POST', path: '/2/users/:id/following', operationId: 'followUser', returns: 'unknown',
    },
    'POST /2/users/:id/likes': {
      method: 'POST', path: '/2/users/:id/likes', operationId: 'likePost', returns: 'unknown',
    },
    'POST /2/users/:id/muting': {
      method: 'POST', path: '/2/users/:id/muting', operationId: 'muteUser', returns: 'unknown',
    },
    'POST /2/users/:id/pinned_lists': {
      method: 'POST', path: '/2/users/:id/pinned_lists', operationId: 'pinList', returns: 'unknown',
    },
    'POST /2/users/:id/public_keys': {
      method: 'POST', path: '/2/users/:id/public_keys', operationId: 'addUserPublicKey', returns: 'public_key',
    },
    'POST /2/users/:id/retweets': {
      method: 'POST', path: '/2/users/:id/retweets', operationId: 'repostPost', returns: 'unknown',
    },
    'POST /2/webhooks': {
      method: 'POST', path: '/2/webhooks', operationId: 'createWebhooks', returns: 'unknown',
    },
    'POST /2/webhooks/replay': {
      method: 'POST', path: '/2/webhooks/replay', operationId: 'createWebhookReplayJob', returns: 'unknown',
    },
    'PUT /2/activity/subscriptions/:subscription_id': {
      method: 'PUT', path: '/2/activity/subscriptions/:subscription_id', operationId: 'updateActivitySubscription',
      returns: 'unknown',
    },
    'PUT /2/lists/:id': {
      method: 'PUT', path: '/2/lists/:id', operationId: 'updateLists', returns: 'unknown',
    },
    'PUT /2/tweets/:tweet_id/hidden': {
      method: 'PUT', path: '/2/tweets/:tweet_id/hidden', operationId: 'hidePostsReply', returns: 'unknown',
    },
    'PUT /2/webhooks/:webhook_id': {
      method: 'PUT', path: '/2/webhooks/:webhook_id', operationId: 'validateWebhooks', returns: 'unknown',
    },
  },
  '2.167': {
    'DELETE /2/account_activity/webhooks/:webhook_id/subscriptions/:user_id/all': {
      method: 'DELETE', path: '/2/account_activity/webhooks/:webhook_id/subscriptions/:user_id/all',
      operationId: 'deleteAccountActivitySubscription', returns: 'unknown',
    },
    'DELETE /2/activity/subscriptions': {
      method: 'DELETE', path: '/2/activity/subscriptions', operationId: 'deleteActivitySubscriptionsByIds',
      returns: 'unknown', many: true,
    },
    'DELETE /2/activity/subscriptions/:subscription_id': {
      method: 'DELETE', path: '/2/activity/subscriptions/:subscription_id', operationId: 'deleteActivitySubscription',
      returns: 'unknown',
    },
    'DELETE /2/broadcasts/:id/chat/:message_id': {
      method: 'DELETE', path: '/2/broadcasts/:id/chat/:message_id', operationId: 'deleteBroadcastChatMessage',
      returns: 'unknown',
    },
    'DELETE /2/broadcasts/:id/chat/mutes/:user_id': {
      method: 'DELETE', path: '/2/broadcasts/:id/chat/mutes/:user_id', operationId: 'unmuteBroadcastChatUser',
      returns: 'unknown',
    },
    'DELETE /2/broadcasts/scheduled/:id': {
      method: 'DELETE', path: '/2/broadcasts/scheduled/:id', operationId: 'deleteScheduledBroadcast',
      returns: 'unknown',
    },
    'DELETE /2/connections': {
      method: 'DELETE', path: '/2/connections', operationId: 'deleteConnectionsByUuids', returns: 'unknown',
    },
    'DELETE /2/connections/:endpoint_id': {
      method: 'DELETE', path: '/2/connections/:endpoint_id', operationId: 'deleteConnectionsByEndpoint',
      returns: 'unknown',
    },
    'DELETE /2/connections/all': {
      method: 'DELETE', path: '/2/connections/all', operationId: 'deleteAllConnections', returns: 'unknown',
    },
    'DELETE /2/dm_events/:event_id': {
      method: 'DELETE', path: '/2/dm_events/:event_id', operationId: 'deleteDirectMessagesEvents', returns: 'unknown',
    },
    'DELETE /2/lists/:id': {
      method: 'DELETE', path: '/2/lists/:id', operationId: 'deleteLists', returns: 'unknown',
    },
    'DELETE /2/lists/:id/members/:user_id': {
      method: 'DELETE', path: '/2/lists/:id/members/:user_id', operationId: 'removeListsMemberByUserId',
      returns: 'unknown',
    },
    'DELETE /2/media/subtitles': {
      method: 'DELETE', path: '/2/media/subtitles', operationId: 'deleteMediaSubtitles', returns: 'unknown',
    },
    'DELETE /2/notes/:id': {
      method: 'DELETE', path: '/2/notes/:id', operationId: 'deleteCommunityNotes', returns: 'unknown',
    },
    'DELETE /2/tweets/:id': {
      method: 'DELETE', path: '/2/tweets/:id', operationId: 'deletePosts', returns: 'unknown',
    },
    'DELETE /2/tweets/search/webhooks/:webhook_id': {
      method: 'DELETE', path: '/2/tweets/search/webhooks/:webhook_id', operationId: 'deleteWebhooksStreamLink',
      returns: 'unknown',
    },
    'DELETE /2/users/:id/bookmarks/:tweet_id': {
      method: 'DELETE', path: '/2/users/:id/bookmarks/:tweet_id', operationId: 'deleteUsersBookmark',
      returns: 'unknown',
    },
    'DELETE /2/users/:id/followed_lists/:list_id': {
      method: 'DELETE', path: '/2/users/:id/followed_lists/:list_id', operationId: 'unfollowList', returns: 'unknown',
    },
    'DELETE /2/users/:id/likes/:tweet_id': {
      method: 'DELETE', path: '/2/users/:id/likes/:tweet_id', operationId: 'unlikePost', returns: 'unknown',
    },
    'DELETE /2/users/:id/pinned_lists/:list_id': {
      method: 'DELETE', path: '/2/users/:id/pinned_lists/:list_id', operationId: 'unpinList', returns: 'unknown',
    },
    'DELETE /2/users/:id/retweets/:source_tweet_id': {
      method: 'DELETE', path: '/2/users/:id/retweets/:source_tweet_id', operationId: 'unrepostPost', returns: 'unknown',
    },
    'DELETE /2/users/:source_user_id/following/:target_user_id': {
      method: 'DELETE', path: '/2/users/:source_user_id/following/:target_user_id', operationId: 'unfollowUser',
      returns: 'unknown',
    },
    'DELETE /2/users/:source_user_id/muting/:target_user_id': {
      method: 'DELETE', path: '/2/users/:source_user_id/muting/:target_user_id', operationId: 'unmuteUser',
      returns: 'unknown',
    },
    'DELETE /2/webhooks/:webhook_id': {
      method: 'DELETE', path: '/2/webhooks/:webhook_id', operationId: 'deleteWebhooks', returns: 'unknown',
    },
    'GET /2/account_activity/subscriptions/count': {
      method: 'GET', path: '/2/account_activity/subscriptions/count',
      operationId: 'getAccountActivitySubscriptionCount', returns: 'unknown',
    },
    'GET /2/account_activity/webhooks/:webhook_id/subscriptions/all': {
      method: 'GET', path: '/2/account_activity/webhooks/:webhook_id/subscriptions/all',
      operationId: 'validateAccountActivitySubscription', returns: 'unknown',
    },
    'GET /2/account_activity/webhooks/:webhook_id/subscriptions/all/list': {
      method: 'GET', path: '/2/account_activity/webhooks/:webhook_id/subscriptions/all/list',
      operationId: 'getAccountActivitySubscriptions', returns: 'unknown',
    },
    'GET /2/activity/stream': {
      method: 'GET', path: '/2/activity/stream', operationId: 'activityStream', returns: 'unknown',
    },
    'GET /2/activity/subscriptions': {
      method: 'GET', path: '/2/activity/subscriptions', operationId: 'getActivitySubscriptions', returns: 'unknown',
      many: true,
    },
    'GET /2/broadcasts': {
      method: 'GET', path: '/2/broadcasts', operationId: 'listBroadcasts', returns: 'broadcast', many: true,
      fields: { 'broadcast.fields': BROADCAST_FIELDS_1 },
    },
    'GET /2/broadcasts/:id': {
      method: 'GET', path: '/2/broadcasts/:id', operationId: 'getBroadcast', returns: 'broadcast',
      fields: { 'broadcast.fields': BROADCAST_FIELDS_1 },
    },
    'GET /2/broadcasts/:id/chat': {
      method: 'GET', path: '/2/broadcasts/:id/chat', operationId: 'getBroadcastChat', returns: 'broadcast_chat_message',
      many: true,
      fields: { 'broadcast_chat_message.fields': BROADCAST_CHAT_MESSAGE_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_8,
    },
    'GET /2/broadcasts/scheduled': {
      method: 'GET', path: '/2/broadcasts/scheduled', operationId: 'listScheduledBroadcasts', returns: 'unknown',
      many: true,
    },
    'GET /2/broadcasts/scheduled/:id': {
      method: 'GET', path: '/2/broadcasts/scheduled/:id', operationId: 'getScheduledBroadcast', returns: 'unknown',
    },
    'GET /2/chat/conversations': {
      method: 'GET', path: '/2/chat/conversations', operationId: 'getChatConversations', returns: 'chat_conversation',
      many: true,
      fields: { 'chat_conversation.fields': CHAT_CONVERSATION_FIELDS_2, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_1,
    },
    'GET /2/chat/conversations/:id': {
      method: 'GET', path: '/2/chat/conversations/:id', operationId: 'getChatConversation',
      returns: 'chat_conversation',
      fields: { 'chat_conversation.fields': CHAT_CONVERSATION_FIELDS_2, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_1,
    },
    'GET /2/chat/conversations/:id/events': {
      method: 'GET', path: '/2/chat/conversations/:id/events', operationId: 'getChatConversationEvents',
      returns: 'chat_message_event', many: true,
      fields: { 'chat_message_event.fields': CHAT_MESSAGE_EVENT_FIELDS_2 },
    },
    'GET /2/chat/media/:id/:media_hash_key': {
      method: 'GET', path: '/2/chat/media/:id/:media_hash_key', operationId: 'chatMediaDownload', returns: 'unknown',
    },
    'GET /2/communities/:id': {
      method: 'GET', path: '/2/communities/:id', operationId: 'getCommunitiesById', returns: 'community',
      fields: { 'community.fields': COMMUNITY_FIELDS_1 },
    },
    'GET /2/communities/search': {
      method: 'GET', path: '/2/communities/search', operationId: 'searchCommunities', returns: 'community', many: true,
      fields: { 'community.fields': COMMUNITY_FIELDS_1 },
    },
    'GET /2/compliance/jobs': {
      method: 'GET', path: '/2/compliance/jobs', operationId: 'getComplianceJobs', returns: 'compliance_job',
      many: true,
      fields: { 'compliance_job.fields': COMPLIANCE_JOB_FIELDS_1 },
    },
    'GET /2/compliance/jobs/:id': {
      method: 'GET', path: '/2/compliance/jobs/:id', operationId: 'getComplianceJobsById', returns: 'compliance_job',
      fields: { 'compliance_job.fields': COMPLIANCE_JOB_FIELDS_1 },
    },
    'GET /2/connections': {
      method: 'GET', path: '/2/connections', operationId: 'getConnectionHistory', returns: 'connection', many: true,
      fields: { 'connection.fields': CONNECTION_FIELDS_1 },
    },
    'GET /2/dm_conversations/:id/dm_events': {
      method: 'GET', path: '/2/dm_conversations/:id/dm_events', operationId: 'getDirectMessagesEventsByConversationId',
      returns: 'dm_event', many: true,
      fields: {
        'dm_event.fields': DM_EVENT_FIELDS_2, 'media.fields': MEDIA_FIELDS_1, 'post.fields': POST_FIELDS_1,
        'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_9,
    },
    'GET /2/dm_conversations/media/:dm_id/:media_id/:resource_id': {
      method: 'GET', path: '/2/dm_conversations/media/:dm_id/:media_id/:resource_id',
      operationId: 'dmConversationsMediaDownload', returns: 'unknown',
    },
    'GET /2/dm_conversations/with/:participant_id/dm_events': {
      method: 'GET', path: '/2/dm_conversations/with/:participant_id/dm_events',
      operationId: 'getDirectMessagesEventsByParticipantId', returns: 'dm_event', many: true,
      fields: {
        'dm_event.fields': DM_EVENT_FIELDS_2, 'media.fields': MEDIA_FIELDS_1, 'post.fields': POST_FIELDS_1,
        'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_9,
    },
    'GET /2/dm_events': {
      method: 'GET', path: '/2/dm_events', operationId: 'getDirectMessagesEvents', returns: 'dm_event', many: true,
      fields: {
        'dm_event.fields': DM_EVENT_FIELDS_2, 'media.fields': MEDIA_FIELDS_1, 'post.fields': POST_FIELDS_1,
        'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_9,
    },
    'GET /2/dm_events/:event_id': {
      method: 'GET', path: '/2/dm_events/:event_id', operationId: 'getDirectMessagesEventsById', returns: 'dm_event',
      fields: {
        'dm_event.fields': DM_EVENT_FIELDS_2, 'media.fields': MEDIA_FIELDS_1, 'post.fields': POST_FIELDS_1,
        'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_9,
    },
    'GET /2/likes/compliance/stream': {
      method: 'GET', path: '/2/likes/compliance/stream', operationId: 'streamLikesCompliance', returns: 'unknown',
    },
    'GET /2/likes/firehose/stream': {
      method: 'GET', path: '/2/likes/firehose/stream', operationId: 'streamLikesFirehose',
      returns: 'like_with_tweet_author',
      fields: {
        'like_with_tweet_author.fields': LIKE_WITH_TWEET_AUTHOR_FIELDS_1, 'media.fields': MEDIA_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_3,
    },
    'GET /2/likes/sample10/stream': {
      method: 'GET', path: '/2/likes/sample10/stream', operationId: 'streamLikesSample10',
      returns: 'like_with_tweet_author',
      fields: {
        'like_with_tweet_author.fields': LIKE_WITH_TWEET_AUTHOR_FIELDS_1, 'media.fields': MEDIA_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_3,
    },
    'GET /2/lists/:id': {
      method: 'GET', path: '/2/lists/:id', operationId: 'getListsById', returns: 'list',
      fields: { 'list.fields': LIST_FIELDS_2, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_4,
    },
    'GET /2/lists/:id/followers': {
      method: 'GET', path: '/2/lists/:id/followers', operationId: 'getListsFollowers', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/lists/:id/members': {
      method: 'GET', path: '/2/lists/:id/members', operationId: 'getListsMembers', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/lists/:id/tweets': {
      method: 'GET', path: '/2/lists/:id/tweets', operationId: 'getListsPosts', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/media': {
      method: 'GET', path: '/2/media', operationId: 'getMediaByMediaKeys', returns: 'media', many: true,
      fields: { 'media.fields': MEDIA_FIELDS_1 },
    },
    'GET /2/media/:media_key': {
      method: 'GET', path: '/2/media/:media_key', operationId: 'getMediaByMediaKey', returns: 'media',
      fields: { 'media.fields': MEDIA_FIELDS_1 },
    },
    'GET /2/media/analytics': {
      method: 'GET', path: '/2/media/analytics', operationId: 'getMediaAnalytics', returns: 'media_analytics',
      many: true,
      fields: { 'media_analytics.fields': MEDIA_ANALYTICS_FIELDS_2 },
    },
    'GET /2/media/upload': {
      method: 'GET', path: '/2/media/upload', operationId: 'getMediaUploadStatus', returns: 'unknown',
    },
    'GET /2/news/:id': {
      method: 'GET', path: '/2/news/:id', operationId: 'getNews', returns: 'news',
      fields: { 'news.fields': NEWS_FIELDS_1 },
    },
    'GET /2/news/search': {
      method: 'GET', path: '/2/news/search', operationId: 'searchNews', returns: 'news', many: true,
      fields: { 'news.fields': NEWS_FIELDS_1 },
    },
    'GET /2/notes/search/notes_written': {
      method: 'GET', path: '/2/notes/search/notes_written', operationId: 'searchCommunityNotesWritten', returns: 'note',
      many: true,
      fields: { 'note.fields': NOTE_FIELDS_1 },
    },
    'GET /2/notes/search/posts_eligible_for_notes': {
      method: 'GET', path: '/2/notes/search/posts_eligible_for_notes', operationId: 'searchEligiblePosts',
      returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/openapi.json': {
      method: 'GET', path: '/2/openapi.json', operationId: 'getOpenApiSpec', returns: 'unknown',
    },
    'GET /2/spaces': {
      method: 'GET', path: '/2/spaces', operationId: 'getSpacesByIds', returns: 'space', many: true,
      fields: { 'space.fields': SPACE_FIELDS_2, 'topic.fields': TOPIC_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_7,
    },
    'GET /2/spaces/:id': {
      method: 'GET', path: '/2/spaces/:id', operationId: 'getSpacesById', returns: 'space',
      fields: { 'space.fields': SPACE_FIELDS_2, 'topic.fields': TOPIC_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_7,
    },
    'GET /2/spaces/:id/buyers': {
      method: 'GET', path: '/2/spaces/:id/buyers', operationId: 'getSpacesBuyers', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/spaces/:id/tweets': {
      method: 'GET', path: '/2/spaces/:id/tweets', operationId: 'getSpacesPosts', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/spaces/by/creator_ids': {
      method: 'GET', path: '/2/spaces/by/creator_ids', operationId: 'getSpacesByCreatorIds', returns: 'space',
      many: true,
      fields: { 'space.fields': SPACE_FIELDS_2, 'topic.fields': TOPIC_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_7,
    },
    'GET /2/spaces/search': {
      method: 'GET', path: '/2/spaces/search', operationId: 'searchSpaces', returns: 'space', many: true,
      fields: { 'space.fields': SPACE_FIELDS_2, 'topic.fields': TOPIC_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_7,
    },
    'GET /2/trends/by/woeid/:woeid': {
      method: 'GET', path: '/2/trends/by/woeid/:woeid', operationId: 'getTrendsByWoeid', returns: 'trend', many: true,
      fields: { 'trend.fields': TREND_FIELDS_1 },
    },
    'GET /2/tweets': {
      method: 'GET', path: '/2/tweets', operationId: 'getPostsByIds', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/tweets/:id': {
      method: 'GET', path: '/2/tweets/:id', operationId: 'getPostsById', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/tweets/:id/liking_users': {
      method: 'GET', path: '/2/tweets/:id/liking_users', operationId: 'getPostsLikingUsers', returns: 'user',
      many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/tweets/:id/quote_tweets': {
      method: 'GET', path: '/2/tweets/:id/quote_tweets', operationId: 'getPostsQuotedPosts', returns: 'tweet',
      many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/tweets/:id/retweeted_by': {
      method: 'GET', path: '/2/tweets/:id/retweeted_by', operationId: 'getPostsRepostedBy', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/tweets/:id/retweets': {
      method: 'GET', path: '/2/tweets/:id/retweets', operationId: 'getPostsReposts', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/tweets/analytics': {
      method: 'GET', path: '/2/tweets/analytics', operationId: 'getPostsAnalytics', returns: 'analytics', many: true,
      fields: { 'analytics.fields': ANALYTICS_FIELDS_2 },
    },
    'GET /2/tweets/compliance/stream': {
      method: 'GET', path: '/2/tweets/compliance/stream', operationId: 'streamPostsCompliance', returns: 'unknown',
    },
    'GET /2/tweets/counts/all': {
      method: 'GET', path: '/2/tweets/counts/all', operationId: 'getPostsCountsAll', returns: 'search_count',
      many: true,
      unenumerated: ['search_count.fields'],
    },
    'GET /2/tweets/counts/recent': {
      method: 'GET', path: '/2/tweets/counts/recent', operationId: 'getPostsCountsRecent', returns: 'search_count',
      many: true,
      unenumerated: ['search_count.fields'],
    },
    'GET /2/tweets/firehose/stream': {
      method: 'GET', path: '/2/tweets/firehose/stream', operationId: 'streamPostsFirehose', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/firehose/stream/lang/en': {
      method: 'GET', path: '/2/tweets/firehose/stream/lang/en', operationId: 'streamPostsFirehoseEn', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/firehose/stream/lang/ja': {
      method: 'GET', path: '/2/tweets/firehose/stream/lang/ja', operationId: 'streamPostsFirehoseJa', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/firehose/stream/lang/ko': {
      method: 'GET', path: '/2/tweets/firehose/stream/lang/ko', operationId: 'streamPostsFirehoseKo', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/firehose/stream/lang/pt': {
      method: 'GET', path: '/2/tweets/firehose/stream/lang/pt', operationId: 'streamPostsFirehosePt', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/label/stream': {
      method: 'GET', path: '/2/tweets/label/stream', operationId: 'streamLabelsCompliance', returns: 'unknown',
    },
    'GET /2/tweets/sample/stream': {
      method: 'GET', path: '/2/tweets/sample/stream', operationId: 'streamPostsSample', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/sample10/stream': {
      method: 'GET', path: '/2/tweets/sample10/stream', operationId: 'streamPostsSample10', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/search/all': {
      method: 'GET', path: '/2/tweets/search/all', operationId: 'searchPostsAll', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/tweets/search/recent': {
      method: 'GET', path: '/2/tweets/search/recent', operationId: 'searchPostsRecent', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/tweets/search/stream': {
      method: 'GET', path: '/2/tweets/search/stream', operationId: 'streamPosts', returns: 'tweet',
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'tweet.fields': TWEET_FIELDS_1, 'user.fields': USER_FIELDS_1,
      },
      expansions: EXPANSIONS_6,
    },
    'GET /2/tweets/search/stream/rules': {
      method: 'GET', path: '/2/tweets/search/stream/rules', operationId: 'getRules', returns: 'unknown', many: true,
    },
    'GET /2/tweets/search/stream/rules/counts': {
      method: 'GET', path: '/2/tweets/search/stream/rules/counts', operationId: 'getRuleCounts', returns: 'rules_count',
      unenumerated: ['rules_count.fields'],
    },
    'GET /2/tweets/search/webhooks': {
      method: 'GET', path: '/2/tweets/search/webhooks', operationId: 'getWebhooksStreamLinks', returns: 'unknown',
      many: true,
    },
    'GET /2/usage/tweets': {
      method: 'GET', path: '/2/usage/tweets', operationId: 'getUsage', returns: 'usage',
      fields: { 'usage.fields': USAGE_FIELDS_1 },
    },
    'GET /2/users': {
      method: 'GET', path: '/2/users', operationId: 'getUsersByIds', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/users/:id': {
      method: 'GET', path: '/2/users/:id', operationId: 'getUsersById', returns: 'user',
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/users/:id/affiliates': {
      method: 'GET', path: '/2/users/:id/affiliates', operationId: 'getUsersAffiliates', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/users/:id/blocking': {
      method: 'GET', path: '/2/users/:id/blocking', operationId: 'getUsersBlocking', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/users/:id/bookmarks': {
      method: 'GET', path: '/2/users/:id/bookmarks', operationId: 'getUsersBookmarks', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/users/:id/bookmarks/folders': {
      method: 'GET', path: '/2/users/:id/bookmarks/folders', operationId: 'getUsersBookmarkFolders', returns: 'unknown',
      many: true,
    },
    'GET /2/users/:id/bookmarks/folders/:folder_id': {
      method: 'GET', path: '/2/users/:id/bookmarks/folders/:folder_id', operationId: 'getUsersBookmarksByFolderId',
      returns: 'unknown', many: true,
    },
    'GET /2/users/:id/followed_lists': {
      method: 'GET', path: '/2/users/:id/followed_lists', operationId: 'getUsersFollowedLists', returns: 'list',
      many: true,
      fields: { 'list.fields': LIST_FIELDS_2, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_4,
    },
    'GET /2/users/:id/followers': {
      method: 'GET', path: '/2/users/:id/followers', operationId: 'getUsersFollowers', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/users/:id/following': {
      method: 'GET', path: '/2/users/:id/following', operationId: 'getUsersFollowing', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/users/:id/liked_tweets': {
      method: 'GET', path: '/2/users/:id/liked_tweets', operationId: 'getUsersLikedPosts', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/users/:id/list_memberships': {
      method: 'GET', path: '/2/users/:id/list_memberships', operationId: 'getUsersListMemberships', returns: 'list',
      many: true,
      fields: { 'list.fields': LIST_FIELDS_2, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_4,
    },
    'GET /2/users/:id/mentions': {
      method: 'GET', path: '/2/users/:id/mentions', operationId: 'getUsersMentions', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/users/:id/muting': {
      method: 'GET', path: '/2/users/:id/muting', operationId: 'getUsersMuting', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/users/:id/owned_lists': {
      method: 'GET', path: '/2/users/:id/owned_lists', operationId: 'getUsersOwnedLists', returns: 'list', many: true,
      fields: { 'list.fields': LIST_FIELDS_2, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_4,
    },
    'GET /2/users/:id/pinned_lists': {
      method: 'GET', path: '/2/users/:id/pinned_lists', operationId: 'getUsersPinnedLists', returns: 'list', many: true,
      fields: { 'list.fields': LIST_FIELDS_2, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_4,
    },
    'GET /2/users/:id/public_keys': {
      method: 'GET', path: '/2/users/:id/public_keys', operationId: 'getUsersPublicKey', returns: 'public_key',
      many: true,
      fields: { 'public_key.fields': PUBLIC_KEY_FIELDS_1 },
    },
    'GET /2/users/:id/timelines/reverse_chronological': {
      method: 'GET', path: '/2/users/:id/timelines/reverse_chronological', operationId: 'getUsersTimeline',
      returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/users/:id/tweets': {
      method: 'GET', path: '/2/users/:id/tweets', operationId: 'getUsersPosts', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/users/by': {
      method: 'GET', path: '/2/users/by', operationId: 'getUsersByUsernames', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/users/by/username/:username': {
      method: 'GET', path: '/2/users/by/username/:username', operationId: 'getUsersByUsername', returns: 'user',
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/users/compliance/stream': {
      method: 'GET', path: '/2/users/compliance/stream', operationId: 'streamUsersCompliance', returns: 'unknown',
    },
    'GET /2/users/me': {
      method: 'GET', path: '/2/users/me', operationId: 'getUsersMe', returns: 'user',
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/users/personalized_trends': {
      method: 'GET', path: '/2/users/personalized_trends', operationId: 'getTrendsPersonalizedTrends',
      returns: 'personalized_trend', many: true,
      fields: { 'personalized_trend.fields': PERSONALIZED_TREND_FIELDS_1 },
    },
    'GET /2/users/public_keys': {
      method: 'GET', path: '/2/users/public_keys', operationId: 'getUsersPublicKeys', returns: 'public_key', many: true,
      fields: { 'public_key.fields': PUBLIC_KEY_FIELDS_1 },
    },
    'GET /2/users/reposts_of_me': {
      method: 'GET', path: '/2/users/reposts_of_me', operationId: 'getUsersRepostsOfMe', returns: 'tweet', many: true,
      fields: {
        'media.fields': MEDIA_FIELDS_1, 'place.fields': PLACE_FIELDS_1, 'poll.fields': POLL_FIELDS_1,
        'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2,
      },
      expansions: EXPANSIONS_11,
    },
    'GET /2/users/search': {
      method: 'GET', path: '/2/users/search', operationId: 'searchUsers', returns: 'user', many: true,
      fields: { 'post.fields': POST_FIELDS_1, 'user.fields': USER_FIELDS_2 },
      expansions: EXPANSIONS_10,
    },
    'GET /2/webhooks': {
      method: 'GET', path: '/2/webhooks', operationId: 'getWebhooks', returns: 'webhook_config', many: true,
      fields: { 'webhook_config.fields': WEBHOOK_CONFIG_FIELDS_1 },
    },
    'POST /2/account_activity/webhooks/:webhook_id/subscriptions/all': {
      method: 'POST', path: '/2/account_activity/webhooks/:webhook_id/subscriptions/all',
      operationId: 'createAccountActivitySubscription', returns: 'unknown',
    },
    'POST /2/activity/subscriptions': {
      method: 'POST', path: '/2/activity/subscriptions', operationId: 'createActivitySubscription', returns: 'unknown',
    },
    'POST /2/articles/:article_id/publish': {
      method: 'POST', path: '/2/articles/:article_id/publish', operationId: 'articlePublish', returns: 'unknown',
    },
    'POST /2/articles/draft': {
      method: 'POST', path: '/2/articles/draft', operationId: 'articleCreateDraft', returns: 'unknown',
    },
    'POST /2/broadcasts/:id/chat': {
      method: 'POST', path: '/2/broadcasts/:id/chat', operationId: 'sendBroadcastChat', returns: 'unknown',
    },
    'POST /2/broadcasts/:id/chat/mutes': {
      method: 'POST', path: '/2/broadcasts/:id/chat/mutes', operationId: 'muteBroadcastChatUser', returns: 'unknown',
    },
    'POST /2/broadcasts/scheduled': {
      method: 'POST', path: '/2/broadcasts/scheduled', operationId: 'createScheduledBroadcast', returns: 'unknown',
    },
    'POST /2/broadcasts/scheduled/:id/live': {
      method: 'POST', path: '/2/broadcasts/scheduled/:id/live', operationId: 'goLiveScheduledBroadcast',
      returns: 'unknown',
    },
    'POST /2/chat/conversations/:id/keys': {
      method: 'POST', path: '/2/chat/conversations/:id/keys', operationId: 'addConversationKeys', returns: 'unknown',
    },
    'POST /2/chat/conversations/:id/members': {
      method: 'POST', path: '/2/chat/conversations/:id/members', operationId: 'addChatGroupMembers', returns: 'tweet',
    },
    'POST /2/chat/conversations/:id/messages': {
      method: 'POST', path: '/2/chat/conversations/:id/messages', operationId: 'sendChatMessage', returns: 'unknown',
    },
    'POST /2/chat/conversations/:id/messages/delete': {
      method: 'POST', path: '/2/chat/conversations/:id/messages/delete', operationId: 'deleteChatMessages',
      returns: 'unknown',
    },
    'POST /2/chat/conversations/:id/read': {
      method: 'POST', path: '/2/chat/conversations/:id/read', operationId: 'markChatConversationRead',
      returns: 'unknown',
    },
    'POST /2/chat/conversations/:id/typing': {
      method: 'POST', path: '/2/chat/conversations/:id/typing', operationId: 'sendChatTypingIndicator',
      returns: 'unknown',
    },
    'POST /2/chat/conversations/group': {
      method: 'POST', path: '/2/chat/conversations/group', operationId: 'createChatConversation', returns: 'unknown',
    },
    'POST /2/chat/conversations/group/initialize': {
      method: 'POST', path: '/2/chat/conversations/group/initialize', operationId: 'initializeChatGroup',
      returns: 'unknown',
    },
    'POST /2/chat/media/upload/:id/append': {
      method: 'POST', path: '/2/chat/media/upload/:id/append', operationId: 'chatMediaUploadAppend', returns: 'unknown',
    },
    'POST /2/chat/media/upload/:id/finalize': {
      method: 'POST', path: '/2/chat/media/upload/:id/finalize', operationId: 'chatMediaUploadFinalize',
      returns: 'unknown',
    },
    'POST /2/chat/media/upload/initialize': {
      method: 'POST', path: '/2/chat/media/upload/initialize', operationId: 'chatMediaUploadInitialize',
      returns: 'unknown',
    },
    'POST /2/compliance/jobs': {
      method: 'POST', path: '/2/compliance/jobs', operationId: 'createComplianceJobs', returns: 'compliance_job',
      fields: { 'compliance_job.fields': COMPLIANCE_JOB_FIELDS_1 },
    },
    'POST /2/dm_conversations': {
      method: 'POST', path: '/2/dm_conversations', operationId: 'createDirectMessagesConversation', returns: 'unknown',
    },
    'POST /2/dm_conversations/:dm_conversation_id/messages': {
      method: 'POST', path: '/2/dm_conversations/:dm_conversation_id/messages',
      operationId: 'createDirectMessagesByConversationId', returns: 'unknown',
    },
    'POST /2/dm_conversations/with/:participant_id/messages': {
      method: 'POST', path: '/2/dm_conversations/with/:participant_id/messages',
      operationId: 'createDirectMessagesByParticipantId', returns: 'unknown',
    },
    'POST /2/lists': {
      method: 'POST', path: '/2/lists', operationId: 'createLists', returns: 'unknown',
    },
    'POST /2/lists/:id/members': {
      method: 'POST', path: '/2/lists/:id/members', operationId: 'addListsMember', returns: 'unknown',
    },
    'POST /2/media/metadata': {
      method: 'POST', path: '/2/media/metadata', operationId: 'createMediaMetadata', returns: 'unknown',
    },
    'POST /2/media/subtitles': {
      method: 'POST', path: '/2/media/subtitles', operationId: 'createMediaSubtitles', returns: 'unknown',
    },
    'POST /2/media/upload': {
      method: 'POST', path: '/2/media/upload', operationId: 'mediaUpload', returns: 'unknown',
    },
    'POST /2/media/upload/:id/append': {
      method: 'POST', path: '/2/media/upload/:id/append', operationId: 'appendMediaUpload', returns: 'unknown',
    },
    'POST /2/media/upload/:id/finalize': {
      method: 'POST', path: '/2/media/upload/:id/finalize', operationId: 'finalizeMediaUpload', returns: 'unknown',
    },
    'POST /2/media/upload/initialize': {
      method: 'POST', path: '/2/media/upload/initialize', operationId: 'initializeMediaUpload', returns: 'unknown',
    },
    'POST /2/notes': {
      method: 'POST', path: '/2/notes', operationId: 'createCommunityNotes', returns: 'unknown',
    },
    'POST /2/notes/evaluate': {
      method: 'POST', path: '/2/notes/evaluate', operationId: 'evaluateCommunityNotes', returns: 'unknown',
    },
    'POST /2/tweets': {
      method: 'POST', path: '/2/tweets', operationId: 'createPosts', returns: 'unknown',
    },
    'POST /2/tweets/search/stream/rules': {
      method: 'POST', path: '/2/tweets/search/stream/rules', operationId: 'updateRules', returns: 'unknown', many: true,
    },
    'POST /2/tweets/search/webhooks/:webhook_id': {
      method: 'POST', path: '/2/tweets/search/webhooks/:webhook_id', operationId: 'createWebhooksStreamLink',
      returns: 'unknown',
    },
    'POST /2/users/:id/bookmarks': {
      method: 'POST', path: '/2/users/:id/bookmarks', operationId: 'createUsersBookmark', returns: 'unknown',
    },
    'POST /2/users/:id/bookmarks/folders': {
      method: 'POST', path: '/2/users/:id/bookmarks/folders', operationId: 'createUsersBookmarkFolder',
      returns: 'unknown',
    },
    'POST /2/users/:id/dm/block': {
      method: 'POST', path: '/2/users/:id/dm/block', operationId: 'blockUsersDms', returns: 'unknown',
    },
    'POST /2/users/:id/dm/unblock': {
      method: 'POST', path: '/2/users/:id/dm/unblock', operationId: 'unblockUsersDms', returns: 'unknown',
    },
    'POST /2/users/:id/followed_lists': {
      method: 'POST', path: '/2/users/:id/followed_lists', operationId: 'followList', returns: 'unknown',
    },
    'POST /2/users/:id/following': {
      method: 'POST', path: '/2/users/:id/following', operationId: 'followUser', returns: 'unknown',
    },
    'POST /2/users/:id/likes': {
      method: 'POST', path: '/2/users/:id/likes', operationId: 'likePost', returns: 'unknown',
    },
    'POST /2/users/:id/muting': {
      method: 'POST', path: '/2/users/:id/muting', operationId: 'muteUser', returns: 'unknown',
    },
    'POST /2/users/:id/pinned_lists': {
      method: 'POST', path: '/2/users/:id/pinned_lists', operationId: 'pinList', returns: 'unknown',
    },
    'POST /2/users/:id/public_keys': {
      method: 'POST', path: '/2/users/:id/public_keys', operationId: 'addUserPublicKey', returns: 'unknown',
    },
    'POST /2/users/:id/retweets': {
      method: 'POST', path: '/2/users/:id/retweets', operationId: 'repostPost', returns: 'unknown',
    },
    'POST /2/webhooks': {
      method: 'POST', path: '/2/webhooks', operationId: 'createWebhooks', returns: 'unknown',
    },
    'POST /2/webhooks/replay': {
      method: 'POST', path: '/2/webhooks/replay', operationId: 'createWebhookReplayJob', returns: 'unknown',
    },
    'PUT /2/activity/subscriptions/:subscription_id': {
      method: 'PUT', path: '/2/activity/subscriptions/:subscription_id', operationId: 'updateActivitySubscription',
      returns: 'unknown',
    },
    'PUT /2/broadcasts/scheduled/:id': {
      method: 'PUT', path: '/2/broadcasts/scheduled/:id', operationId: 'updateScheduledBroadcast', returns: 'unknown',
    },
    'PUT /2/lists/:id': {
      method: 'PUT', path: '/2/lists/:id', operationId: 'updateLists', returns: 'unknown',
    },
    'PUT /2/tweets/:tweet_id/hidden': {
      method: 'PUT', path: '/2/tweets/:tweet_id/hidden', operationId: 'hidePostsReply', returns: 'unknown',
    },
    'PUT /2/webhooks/:webhook_id': {
      method: 'PUT', path: '/2/webhooks/:webhook_id', operationId: 'validateWebhooks', returns: 'unknown',
    },
  },
};

/** Per parameter name, every value some endpoint of the version accepts. */
export const API_PARAMETER_VALUES: Readonly<
  Record<ApiVocabularyVersion, Readonly<Record<string, readonly string[]>>>
> = {
  '2.166': {
    'analytics.fields': [
      'app_install_attempts', 'app_opens', 'bookmarks', 'detail_expands', 'email_tweet', 'engagements', 'follows',
      'hashtag_clicks', 'id', 'impressions', 'likes', 'media_views', 'permalink_clicks', 'quote_tweets', 'replies',
      'retweets', 'shares', 'timestamp', 'unfollows', 'unlikes', 'url_clicks', 'user_profile_clicks',
    ],
    'chat_conversation.fields': [
      'admin_ids', 'created_at', 'group_avatar_url', 'group_name', 'id', 'is_muted', 'member_ids', 'message_ttl_msec',
      'participant_ids', 'screen_capture_blocking_enabled', 'screen_capture_detection_enabled', 'type', 'updated_at',
    ],
    'chat_message_event.fields': [
      'conversation_id', 'conversation_token', 'created_at_msec', 'encoded_event', 'id', 'is_trusted',
      'message_event_signature', 'previous_id', 'sender_id',
    ],
    'community.fields': ['access', 'created_at', 'description', 'id', 'join_policy', 'member_count', 'name'],
    'compliance_job.fields': [
      'created_at', 'download_expires_at', 'download_url', 'id', 'name', 'resumable', 'status', 'type',
      'upload_expires_at', 'upload_url',
    ],
    'connection.fields': ['client_ip', 'connected_at', 'disconnect_reason', 'disconnected_at', 'endpoint_name', 'id'],
    'dm_event.fields': [
      'attachments', 'created_at', 'dm_conversation_id', 'entities', 'event_type', 'id', 'participant_ids',
      'referenced_tweets', 'sender_id', 'text',
    ],
    'engagement.fields': ['errors', 'measurement'],
    'expansions': [
      'admin_ids', 'affiliation.user_id', 'article.cover_media', 'article.media_entities', 'attachments.media_keys',
      'attachments.media_source_tweet', 'attachments.poll_ids', 'author_id', 'creator_id', 'edit_history_tweet_ids',
      'entities.mentions.username', 'entities.note.mentions.username', 'geo.place_id', 'host_ids',
      'in_reply_to_user_id', 'invited_user_ids', 'liked_tweet_author_id', 'liked_tweet_id', 'member_ids',
      'most_recent_tweet_id', 'owner_id', 'participant_ids', 'pinned_tweet_id', 'referenced_tweets.id',
      'referenced_tweets.id.attachments.media_keys', 'referenced_tweets.id.author_id', 'sender_id', 'speaker_ids',
      'topic_ids',
    ],
    'like_with_tweet_author.fields': [
      'attachments_media_keys', 'created_at', 'id', 'liked_tweet_author_id', 'liked_tweet_id', 'timestamp_ms',
    ],
    'list.fields': ['created_at', 'description', 'follower_count', 'id', 'member_count', 'name', 'owner_id', 'private'],
    'media.fields': [
      'alt_text', 'duration_ms', 'height', 'media_key', 'non_public_metrics', 'organic_metrics', 'preview_image_url',
      'promoted_metrics', 'public_metrics', 'type', 'url', 'variants', 'width',
    ],
    'media_analytics.fields': [
      'cta_url_clicks', 'cta_watch_clicks', 'media_key', 'play_from_tap', 'playback25', 'playback50', 'playback75',
      'playback_complete', 'playback_start', 'timestamp', 'video_views', 'watch_time_ms',
    ],
    'news.fields': [
      'category', 'cluster_posts_results', 'contexts', 'disclaimer', 'hook', 'id', 'keywords', 'name', 'summary',
      'updated_at',
    ],
    'note.fields': ['id', 'info', 'scoring_status', 'status', 'test_result'],
    'personalized_trend.fields': ['category', 'post_count', 'trend_name', 'trending_since'],
    'place.fields': ['contained_within', 'country', 'country_code', 'full_name', 'geo', 'id', 'name', 'place_type'],
    'poll.fields': ['duration_minutes', 'end_datetime', 'id', 'options', 'voting_status'],
    'public_key.fields': [
      'identity_public_key_signature', 'juicebox_config', 'public_key', 'public_key_version', 'signing_public_key',
    ],
    'rules_count.fields': [
      'all_project_client_apps', 'cap_per_client_app', 'cap_per_project', 'client_app_rules_count',
      'project_rules_count',
    ],
    'search_count.fields': ['end', 'start', 'tweet_count'],
    'space.fields': [
      'created_at', 'creator_id', 'ended_at', 'host_ids', 'id', 'invited_user_ids', 'is_ticketed', 'lang',
      'participant_count', 'scheduled_start', 'speaker_ids', 'started_at', 'state', 'subscriber_count', 'title',
      'topic_ids', 'updated_at',
    ],
    'topic.fields': ['description', 'id', 'name'],
    'trend.fields': ['trend_name', 'tweet_count'],
    'tweet.fields': [
      'article', 'attachments', 'author_id', 'card_uri', 'community_id', 'context_annotations', 'conversation_id',
      'created_at', 'display_text_range', 'edit_controls', 'edit_history_tweet_ids', 'entities', 'geo', 'id',
      'in_reply_to_user_id', 'lang', 'matched_media_notes', 'media_metadata', 'non_public_metrics',
      'note_request_suggestions', 'note_tweet', 'organic_metrics', 'paid_partnership', 'possibly_sensitive',
      'promoted_metrics', 'public_metrics', 'referenced_tweets', 'reply_settings', 'scopes', 'source',
      'suggested_source_links', 'suggested_source_links_with_counts', 'text', 'withheld',
    ],
    'usage.fields': [
      'cap_reset_day', 'daily_client_app_usage', 'daily_project_usage', 'project_cap', 'project_id', 'project_usage',
    ],
    'user.fields': [
      'affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description', 'entities', 'id',
      'is_identity_verified', 'location', 'most_recent_tweet_id', 'name', 'parody', 'pinned_tweet_id',
      'profile_banner_url', 'profile_image_url', 'protected', 'public_metrics', 'receives_your_dm', 'subscription',
      'subscription_type', 'url', 'username', 'verified', 'verified_followers_count', 'verified_type', 'withheld',
    ],
    'webhook_config.fields': ['created_at', 'id', 'url', 'valid'],
  },
  '2.167': {
    'analytics.fields': [
      'app_install_attempts', 'app_opens', 'bookmarks', 'detail_expands', 'email_tweet', 'engagements', 'follows',
      'hashtag_clicks', 'id', 'impressions', 'likes', 'media_views', 'permalink_clicks', 'quote_tweets', 'replies',
      'retweets', 'shares', 'timestamp', 'timestamped_metrics', 'unfollows', 'unlikes', 'url_clicks',
      'user_profile_clicks',
    ],
    'broadcast.fields': [
      'available_for_replay', 'broadcast_id', 'chat_option', 'created_at_ms', 'end_ms', 'height', 'id', 'image_url',
      'image_url_medium', 'image_url_small', 'is_high_latency', 'language', 'media_key', 'scheduled_end_ms',
      'scheduled_start_ms', 'share_url', 'source_id', 'start_ms', 'state', 'title', 'total_watched', 'total_watching',
      'tweet_id', 'twitter_user_id', 'updated_at_ms', 'width',
    ],
    'broadcast_chat_message.fields': [
      'author_name', 'author_username', 'broadcast_id', 'created_at_ms', 'id', 'reply_to', 'text',
    ],
    'chat_conversation.fields': [
      'created_at', 'group_avatar_url', 'group_name', 'id', 'is_muted', 'message_ttl_ms',
      'screen_capture_blocking_enabled', 'screen_capture_detection_enabled', 'type', 'updated_at',
    ],
    'chat_message_event.fields': [
      'conversation_id', 'conversation_token', 'created_at', 'encoded_event', 'id', 'is_trusted',
      'message_event_signature', 'previous_id', 'sender_id',
    ],
    'community.fields': ['access', 'created_at', 'description', 'id', 'join_policy', 'member_count', 'name'],
    'compliance_job.fields': [
      'created_at', 'download_expires_at', 'download_url', 'id', 'name', 'resumable', 'status', 'type',
      'upload_expires_at', 'upload_url',
    ],
    'connection.fields': ['client_ip', 'connected_at', 'disconnect_reason', 'disconnected_at', 'endpoint_name', 'id'],
    'dm_event.fields': ['attachments', 'created_at', 'dm_conversation_id', 'entities', 'event_type', 'id', 'text'],
    'expansions': [
      'admin_ids', 'affiliation', 'article.cover_media', 'article.media_entities', 'attachments.media_keys',
      'attachments.media_source_tweet', 'attachments.poll_ids', 'author_id', 'creator_id', 'edit_history_post_ids',
      'edit_history_tweet_ids', 'entities.mentions.username', 'entities.note.mentions.username', 'geo.place_id',
      'host_ids', 'in_reply_to_user_id', 'invited_user_ids', 'liked_tweet_author_id', 'liked_tweet_id', 'member_ids',
      'most_recent_post_id', 'owner_id', 'participant_ids', 'pinned_post_id', 'referenced_posts',
      'referenced_tweets.id', 'referenced_tweets.id.attachments.media_keys', 'referenced_tweets.id.author_id',
      'sender_id', 'speaker_ids', 'topic_ids', 'username',
    ],
    'like_with_tweet_author.fields': [
      'attachments_media_keys', 'created_at', 'id', 'liked_tweet_author_id', 'liked_tweet_id', 'timestamp_ms',
    ],
    'list.fields': ['created_at', 'description', 'follower_count', 'id', 'member_count', 'name', 'private'],
    'media.fields': [
      'alt_text', 'duration_ms', 'height', 'media_key', 'non_public_metrics', 'organic_metrics', 'preview_image_url',
      'promoted_metrics', 'public_metrics', 'type', 'url', 'variants', 'width',
    ],
    'media_analytics.fields': [
      'cta_url_clicks', 'cta_watch_clicks', 'media_key', 'play_from_tap', 'playback25', 'playback50', 'playback75',
      'playback_complete', 'playback_start', 'timestamp', 'timestamped_metrics', 'video_views', 'watch_time_ms',
    ],
    'news.fields': [
      'category', 'cluster_posts_results', 'contexts', 'disclaimer', 'hook', 'id', 'keywords', 'name', 'summary',
      'updated_at',
    ],
    'note.fields': ['id', 'info', 'scoring_status', 'status', 'test_result'],
    'personalized_trend.fields': ['category', 'post_count', 'trend_name', 'trending_since'],
    'place.fields': ['contained_within', 'country', 'country_code', 'full_name', 'geo', 'id', 'name', 'place_type'],
    'poll.fields': ['duration_minutes', 'end_datetime', 'id', 'options', 'voting_status'],
    'post.fields': [
      'article', 'article_title', 'attachments', 'card_uri', 'community_id', 'context_annotations', 'conversation_id',
      'created_at', 'display_text_range', 'edit_controls', 'entities', 'geo', 'id', 'lang', 'matched_media_notes',
      'media_metadata', 'non_public_metrics', 'note_post', 'note_request_suggestions', 'organic_metrics',
      'paid_partnership', 'possibly_sensitive', 'promoted_metrics', 'public_metrics', 'reply_settings', 'scopes',
      'source', 'suggested_source_links', 'suggested_source_links_with_counts', 'text', 'withheld',
    ],
    'public_key.fields': [
      'identity_public_key_signature', 'juicebox_config', 'public_key', 'public_key_version', 'signing_public_key',
    ],
    'space.fields': [
      'created_at', 'ended_at', 'id', 'is_ticketed', 'lang', 'participant_count', 'scheduled_start', 'started_at',
      'state', 'subscriber_count', 'title', 'updated_at',
    ],
    'topic.fields': ['description', 'id', 'name'],
    'trend.fields': ['trend_name', 'tweet_count'],
    'tweet.fields': [
      'article', 'attachments', 'author_id', 'card_uri', 'community_id', 'context_annotations', 'conversation_id',
      'created_at', 'display_text_range', 'edit_controls', 'edit_history_tweet_ids', 'entities', 'geo', 'id',
      'in_reply_to_user_id', 'lang', 'matched_media_notes', 'media_metadata', 'non_public_metrics',
      'note_request_suggestions', 'note_tweet', 'organic_metrics', 'paid_partnership', 'possibly_sensitive',
      'promoted_metrics', 'public_metrics', 'referenced_tweets', 'reply_settings', 'scopes', 'source',
      'suggested_source_links', 'suggested_source_links_with_counts', 'text', 'withheld',
    ],
    'usage.fields': [
      'cap_reset_day', 'daily_client_app_usage', 'daily_project_usage', 'project_cap', 'project_id', 'project_usage',
    ],
    'user.fields': [
      'affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description', 'entities', 'id',
      'is_identity_verified', 'location', 'most_recent_tweet_id', 'name', 'parody', 'pinned_tweet_id',
      'profile_banner_url', 'profile_image_url', 'protected', 'public_metrics', 'receives_your_dm', 'subscribes_to_you',
      'subscription', 'subscription_type', 'url', 'username', 'verified', 'verified_followers_count', 'verified_type',
      'withheld',
    ],
    'webhook_config.fields': ['created_at', 'id', 'url', 'valid'],
  },
};

/**
 * Per object kind, the `includes` key each expansion value brings objects into, where the spec's object schema lets
 * the expansion's path be followed to an identifier; values it cannot be followed for are left out.
 */
export const API_EXPANSION_INCLUDES: Readonly<
  Record<ApiVocabularyVersion, Readonly<Partial<Record<ApiObjectKind, Readonly<Record<string, ApiIncludesKey>>>>>>
> = {
  '2.166': {
    dm_event: {
      'attachments.media_keys': 'media',
      'participant_ids': 'users',
      'referenced_tweets.id': 'tweets',
      'sender_id': 'users',
    },
    like_with_tweet_author: {
      'liked_tweet_id': 'tweets',
    },
    list: {
      'owner_id': 'users',
    },
    space: {
      'creator_id': 'users',
      'host_ids': 'users',
      'invited_user_ids': 'users',
      'speaker_ids': 'users',
    },
    tweet: {
      'attachments.media_keys': 'media',
      'attachments.poll_ids': 'polls',
      'author_id': 'users',
      'edit_history_tweet_ids': 'tweets',
      'entities.mentions.username': 'users',
      'geo.place_id': 'places',
      'in_reply_to_user_id': 'users',
      'referenced_tweets.id': 'tweets',
      'referenced_tweets.id.attachments.media_keys': 'media',
      'referenced_tweets.id.author_id': 'users',
    },
    user: {
      'affiliation.user_id': 'users',
      'most_recent_tweet_id': 'tweets',
      'pinned_tweet_id': 'tweets',
    },
  },
  '2.167': {
    dm_event: {
      'attachments.media_keys': 'media',
      'participant_ids': 'users',
      'referenced_posts': 'posts',
      'sender_id': 'users',
    },
    like_with_tweet_author: {
      'liked_tweet_id': 'posts',
    },
    list: {
      'owner_id': 'users',
    },
    space: {
      'creator_id': 'users',
      'host_ids': 'users',
      'invited_user_ids': 'users',
      'speaker_ids': 'users',
    },
    tweet: {
      'attachments.media_keys': 'media',
      'attachments.poll_ids': 'polls',
      'author_id': 'users',
      'edit_history_post_ids': 'posts',
      'edit_history_tweet_ids': 'posts',
      'entities.mentions.username': 'users',
      'geo.place_id': 'places',
      'in_reply_to_user_id': 'users',
      'referenced_posts': 'posts',
      'referenced_tweets.id': 'posts',
      'referenced_tweets.id.attachments.media_keys': 'media',
      'referenced_tweets.id.author_id': 'users',
    },
    user: {
      'affiliation': 'users',
      'most_recent_post_id': 'posts',
      'pinned_post_id': 'posts',
    },
  },
};

/** A value 2.167 spells differently, under `param` (its 2.166 name) / `newParam` (its 2.167 name). */
export interface ApiValueRename {
  readonly param: string;
  readonly newParam: string;
  readonly from: string;
  readonly to: string;
}

/** What changed between the 2.166 and 2.167 request vocabularies, found by diffing the endpoints both have. */
export interface ApiVocabularyChanges {
  /** Parameters 2.167 spells differently. */
  readonly params: readonly { readonly from: string; readonly to: string }[];
  /** Values 2.167 spells differently. */
  readonly values: readonly ApiValueRename[];
  /** Keys under `includes` 2.167 spells differently. */
  readonly includes: readonly { readonly from: ApiIncludesKey; readonly to: ApiIncludesKey }[];
  /** Per 2.167 parameter name, 2.166 values with no 2.167 counterpart on some endpoint. */
  readonly removed: Readonly<Record<string, readonly string[]>>;
  /** Per 2.167 parameter name, values new in 2.167 on some endpoint. */
  readonly added: Readonly<Record<string, readonly string[]>>;
}

export const API_VOCABULARY_CHANGES_2167: ApiVocabularyChanges = {
  params: [
    { from: 'tweet.fields', to: 'post.fields' },
  ],
  values: [
    {
      param: 'chat_conversation.fields', newParam: 'chat_conversation.fields', from: 'message_ttl_msec',
      to: 'message_ttl_ms',
    },
    {
      param: 'chat_message_event.fields', newParam: 'chat_message_event.fields', from: 'created_at_msec',
      to: 'created_at',
    },
    { param: 'expansions', newParam: 'expansions', from: 'affiliation.user_id', to: 'affiliation' },
    { param: 'expansions', newParam: 'expansions', from: 'edit_history_tweet_ids', to: 'edit_history_post_ids' },
    { param: 'expansions', newParam: 'expansions', from: 'most_recent_tweet_id', to: 'most_recent_post_id' },
    { param: 'expansions', newParam: 'expansions', from: 'pinned_tweet_id', to: 'pinned_post_id' },
    { param: 'expansions', newParam: 'expansions', from: 'referenced_tweets.id', to: 'referenced_posts' },
    { param: 'tweet.fields', newParam: 'post.fields', from: 'note_tweet', to: 'note_post' },
  ],
  includes: [
    { from: 'tweets', to: 'posts' },
  ],
  removed: {
    'chat_conversation.fields': ['admin_ids', 'member_ids', 'participant_ids'],
    'dm_event.fields': ['participant_ids', 'referenced_tweets', 'sender_id'],
    'expansions': [
      'entities.note.mentions.username', 'referenced_tweets.id.attachments.media_keys',
      'referenced_tweets.id.author_id',
    ],
    'list.fields': ['owner_id'],
    'post.fields': ['author_id', 'edit_history_tweet_ids', 'in_reply_to_user_id', 'referenced_tweets'],
    'space.fields': ['creator_id', 'host_ids', 'invited_user_ids', 'speaker_ids', 'topic_ids'],
    'user.fields': ['affiliation', 'most_recent_tweet_id', 'pinned_tweet_id'],
  },
  added: {
    'analytics.fields': ['timestamped_metrics'],
    'expansions': ['username'],
    'media_analytics.fields': ['timestamped_metrics'],
    'post.fields': ['article_title'],
    'user.fields': ['subscribes_to_you'],
  },
};
