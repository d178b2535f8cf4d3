/**
 * Hand-written tweets of the offline sandbox: the pinned and most recent posts of the curated users, which is all a
 * user lookup can expand. Between them they carry every 2.166 `tweet.fields` value. Metrics that only the author may
 * see (non_public_metrics, organic_metrics, promoted_metrics) are stored anyway; the server decides who gets them.
 *
 * Shapes follow the 2.166 Tweet schema; `article` and `media_metadata`, which 2.166 names as fields without a schema,
 * follow the 2.167 Post schema. Entity indices count code points with start inclusive and end exclusive, except
 * `annotations`, whose end is inclusive (EntityIndicesInclusiveInclusive). Text is ASCII so UTF-16 offsets agree.
 * Ids are snowflakes whose timestamp bits match created_at.
 */

import type { SandboxTweet } from './model';

/** Every pinned and most recent tweet the curated users point at, and nothing else. */
export const CURATED_TWEETS: readonly SandboxTweet[] = [
  // @XDevelopers' pinned long post: `text` is the truncated preview, `note_tweet` the full text with its own
  // entities. Edited once, so the history lists the original first and edits_remaining dropped to 4.
  {
    id: '1889362293162488277',
    text: 'Building on the X API? Start with user lookup. GET /2/users/:id and /2/users/by/username/:username return one account, /2/users?ids= takes up to 100, and you only get the fields you ask for. Add user.fields=public_metrics,verified_type for counts and badges, and...',
    author_id: '2244994945',
    created_at: '2025-02-11T17:14:08.000Z',
    conversation_id: '1889362293162488277',
    edit_history_tweet_ids: ['1889359369731310254', '1889362293162488277'],
    edit_controls: { edits_remaining: 4, is_edit_eligible: true, editable_until: '2025-02-11T18:02:31.000Z' },
    lang: 'en',
    source: 'X Web App',
    reply_settings: 'everyone',
    possibly_sensitive: false,
    paid_partnership: false,
    display_text_range: [0, 265],
    scopes: { followers: false },
    entities: { annotations: [{ start: 16, end: 20, probability: 0.8714, type: 'Product', normalized_text: 'X API' }] },
    note_tweet: {
      text: 'Building on the X API? Start with user lookup. GET /2/users/:id and /2/users/by/username/:username return one account, /2/users?ids= takes up to 100, and you only get the fields you ask for. Add user.fields=public_metrics,verified_type for counts and badges, and expansions=pinned_tweet_id to pull the pinned post into includes. Try it offline with @XApiSandbox first. Guide: https://t.co/MxjtbuNOX8 #XAPI #BuildWithX',
      entities: {
        urls: [
          {
            start: 376,
            end: 399,
            url: 'https://t.co/MxjtbuNOX8',
            expanded_url: 'https://docs.x.com/x-api/users/lookup/introduction',
            display_url: 'docs.x.com/x-api/users/looku\u2026',
          },
        ],
        hashtags: [{ start: 400, end: 405, tag: 'XAPI' }, { start: 406, end: 417, tag: 'BuildWithX' }],
        mentions: [{ start: 349, end: 361, username: 'XApiSandbox', id: '1790312768209850067' }],
      },
    },
    context_annotations: [
      {
        domain: { id: '47', name: 'Brand', description: 'Brands and Companies' },
        entity: { id: '10045225402', name: 'Twitter' },
      },
      {
        domain: { id: '131', name: 'Unified Twitter Taxonomy', description: 'A taxonomy of user interests. ' },
        entity: { id: '848920371311001600', name: 'Technology', description: 'Technology and computing' },
      },
      {
        domain: {
          id: '66',
          name: 'Interests and Hobbies Category',
          description: 'A grouping of interests and hobbies entities, like Novelty Food or Destinations',
        },
        entity: { id: '848921413196984320', name: 'Computer programming', description: 'Computer programming' },
      },
    ],
    public_metrics: {
      retweet_count: 412,
      reply_count: 96,
      like_count: 2380,
      quote_count: 57,
      bookmark_count: 1311,
      impression_count: 389204,
    },
    non_public_metrics: { impression_count: 389204 },
    organic_metrics: { impression_count: 377527, like_count: 2308, reply_count: 93, retweet_count: 399 },
  },
  // @XDevelopers' most recent: an Article announcement with a link card (card_uri) and an unwound url.
  {
    id: '1929931098817486959',
    text: 'New on the blog: every v1.1 user field and its v2 name, with examples for #XAPI user lookup. https://t.co/kq20TsWoAp',
    author_id: '2244994945',
    created_at: '2025-06-03T16:00:05.000Z',
    conversation_id: '1929931098817486959',
    edit_history_tweet_ids: ['1929931098817486959'],
    edit_controls: { edits_remaining: 5, is_edit_eligible: true, editable_until: '2025-06-03T17:00:05.000Z' },
    lang: 'en',
    source: 'X Web App',
    reply_settings: 'following',
    possibly_sensitive: false,
    paid_partnership: false,
    display_text_range: [0, 116],
    scopes: { followers: false },
    card_uri: 'card://1929931086232043665',
    article: { title: 'From v1.1 to v2: a field-by-field guide to user lookup' },
    entities: {
      hashtags: [{ start: 74, end: 79, tag: 'XAPI' }],
      urls: [
        {
          start: 93,
          end: 116,
          url: 'https://t.co/kq20TsWoAp',
          expanded_url: 'https://x.com/XDevelopers/article/1929931098817486959',
          display_url: 'x.com/XDevelopers/ar\u2026',
          status: 200,
          title: 'From v1.1 to v2: a field-by-field guide to user lookup',
          description: 'Every v1.1 user attribute, the v2 field that replaces it, and the request that returns it.',
          unwound_url: 'https://x.com/XDevelopers/article/1929931098817486959',
          images: [
            {
              url: 'https://pbs.twimg.com/news_img/1929931086232043665/guide_cover?format=jpg&name=orig',
              width: 1200,
              height: 627,
            },
            {
              url: 'https://pbs.twimg.com/news_img/1929931086232043665/guide_cover?format=jpg&name=150x150',
              width: 150,
              height: 150,
            },
          ],
        },
      ],
    },
    context_annotations: [
      {
        domain: { id: '47', name: 'Brand', description: 'Brands and Companies' },
        entity: { id: '10045225402', name: 'Twitter' },
      },
      {
        domain: {
          id: '66',
          name: 'Interests and Hobbies Category',
          description: 'A grouping of interests and hobbies entities, like Novelty Food or Destinations',
        },
        entity: { id: '848921413196984320', name: 'Computer programming', description: 'Computer programming' },
      },
    ],
    public_metrics: {
      retweet_count: 88,
      reply_count: 14,
      like_count: 530,
      quote_count: 9,
      bookmark_count: 402,
      impression_count: 61877,
    },
    non_public_metrics: { impression_count: 61877 },
    organic_metrics: { impression_count: 61877, like_count: 530, reply_count: 14, retweet_count: 88 },
  },
  // @X's most recent: a poll (posts with polls can't be edited, hence is_edit_eligible false).
  {
    id: '1929621538210435321',
    text: 'Developers: which user field do you request most often?',
    author_id: '783214',
    created_at: '2025-06-02T19:30:00.000Z',
    conversation_id: '1929621538210435321',
    edit_history_tweet_ids: ['1929621538210435321'],
    edit_controls: { edits_remaining: 5, is_edit_eligible: false, editable_until: '2025-06-02T20:30:00.000Z' },
    lang: 'en',
    source: 'X Web App',
    reply_settings: 'everyone',
    possibly_sensitive: false,
    paid_partnership: false,
    display_text_range: [0, 55],
    scopes: { followers: false },
    attachments: { poll_ids: ['1929621534016065351'] },
    context_annotations: [
      {
        domain: { id: '47', name: 'Brand', description: 'Brands and Companies' },
        entity: { id: '10045225402', name: 'Twitter' },
      },
    ],
    public_metrics: {
      retweet_count: 1204,
      reply_count: 3310,
      like_count: 15022,
      quote_count: 402,
      bookmark_count: 611,
      impression_count: 4120388,
    },
    non_public_metrics: { impression_count: 4120388 },
    organic_metrics: { impression_count: 4120388, like_count: 15022, reply_count: 3310, retweet_count: 1204 },
  },
  // @RoboCEOParody's reply to @X's poll, reusing @XApiSandbox's screenshot (media_source_tweet_id):
  // display_text_range skips the leading @mention and the trailing media link. Community Notes fields live here.
  {
    id: '1929624419695412570',
    text: '@X all of the above, obviously. Here is proof I request every field: https://t.co/DZHHHe1q7g',
    author_id: '1590528157549093925',
    created_at: '2025-06-02T19:41:27.000Z',
    conversation_id: '1929621538210435321',
    in_reply_to_user_id: '783214',
    referenced_tweets: [{ type: 'replied_to', id: '1929621538210435321' }],
    edit_history_tweet_ids: ['1929624419695412570'],
    edit_controls: { edits_remaining: 5, is_edit_eligible: true, editable_until: '2025-06-02T20:41:27.000Z' },
    lang: 'en',
    source: 'X for iPhone',
    reply_settings: 'everyone',
    possibly_sensitive: false,
    paid_partnership: false,
    display_text_range: [3, 68],
    scopes: { followers: false },
    attachments: { media_keys: ['3_1924748172197397615'], media_source_tweet_id: ['1924748256083642737'] },
    media_metadata: [
      {
        media_key: '3_1924748172197397615',
        alt_text: 'A JSON response listing every user field for @XApiSandbox',
        title: 'Sandbox response',
        description: 'Screenshot of a user lookup answered by the offline sandbox',
      },
    ],
    entities: {
      mentions: [{ start: 0, end: 2, username: 'X', id: '783214' }],
      urls: [
        {
          start: 69,
          end: 92,
          url: 'https://t.co/DZHHHe1q7g',
          expanded_url: 'https://x.com/XApiSandbox/status/1924748256083642737/photo/1',
          display_url: 'pic.x.com/sbx4shot1',
          media_key: '3_1924748172197397615',
        },
      ],
    },
    matched_media_notes: { match_status: 'matched_and_shown', note_id: '1929676903023410672' },
    note_request_suggestions: {
      suggestion: 'The screenshot was taken from the X API Explorer sandbox, not the live API: https://t.co/gqHeFyWsVg',
      suggestion_id: '1929644187449085833',
      source_link: {
        start: 76,
        end: 99,
        url: 'https://t.co/gqHeFyWsVg',
        expanded_url: 'https://github.com/x-api-explorer/x-api-explorer/blob/main/docs/sandbox.md',
        display_url: 'github.com/x-api-explorer/x-\u2026',
      },
    },
    suggested_source_links: [
      {
        start: 0,
        end: 23,
        url: 'https://t.co/gqHeFyWsVg',
        expanded_url: 'https://github.com/x-api-explorer/x-api-explorer/blob/main/docs/sandbox.md',
        display_url: 'github.com/x-api-explorer/x-\u2026',
      },
      {
        start: 0,
        end: 23,
        url: 'https://t.co/FYvLrl6PxV',
        expanded_url: 'https://docs.x.com/x-api/users/lookup/introduction',
        display_url: 'docs.x.com/x-api/users/looku\u2026',
      },
    ],
    suggested_source_links_with_counts: {
      count: 14,
      url: {
        start: 0,
        end: 23,
        url: 'https://t.co/gqHeFyWsVg',
        expanded_url: 'https://github.com/x-api-explorer/x-api-explorer/blob/main/docs/sandbox.md',
        display_url: 'github.com/x-api-explorer/x-\u2026',
      },
    },
    public_metrics: {
      retweet_count: 310,
      reply_count: 122,
      like_count: 4471,
      quote_count: 38,
      bookmark_count: 96,
      impression_count: 512330,
    },
    non_public_metrics: { impression_count: 512330 },
    organic_metrics: { impression_count: 512330, like_count: 4471, reply_count: 122, retweet_count: 310 },
  },
  // @QuietHarborNews' quote of @NorthwindEMA's alert, withheld in the same countries as its author and flagged
  // possibly sensitive.
  {
    id: '1927563661671036364',
    text: 'Our reporters are at the Cedar Ridge roadblock. Live updates and road closures: https://t.co/ZQ7y9leEqr #NorthwindFire',
    author_id: '707526481280890122',
    created_at: '2025-05-28T03:12:44.000Z',
    conversation_id: '1927563661671036364',
    referenced_tweets: [{ type: 'quoted', id: '1927559240874140790' }],
    edit_history_tweet_ids: ['1927563661671036364'],
    edit_controls: { edits_remaining: 5, is_edit_eligible: true, editable_until: '2025-05-28T04:12:44.000Z' },
    lang: 'en',
    source: 'X Web App',
    reply_settings: 'mentionedUsers',
    possibly_sensitive: true,
    paid_partnership: false,
    display_text_range: [0, 118],
    scopes: { followers: false },
    withheld: { copyright: false, country_codes: ['DE', 'FR'], scope: 'tweet' },
    entities: {
      hashtags: [{ start: 104, end: 118, tag: 'NorthwindFire' }],
      urls: [
        {
          start: 80,
          end: 103,
          url: 'https://t.co/ZQ7y9leEqr',
          expanded_url: 'https://quietharbor.example/live/cedar-ridge-fire',
          display_url: 'quietharbor.example/live/cedar\u2026',
        },
      ],
    },
    context_annotations: [
      {
        domain: { id: '123', name: 'Ongoing News Story', description: "Ongoing News Stories like 'Brexit'" },
        entity: { id: '1531621370386116608', name: 'Wildfires' },
      },
    ],
    public_metrics: {
      retweet_count: 211,
      reply_count: 34,
      like_count: 688,
      quote_count: 12,
      bookmark_count: 75,
      impression_count: 90412,
    },
    non_public_metrics: { impression_count: 90412 },
    organic_metrics: { impression_count: 90412, like_count: 688, reply_count: 34, retweet_count: 211 },
  },
  // @NorthwindEMA's pinned alert: geotagged, replies limited to verified accounts.
  {
    id: '1927559240874140790',
    text: 'EVACUATION WARNING for zones NW-4 and NW-5 near Cedar Ridge. Leave now if you need extra time. Shelter open at Northwind High School. Map: https://t.co/bsDcsH7yeR #NorthwindFire',
    author_id: '1157306105856633383',
    created_at: '2025-05-28T02:55:10.000Z',
    conversation_id: '1927559240874140790',
    edit_history_tweet_ids: ['1927559240874140790'],
    edit_controls: { edits_remaining: 5, is_edit_eligible: true, editable_until: '2025-05-28T03:55:10.000Z' },
    lang: 'en',
    source: 'X Web App',
    reply_settings: 'verified',
    possibly_sensitive: false,
    paid_partnership: false,
    display_text_range: [0, 177],
    scopes: { followers: false },
    geo: {
      coordinates: { type: 'Point', coordinates: [-105.18816086351444, 40.247749999999996] },
      place_id: 'f7eb2fa2fea288b1',
    },
    entities: {
      hashtags: [{ start: 163, end: 177, tag: 'NorthwindFire' }],
      urls: [
        {
          start: 139,
          end: 162,
          url: 'https://t.co/bsDcsH7yeR',
          expanded_url: 'https://alerts.northwindcounty.example/map',
          display_url: 'alerts.northwindcounty.example/map',
        },
      ],
      annotations: [
        { start: 48, end: 58, probability: 0.9312, type: 'Place', normalized_text: 'Cedar Ridge' },
        { start: 111, end: 131, probability: 0.7905, type: 'Place', normalized_text: 'Northwind High School' },
      ],
    },
    context_annotations: [
      {
        domain: { id: '123', name: 'Ongoing News Story', description: "Ongoing News Stories like 'Brexit'" },
        entity: { id: '1531621370386116608', name: 'Wildfires' },
      },
    ],
    public_metrics: {
      retweet_count: 5630,
      reply_count: 412,
      like_count: 7204,
      quote_count: 288,
      bookmark_count: 1930,
      impression_count: 2210456,
    },
    non_public_metrics: { impression_count: 2210456 },
    organic_metrics: { impression_count: 2210456, like_count: 7204, reply_count: 412, retweet_count: 5630 },
  },
  // @ledgerlane's pinned paid partnership: cashtags, annotations, promoted metrics, replies for subscribers only.
  {
    id: '1916825974995162336',
    text: 'Earnings week: Apple ($AAPL) and Microsoft ($MSFT) report after the close. Our preview with options flow and guidance math: https://t.co/laA72lKclG #earnings #ad',
    author_id: '1221787439727477597',
    created_at: '2025-04-28T12:05:00.000Z',
    conversation_id: '1916825974995162336',
    edit_history_tweet_ids: ['1916825974995162336'],
    edit_controls: { edits_remaining: 5, is_edit_eligible: true, editable_until: '2025-04-28T13:05:00.000Z' },
    lang: 'en',
    source: 'Buffer',
    reply_settings: 'subscribers',
    possibly_sensitive: false,
    paid_partnership: true,
    display_text_range: [0, 161],
    scopes: { followers: false },
    entities: {
      cashtags: [{ start: 22, end: 27, tag: 'AAPL' }, { start: 44, end: 49, tag: 'MSFT' }],
      hashtags: [{ start: 148, end: 157, tag: 'earnings' }, { start: 158, end: 161, tag: 'ad' }],
      urls: [
        {
          start: 124,
          end: 147,
          url: 'https://t.co/laA72lKclG',
          expanded_url: 'https://ledgerlane.example/notes/earnings-week',
          display_url: 'ledgerlane.example/notes/earn\u2026',
        },
      ],
      annotations: [
        { start: 15, end: 19, probability: 0.9661, type: 'Organization', normalized_text: 'Apple' },
        { start: 33, end: 41, probability: 0.9588, type: 'Organization', normalized_text: 'Microsoft' },
      ],
    },
    context_annotations: [
      {
        domain: {
          id: '46',
          name: 'Business Taxonomy',
          description: 'Categories within Brand Verticals that narrow down the scope of Brands',
        },
        entity: {
          id: '1557697333571112960',
          name: 'Financial Services Business',
          description: 'Brands, companies, advertisers and every non-person handle with the profit intent related to banking, investing, insurance and finance',
        },
      },
      {
        domain: { id: '47', name: 'Brand', description: 'Brands and Companies' },
        entity: { id: '10026364281', name: 'Apple' },
      },
    ],
    promoted_metrics: { impression_count: 180220, like_count: 912, reply_count: 40, retweet_count: 77 },
    public_metrics: {
      retweet_count: 203,
      reply_count: 71,
      like_count: 1840,
      quote_count: 22,
      bookmark_count: 930,
      impression_count: 402117,
    },
    non_public_metrics: { impression_count: 402117 },
    organic_metrics: { impression_count: 221164, like_count: 1012, reply_count: 39, retweet_count: 111 },
  },
  // @XApiSandbox's pinned community post with a photo; the photo's t.co link is outside display_text_range.
  {
    id: '1924748256083642737',
    text: 'Every user.fields value at once, answered offline by the sandbox. No credits spent. #XAPI https://t.co/Ny8k0dqtVW',
    author_id: '1790312768209850067',
    created_at: '2025-05-20T08:45:19.000Z',
    conversation_id: '1924748256083642737',
    edit_history_tweet_ids: ['1924748256083642737'],
    edit_controls: { edits_remaining: 5, is_edit_eligible: true, editable_until: '2025-05-20T09:45:19.000Z' },
    lang: 'en',
    source: 'X API Explorer',
    reply_settings: 'other',
    possibly_sensitive: false,
    paid_partnership: false,
    display_text_range: [0, 89],
    scopes: { followers: false },
    community_id: '1701536125549559859',
    attachments: { media_keys: ['3_1924748172197397615'] },
    media_metadata: [
      {
        media_key: '3_1924748172197397615',
        alt_text: 'A JSON response listing every user field for @XApiSandbox',
        title: 'Sandbox response',
        description: 'Screenshot of a user lookup answered by the offline sandbox',
      },
    ],
    entities: {
      hashtags: [{ start: 84, end: 89, tag: 'XAPI' }],
      urls: [
        {
          start: 90,
          end: 113,
          url: 'https://t.co/Ny8k0dqtVW',
          expanded_url: 'https://x.com/XApiSandbox/status/1924748256083642737/photo/1',
          display_url: 'pic.x.com/sbx4shot1',
          media_key: '3_1924748172197397615',
        },
      ],
    },
    context_annotations: [
      {
        domain: {
          id: '66',
          name: 'Interests and Hobbies Category',
          description: 'A grouping of interests and hobbies entities, like Novelty Food or Destinations',
        },
        entity: { id: '848921413196984320', name: 'Computer programming', description: 'Computer programming' },
      },
    ],
    public_metrics: {
      retweet_count: 31,
      reply_count: 8,
      like_count: 204,
      quote_count: 3,
      bookmark_count: 57,
      impression_count: 18250,
    },
    non_public_metrics: { impression_count: 18250 },
    organic_metrics: { impression_count: 18250, like_count: 204, reply_count: 8, retweet_count: 31 },
  },
  // @XApiSandbox's most recent: a retweet of @XDevelopers' Article post (retweets can't be edited; their own metrics
  // stay at zero).
  {
    id: '1929936282976008679',
    text: 'RT @XDevelopers: New on the blog: every v1.1 user field and its v2 name, with examples for #XAPI user lookup. https://t.co/kq20TsWoAp',
    author_id: '1790312768209850067',
    created_at: '2025-06-03T16:20:41.000Z',
    conversation_id: '1929936282976008679',
    referenced_tweets: [{ type: 'retweeted', id: '1929931098817486959' }],
    edit_history_tweet_ids: ['1929936282976008679'],
    edit_controls: { edits_remaining: 5, is_edit_eligible: false, editable_until: '2025-06-03T17:20:41.000Z' },
    lang: 'en',
    source: 'X API Explorer',
    reply_settings: 'everyone',
    possibly_sensitive: false,
    paid_partnership: false,
    display_text_range: [0, 133],
    scopes: { followers: false },
    entities: {
      mentions: [{ start: 3, end: 15, username: 'XDevelopers', id: '2244994945' }],
      hashtags: [{ start: 91, end: 96, tag: 'XAPI' }],
      urls: [
        {
          start: 110,
          end: 133,
          url: 'https://t.co/kq20TsWoAp',
          expanded_url: 'https://x.com/XDevelopers/article/1929931098817486959',
          display_url: 'x.com/XDevelopers/ar\u2026',
        },
      ],
    },
    public_metrics: {
      retweet_count: 88,
      reply_count: 0,
      like_count: 0,
      quote_count: 0,
      bookmark_count: 0,
      impression_count: 0,
    },
    non_public_metrics: { impression_count: 0 },
    organic_metrics: { impression_count: 0, like_count: 0, reply_count: 0, retweet_count: 0 },
  },
];
