/**
 * Docs of everything around the user and post objects: the v2 response envelope, RFC 7807 problems, v1.1 errors,
 * Direct Message custom profiles, and what each `expansions` value adds. Our own words, from CONTRACTS.md facts.
 */
import { SNOWFLAKE, type FieldDoc } from './types';

/** Absolute paths in a response body. */
export const ENVELOPE_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'data', type: 'object or array of object (User, Post, Media, Space, List, DM event...)',
    description: 'What the endpoint returns: one object for a single lookup (a user by id, a post by id, ' +
      '`/2/users/me`), an array for lists, timelines and searches. Missing when nothing could be returned; then ' +
      'read `errors`.',
  },
  {
    path: 'includes', type: 'object',
    description: 'Full copies of the objects that `data` only references by id, added by the `expansions` ' +
      'parameter. Each object appears once however often it is referenced; join on `id`.',
  },
  {
    path: 'includes.users', type: 'array of object (User)',
    requestedBy: 'expansions=affiliation.user_id or expansions=affiliation',
    description: 'Accounts referenced by the returned users, i.e. the organisations behind affiliation badges. ' +
      'Shaped by `user.fields` like `data`.',
  },
  {
    path: 'includes.tweets', type: 'array of object (Tweet)',
    requestedBy: 'expansions=pinned_tweet_id or expansions=most_recent_tweet_id',
    description: 'The pinned and/or latest posts of the returned users, shaped by `tweet.fields`. A user with no ' +
      'such post simply adds nothing.',
    vocabulary: '2.166',
  },
  {
    path: 'includes.posts', type: 'array of object (Post)',
    requestedBy: 'expansions=pinned_post_id or expansions=most_recent_post_id',
    description: 'The pinned and/or latest posts of the returned users, shaped by `post.fields` (2.167 name of ' +
      '`includes.tweets`).',
    vocabulary: '2.167',
  },
  {
    path: 'includes.media', type: 'array of object (Media)', requestedBy: 'expansions=attachments.media_keys',
    description: 'The photos, videos and GIFs the returned posts or messages carry, shaped by `media.fields`; match ' +
      'them on `media_key`.',
  },
  {
    path: 'includes.polls', type: 'array of object (Poll)', requestedBy: 'expansions=attachments.poll_ids',
    description: 'The polls attached to the returned posts, shaped by `poll.fields`; match them on `id`.',
  },
  {
    path: 'includes.places', type: 'array of object (Place)', requestedBy: 'expansions=geo.place_id',
    description: 'The places the returned posts are tagged with, shaped by `place.fields`; match on `geo.place_id`.',
  },
  {
    path: 'includes.topics', type: 'array of object (Topic)', requestedBy: 'expansions=topic_ids',
    description: 'The topics the returned Spaces are filed under, shaped by `topic.fields`.',
  },
  {
    path: 'meta', type: 'object',
    description: 'Facts about a page of results rather than the results themselves: how many came back and the ' +
      'tokens for the neighbouring pages.',
    example: '{"result_count":2,"next_token":"7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i"}',
  },
  {
    path: 'meta.result_count', type: 'integer',
    description: 'How many objects this page holds in `data` (0 with no `data` at all).',
    example: '2',
  },
  {
    path: 'meta.next_token', type: 'string (opaque page token)',
    description: 'Send it back as `pagination_token` (or `next_token` on searches) for the next page; absent on ' +
      'the last page.',
    example: '"7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i"',
  },
  {
    path: 'meta.previous_token', type: 'string (opaque page token)',
    description: 'Send it back as `pagination_token` to step back one page; absent on the first page.',
    example: '"77qp8yb1q5d6ubqqunpf7f7m8gk84dbfzfdmlbqmq48cl"',
  },
  {
    path: 'meta.newest_id', type: SNOWFLAKE,
    description: 'Id of the most recent post on this page; a later poll can pass it as `since_id`.',
    example: '"1338971066773905408"',
  },
  {
    path: 'meta.oldest_id', type: SNOWFLAKE,
    description: 'Id of the oldest post on this page; pass it as `until_id` to read further back.',
    example: '"1334564488884011011"',
  },
  {
    path: 'errors', type: 'array of object',
    description: 'What went wrong. In v2 each entry is a problem (see `type`); a 200 can carry them beside `data` ' +
      'for the ids or usernames that failed, or alone. In v1.1 each entry is a `code` and a `message`; in a v2 ' +
      'invalid-request body each names a rejected parameter.',
    example: '[{"value":"x","detail":"Could not find user with username: [x].","title":"Not Found Error",' +
      '"resource_type":"user","parameter":"username","resource_id":"x",' +
      '"type":"https://api.twitter.com/2/problems/resource-not-found"}]',
  },
  {
    path: 'custom_profile', type: 'object',
    description: 'The Direct Message custom profile you asked for (v1.1, user context only).',
    example: '{"id":"100001","created_timestamp":"1479767168196","name":"Jon C, Partner Engineer",' +
      '"avatar":{"media":{"url":"https://pbs.twimg.com/media/Cr7HZpvVYAAYZIX.jpg"}}}',
  },
  {
    path: 'custom_profiles', type: 'array of object',
    description: 'One page of the custom profiles the authenticated account owns (v1.1). A page can be empty and ' +
      'still be followed by more, so keep paging while `next_cursor` is there.',
  },
  {
    path: 'next_cursor', type: 'string (opaque cursor)',
    description: 'Pass it back as `cursor=` to fetch the next page of custom profiles. When it is missing you have ' +
      'reached the end.',
    example: '"MTAxMzQwMTE4MjA3NTk1MjE5Mw"',
  },
];

/** Relative to one problem. The 2.166 spec keeps the per-kind schemas out of our extract; CONTRACTS.md lists them. */
export const PROBLEM_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'type', type: 'string (URI)',
    description: 'Which kind of problem this is. Branch on the last path segment (`resource-not-found`, ' +
      '`invalid-request`...), because the host is api.twitter.com in 2.166 and api.x.com in 2.167; `about:blank` ' +
      'means a plain HTTP failure described by `status`.',
    example: '"https://api.twitter.com/2/problems/resource-not-found"',
  },
  {
    path: 'title', type: 'string',
    description: 'A short, fixed summary of the kind (the same for every problem of that `type`).',
    example: '"Not Found Error"',
  },
  {
    path: 'detail', type: 'string',
    description: 'A readable explanation of this particular occurrence. Fine to show to a person, too loose to parse.',
    example: '"Could not find user with username: [x]."',
  },
  {
    path: 'status', type: 'integer (HTTP status)',
    description: 'The HTTP status that fits the problem. Often missing on entries inside a 200, where only the ' +
      'entry failed, not the request.',
    example: '404',
  },
  {
    path: 'value', type: 'string',
    description: 'The input the problem is about, e.g. the username that matched no account.',
    example: '"x"',
  },
  {
    path: 'parameter', type: 'string',
    description: 'The request parameter that carried `value`, such as `id`, `ids`, `username` or `usernames`.',
    example: '"username"',
  },
  {
    path: 'resource_id', type: 'string',
    description: 'Id (or handle) of the resource the problem concerns; match it to the ids you sent to see which ' +
      'ones failed.',
    example: '"x"',
  },
  {
    path: 'resource_type', type: 'string',
    description: 'What kind of resource failed, e.g. `user` or `tweet`.',
    example: '"user"',
  },
  {
    path: 'section', type: 'string',
    description: 'Which part of the response the problem belongs to, e.g. `data` or `includes`.',
    example: '"includes"',
  },
  {
    path: 'field', type: 'string',
    description: 'The field that could not be filled in or that you may not read, e.g. a private metric.',
    example: '"non_public_metrics"',
  },
  {
    path: 'reason', type: 'string',
    description: 'Why the app was refused (client-forbidden), e.g. `client-not-enrolled` when its keys do not ' +
      'belong to a Project with the needed access.',
    example: '"client-not-enrolled"',
  },
  {
    path: 'registration_url', type: 'string (URL)',
    description: 'Where in the developer portal the app\'s access can be fixed (client-forbidden).',
    example: '"https://developer.x.com/en/portal/dashboard"',
  },
  {
    path: 'client_id', type: 'string',
    description: 'Id of the app whose access was refused (client-forbidden); check it is the app you meant to use.',
    example: '"12345678"',
  },
  {
    path: 'required_enrollment', type: 'string',
    description: 'The access level or product the endpoint needs and the app lacks (client-forbidden).',
    example: '"Appropriate Level of API Access"',
  },
  {
    path: 'period', type: 'string',
    description: 'Which usage cap was exhausted (usage-capped), e.g. `Monthly` or `Daily`; retrying before it ' +
      'resets will not help.',
    example: '"Monthly"',
  },
  {
    path: 'scope', type: 'string',
    description: 'What the exhausted cap applies to (usage-capped): the whole `Account` or one `Product`.',
    example: '"Product"',
  },
  {
    path: 'errors', type: 'array of object',
    description: 'Only in invalid-request problems: one entry per parameter that was rejected.',
  },
  {
    path: 'errors[].message', type: 'string',
    description: 'What is wrong with that parameter, usually quoting the bad value and the pattern it must match.',
    example: '"The `ids` query parameter value [foo] does not match ^[0-9]{1,19}$"',
  },
  {
    path: 'errors[].parameters', type: 'object (parameter name -> array of string)',
    description: 'The rejected parameters with the values that were sent for them.',
    example: '{"ids":["47998559,foo"]}',
  },
];

/** Relative to one v1.1 error entry. */
export const V1_ERROR_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'code', type: 'integer',
    description: 'X\'s numeric error code; branch on it. Common: 32 and 215 bad or missing authentication, 89 ' +
      'invalid or expired token, 99 credentials could not be verified, 135 timestamp out of bounds (fix the ' +
      'clock), 220 credentials not allowed here, 34 no such resource, 88 rate limit hit.',
    example: '88',
  },
  {
    path: 'message', type: 'string',
    description: 'The readable text that comes with the error: beside `code` in v1.1, or, in a v2 invalid-request ' +
      'body, the complaint about one parameter. Show it, do not parse it.',
    example: '"Rate limit exceeded"',
  },
];

/** Relative to one custom profile. */
export const CUSTOM_PROFILE_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'id', type: 'string (numeric id)',
    description: 'Id of the custom profile; pass it as `custom_profile_id` when sending a Direct Message to speak ' +
      'as this profile.',
    example: '"100001"',
  },
  {
    path: 'created_timestamp', type: 'string (Unix epoch milliseconds)',
    description: 'When the profile was created, as milliseconds since 1970 in a string: `new Date(Number(value))`.',
    example: '"1479767168196"',
  },
  {
    path: 'name', type: 'string',
    description: 'The name recipients see on messages sent with this profile, in place of the account\'s own name.',
    example: '"Jon C, Partner Engineer"',
  },
  {
    path: 'avatar', type: 'object',
    description: 'The picture recipients see instead of the account\'s avatar.',
  },
  {
    path: 'avatar.media', type: 'object',
    description: 'The uploaded media item behind the avatar.',
  },
  {
    path: 'avatar.media.url', type: 'string (URL)',
    description: 'Address of the avatar picture on X\'s media host.',
    example: '"https://pbs.twimg.com/media/Cr7HZpvVYAAYZIX.jpg"',
  },
];

/** One per `expansions` value; `requestedBy` is the value itself (fieldDocs.ts keys the table on it). */
export const EXPANSION_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'includes.tweets', type: 'array of object (Tweet)', requestedBy: 'expansions=pinned_tweet_id',
    description: 'Adds `pinned_tweet_id` to each user and the pinned post itself to `includes.tweets`, with the ' +
      'fields `tweet.fields` names. Users without a pinned post add nothing.',
    vocabulary: '2.166',
  },
  {
    path: 'includes.tweets', type: 'array of object (Tweet)', requestedBy: 'expansions=most_recent_tweet_id',
    description: 'Adds `most_recent_tweet_id` to each user and that latest post to `includes.tweets`, with the ' +
      'fields `tweet.fields` names.',
    vocabulary: '2.166',
  },
  {
    path: 'includes.users', type: 'array of object (User)', requestedBy: 'expansions=affiliation.user_id',
    description: 'Puts the organisation account behind each affiliation badge into `includes.users`, shaped by ' +
      '`user.fields`.',
    vocabulary: '2.166',
  },
  {
    path: 'includes.posts', type: 'array of object (Post)', requestedBy: 'expansions=pinned_post_id',
    description: 'Adds `pinned_post_id` to each user and the pinned post itself to `includes.posts`, with the ' +
      'fields `post.fields` names. Users without a pinned post add nothing.',
    vocabulary: '2.167',
  },
  {
    path: 'includes.posts', type: 'array of object (Post)', requestedBy: 'expansions=most_recent_post_id',
    description: 'Adds `most_recent_post_id` to each user and that latest post to `includes.posts`, with the ' +
      'fields `post.fields` names.',
    vocabulary: '2.167',
  },
  {
    path: 'includes.users', type: 'array of object (User)', requestedBy: 'expansions=affiliation',
    description: 'Adds each user\'s `affiliation` and puts the organisation account behind the badge into ' +
      '`includes.users`, shaped by `user.fields`.',
    vocabulary: '2.167',
  },
];
