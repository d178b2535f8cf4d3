/**
 * Docs of the v2 User object (both vocabularies); the entity docs it shares with the Tweet/Post are in entityDocs.ts.
 * Nested fields inherit `requestedBy` and `vocabulary` from their parent (see lookup.ts `tableOf`).
 * Our own words throughout: the spec's sentences are facts to restate, not text to ship.
 */
import { textEntityDocs, urlEntityDocs } from './entityDocs';
import { DATE_TIME, SNOWFLAKE, URL, type FieldDoc } from './types';

const PUBLIC_METRICS_EXAMPLE =
  '{"followers_count":1250,"following_count":310,"tweet_count":5400,"listed_count":27,"like_count":980}';

export const USER_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'id', type: SNOWFLAKE, requestedBy: 'default',
    description: 'The account\'s permanent id. It comes as a string because it can exceed 2^53, where a JavaScript ' +
      'number loses digits; key stored users on it, not on the username.',
    example: '"2244994945"',
  },
  {
    path: 'name', type: 'string', requestedBy: 'default',
    description: 'The display name on the profile: free text, emoji allowed, changeable at any time.',
    example: '"X Developers"',
  },
  {
    path: 'username', type: 'string (handle, 1 to 15 of A-Z a-z 0-9 _)', requestedBy: 'default',
    description: 'The @handle without the `@`. Unique at any moment but the owner can rename it, so ids are the ' +
      'safer key.',
    example: '"XDevelopers"',
  },
  {
    path: 'created_at', type: DATE_TIME, requestedBy: 'user.fields=created_at',
    description: 'When the account was registered, in UTC.',
    example: '"2013-12-14T04:35:55.000Z"',
  },
  {
    path: 'description', type: 'string', requestedBy: 'user.fields=description',
    description: 'The profile bio as plain text (empty when there is none). The offsets in `entities.description` ' +
      'index into this string.',
    example: '"The voice of the X Dev team."',
  },
  {
    path: 'location', type: 'string', requestedBy: 'user.fields=location',
    description: 'Whatever the owner typed as their whereabouts. Not geocoded or checked: it can be a city, a ' +
      'joke or a row of emoji.',
    example: '"127.0.0.1"',
  },
  {
    path: 'url', type: 'string', requestedBy: 'user.fields=url',
    description: 'The website link of the profile, usually as a t.co short link; the real address is in ' +
      '`entities.url.urls[].expanded_url`. Empty when none is set.',
    example: '"https://t.co/3ZX3TNiZCY"',
  },
  {
    path: 'profile_image_url', type: URL, requestedBy: 'user.fields=profile_image_url',
    description: 'Address of the avatar picture, normally the small `_normal` rendition; drop that suffix from the ' +
      'file name for the original size.',
    example: '"https://pbs.twimg.com/profile_images/1/abc_normal.jpg"',
  },
  {
    path: 'profile_banner_url', type: URL, requestedBy: 'user.fields=profile_banner_url',
    description: 'Address of the wide header picture above the profile; absent when the account has none.',
    example: '"https://pbs.twimg.com/profile_banners/2244994945/1690213128"',
  },
  {
    path: 'protected', type: 'boolean', requestedBy: 'user.fields=protected',
    description: 'True when only followers the owner approved can see the account\'s posts, so reading them needs ' +
      'user-context auth of such a follower.',
    example: 'false',
  },
  {
    path: 'verified', type: 'boolean', requestedBy: 'user.fields=verified',
    description: 'Whether the profile shows a checkmark of any kind; `verified_type` tells which.',
    example: 'true',
  },
  {
    path: 'verified_type', type: 'string (enum: blue | business | government | none)',
    requestedBy: 'user.fields=verified_type',
    description: 'The kind of checkmark: `blue` for a paid subscriber, `business` for a verified organisation (gold), ' +
      '`government` for officials and agencies (grey), `none` when there is no badge.',
    example: '"business"',
  },
  {
    path: 'verified_followers_count', type: 'integer', requestedBy: 'user.fields=verified_followers_count',
    description: 'How many of the account\'s followers carry a checkmark themselves.',
    example: '4821',
  },
  {
    path: 'subscription_type', type: 'string (enum: Basic | Premium | PremiumPlus | None)',
    requestedBy: 'user.fields=subscription_type',
    description: 'Which paid X subscription tier the account is on, or `None` when it pays for none.',
    example: '"Premium"',
  },
  {
    path: 'is_identity_verified', type: 'boolean', requestedBy: 'user.fields=is_identity_verified',
    description: 'True when the owner passed X\'s government-ID check, which is separate from having a checkmark.',
    example: 'false',
  },
  {
    path: 'parody', type: 'boolean', requestedBy: 'user.fields=parody',
    description: 'True when the account carries X\'s parody label (parody, commentary or fan account), shown on its ' +
      'profile and posts.',
    example: 'false',
  },
  {
    path: 'confirmed_email', type: 'string (email address)', requestedBy: 'user.fields=confirmed_email',
    description: 'The confirmed email address of the account. Only ever sent for the account that authorised the ' +
      'request (typically `/2/users/me`) and only when the app was granted email access; left out otherwise.',
    example: '"dev@example.com"',
  },
  {
    path: 'receives_your_dm', type: 'boolean', requestedBy: 'user.fields=receives_your_dm',
    description: 'Whether the authenticated user may open a Direct Message with this account under its message ' +
      'settings. Meaningless with app-only auth.',
    example: 'true',
  },
  {
    path: 'subscribes_to_you', type: 'boolean', requestedBy: 'user.fields=subscribes_to_you',
    description: 'True when this account pays for a creator subscription to the authenticated user. The 2.167 ' +
      'top-level twin of `subscription.subscribes_to_you`.',
    example: 'false',
    vocabulary: '2.167',
  },
  {
    path: 'subscription', type: 'object', requestedBy: 'user.fields=subscription',
    description: 'The creator-subscription relation between this account and the authenticated user.',
    example: '{"subscribes_to_you":false}',
  },
  {
    path: 'subscription.subscribes_to_you', type: 'boolean',
    description: 'True when this account subscribes to the authenticated user\'s paid content.',
    example: 'false',
  },
  {
    path: 'connection_status',
    type: 'array of string (enum: follow_request_received | follow_request_sent | blocking | followed_by | ' +
      'following | muting)',
    requestedBy: 'user.fields=connection_status',
    description: 'How the authenticated user and this account relate, one entry per relation: `following` (you ' +
      'follow them), `followed_by` (they follow you), pending requests either way, `blocking`, `muting`. ' +
      'Needs user-context auth.',
    example: '["following","followed_by"]',
  },
  {
    path: 'most_recent_tweet_id', type: SNOWFLAKE,
    requestedBy: 'user.fields=most_recent_tweet_id or expansions=most_recent_tweet_id',
    description: 'Id of the account\'s latest post. With `expansions=most_recent_tweet_id` the post itself arrives ' +
      'in `includes.tweets`.',
    example: '"1843381217539235840"',
    vocabulary: '2.166',
  },
  {
    path: 'most_recent_post_id', type: SNOWFLAKE, requestedBy: 'expansions=most_recent_post_id',
    description: 'Id of the account\'s latest post (2.167 name of `most_recent_tweet_id`). The expansion that adds ' +
      'it also puts the post in `includes.posts`.',
    example: '"1843381217539235840"',
    vocabulary: '2.167',
  },
  {
    path: 'pinned_tweet_id', type: SNOWFLAKE,
    requestedBy: 'user.fields=pinned_tweet_id or expansions=pinned_tweet_id',
    description: 'Id of the post the account pinned to the top of its profile; absent when nothing is pinned. With ' +
      '`expansions=pinned_tweet_id` the post arrives in `includes.tweets`.',
    example: '"1293593516040269825"',
    vocabulary: '2.166',
  },
  {
    path: 'pinned_post_id', type: SNOWFLAKE, requestedBy: 'expansions=pinned_post_id',
    description: 'Id of the pinned post (2.167 name of `pinned_tweet_id`). The expansion that adds it also puts the ' +
      'post in `includes.posts`.',
    example: '"1293593516040269825"',
    vocabulary: '2.167',
  },
  {
    path: 'public_metrics', type: 'object', requestedBy: 'user.fields=public_metrics',
    description: 'The counters anyone can see on the profile, as of the request. They are snapshots, so store them ' +
      'with a timestamp if you chart them.',
    example: PUBLIC_METRICS_EXAMPLE,
  },
  {
    path: 'public_metrics.followers_count', type: 'integer',
    description: 'How many accounts follow this one.',
    example: '1250',
  },
  {
    path: 'public_metrics.following_count', type: 'integer',
    description: 'How many accounts this one follows.',
    example: '310',
  },
  {
    path: 'public_metrics.tweet_count', type: 'integer',
    description: 'How many posts the account has published, its reposts included. Called `post_count` in 2.167.',
    example: '5400',
    vocabulary: '2.166',
  },
  {
    path: 'public_metrics.post_count', type: 'integer',
    description: 'How many posts the account has published, its reposts included (2.167 name of `tweet_count`).',
    example: '5400',
    vocabulary: '2.167',
  },
  {
    path: 'public_metrics.listed_count', type: 'integer',
    description: 'On how many lists other people have put this account; a rough sign of how often it is curated.',
    example: '27',
  },
  {
    path: 'public_metrics.like_count', type: 'integer',
    description: 'How many posts this account has liked.',
    example: '980',
  },
  {
    path: 'public_metrics.media_count', type: 'integer',
    description: 'How many photos, videos and GIFs this account has posted.',
    example: '112',
    vocabulary: '2.167',
  },
  {
    path: 'entities', type: 'object', requestedBy: 'user.fields=entities',
    description: 'The profile text taken apart: the website field\'s link, and the links, hashtags, mentions and ' +
      'cashtags of the bio, each with character offsets.',
  },
  {
    path: 'entities.url', type: 'object',
    description: 'What X parsed out of the profile\'s website field.',
  },
  {
    path: 'entities.url.urls', type: 'array of object',
    description: 'The link(s) in the website field, in practice a single t.co entry with its real target.',
  },
  ...urlEntityDocs('entities.url.urls[]', 'the `url` field'),
  {
    path: 'entities.description', type: 'object',
    description: 'Links, hashtags, mentions and cashtags recognised in the bio; offsets index into `description`.',
  },
  ...textEntityDocs('entities.description', 'the bio', true),
  {
    path: 'withheld', type: 'object', requestedBy: 'user.fields=withheld',
    description: 'Present only when the account is hidden in some countries, usually on a legal demand there.',
    example: '{"country_codes":["DE","FR"],"scope":"user"}',
  },
  {
    path: 'withheld.country_codes', type: 'array of string (ISO 3166-1 alpha-2)',
    description: 'Two-letter codes of the countries where the account cannot be viewed.',
    example: '["DE","FR"]',
  },
  {
    path: 'withheld.scope', type: 'string (enum: user)',
    description: 'What is withheld; for an account this is always `user`, meaning the whole profile rather than ' +
      'single posts.',
    example: '"user"',
  },
  {
    path: 'affiliation', type: 'object', requestedBy: 'user.fields=affiliation or expansions=affiliation',
    description: 'The organisation the account is tied to, shown as a small badge beside its name (for example an ' +
      'employee of a verified business).',
    example: '{"badge_url":"https://pbs.twimg.com/semantic_core_img/1/badge.jpg","description":"X",' +
      '"url":"https://x.com/X","user_id":["783214"]}',
  },
  {
    path: 'affiliation.badge_url', type: URL,
    description: 'Address of the badge picture X draws next to the name.',
    example: '"https://pbs.twimg.com/semantic_core_img/1/badge.jpg"',
  },
  {
    path: 'affiliation.description', type: 'string',
    description: 'The label of the affiliation, normally the organisation\'s name.',
    example: '"X"',
  },
  {
    path: 'affiliation.url', type: URL,
    description: 'Where the badge leads, usually the organisation\'s profile; absent when X has no such page.',
    example: '"https://x.com/X"',
  },
  {
    path: 'affiliation.user_id', type: 'array of string (snowflake id)',
    description: 'Id(s) of the organisation\'s own account. Expanding them (`affiliation.user_id` in 2.166, ' +
      '`affiliation` in 2.167) returns those accounts in `includes.users`.',
    example: '["783214"]',
  },
];
