/**
 * Hand-written tweets of the offline sandbox: the pinned and most recent posts of the curated users, which is all a
 * user lookup can expand. Between them they carry every 2.166 `tweet.fields` value. Metrics that only the author may
 * see (non_public_metrics, organic_metrics, promoted_metrics) are stored anyway; the server decides who gets them.
 *
 * Shapes follow the 2.166 Tweet schema; `article` and `media_metadata`, which 2.166 names as fields without a schema,
 * follow the 2.167 Post schema. Entity indices count code points with start inclusive and end exclusive, except
 * `annotations`, whose end is inclusive (EntityIndicesInclusiveInclusive). Text is ASCII so UTF-16 offsets agree.
 *
 * Each fact is stated once: `tweet()` derives what follows from others (created_at from the snowflake id, the edit
 * window from the first version, the conversation, the private metrics that equal the public ones), shared
 * annotations, media and links are constants, and the retweet is made from the post it retweets.
 */

import type { Json, SandboxTweet } from './model';

type JsonObject = { readonly [key: string]: Json };

/** Milliseconds X's snowflake timestamps count from. */
const TWITTER_EPOCH_MS = 1288834974657n;
/** How long after posting a post may be edited. */
const EDIT_WINDOW_MS = 60 * 60 * 1000;
/** Edits a post allows. */
const EDITS_ALLOWED = 5;

/** The second a snowflake id was made at, as X writes created_at (whole seconds). */
function snowflakeTime(id: string, plusMs = 0): string {
  const ms = Number((BigInt(id) >> 22n) + TWITTER_EPOCH_MS) + plusMs;
  return `${new Date(ms).toISOString().slice(0, 19)}.000Z`;
}

/** public_metrics in the schema's order. */
function metrics(retweet: number, reply: number, like: number, quote: number, bookmark: number, impression: number): PublicMetrics {
  return { retweet_count: retweet, reply_count: reply, like_count: like, quote_count: quote, bookmark_count: bookmark, impression_count: impression };
}

// Type aliases, not interfaces: only those are assignable to the records' JSON index signature.
type PublicMetrics = {
  readonly retweet_count: number;
  readonly reply_count: number;
  readonly like_count: number;
  readonly quote_count: number;
  readonly bookmark_count: number;
  readonly impression_count: number;
};

type OrganicMetrics = {
  readonly impression_count: number;
  readonly like_count: number;
  readonly reply_count: number;
  readonly retweet_count: number;
};

/** What a tweet states; everything else `tweet()` derives or defaults. */
interface TweetSpec {
  readonly id: string;
  readonly text: string;
  readonly author_id: string;
  readonly source: string;
  /** The post this one replies to, and its author: the conversation is that post's. */
  readonly replyTo?: { readonly id: string; readonly author_id: string };
  /** The post this one quotes or retweets. */
  readonly references?: { readonly type: 'quoted' | 'retweeted'; readonly id: string };
  /** Earlier versions, oldest first, when the post was edited. */
  readonly earlierVersions?: readonly string[];
  /** Polls and retweets cannot be edited. */
  readonly editable?: boolean;
  readonly reply_settings?: string;
  readonly possibly_sensitive?: boolean;
  readonly paid_partnership?: boolean;
  /** Default: the whole text. */
  readonly display_text_range?: readonly [number, number];
  /** Fields only some posts have, in the order the record lists them (before the metrics). */
  readonly fields?: JsonObject;
  readonly public_metrics: PublicMetrics;
  /** Default: the public counts (no promotion, nothing private). */
  readonly organic_metrics?: OrganicMetrics;
}

function tweet(spec: TweetSpec): SandboxTweet {
  const history = [...(spec.earlierVersions ?? []), spec.id];
  const m = spec.public_metrics;
  const conversation = spec.replyTo?.id ?? spec.id;
  const referenced = spec.replyTo ? { type: 'replied_to', id: spec.replyTo.id } : spec.references;
  return {
    id: spec.id,
    text: spec.text,
    author_id: spec.author_id,
    created_at: snowflakeTime(spec.id),
    conversation_id: conversation,
    ...(spec.replyTo ? { in_reply_to_user_id: spec.replyTo.author_id } : {}),
    ...(referenced ? { referenced_tweets: [{ type: referenced.type, id: referenced.id }] } : {}),
    edit_history_tweet_ids: history,
    edit_controls: {
      edits_remaining: EDITS_ALLOWED - (history.length - 1),
      is_edit_eligible: spec.editable ?? true,
      editable_until: snowflakeTime(history[0], EDIT_WINDOW_MS),
    },
    lang: 'en',
    source: spec.source,
    reply_settings: spec.reply_settings ?? 'everyone',
    possibly_sensitive: spec.possibly_sensitive ?? false,
    paid_partnership: spec.paid_partnership ?? false,
    display_text_range: [...(spec.display_text_range ?? [0, spec.text.length])],
    scopes: { followers: false },
    ...spec.fields,
    public_metrics: { ...m },
    non_public_metrics: { impression_count: m.impression_count },
    organic_metrics: { ...(spec.organic_metrics ?? { impression_count: m.impression_count, like_count: m.like_count, reply_count: m.reply_count, retweet_count: m.retweet_count }) },
  };
}

/** The context annotations several posts share. */
const BRAND = { id: '47', name: 'Brand', description: 'Brands and Companies' };
const BRAND_TWITTER = { domain: BRAND, entity: { id: '10045225402', name: 'Twitter' } };
const COMPUTER_PROGRAMMING = {
  domain: {
    id: '66',
    name: 'Interests and Hobbies Category',
    description: 'A grouping of interests and hobbies entities, like Novelty Food or Destinations',
  },
  entity: { id: '848921413196984320', name: 'Computer programming', description: 'Computer programming' },
};
const WILDFIRES = {
  domain: { id: '123', name: 'Ongoing News Story', description: "Ongoing News Stories like 'Brexit'" },
  entity: { id: '1531621370386116608', name: 'Wildfires' },
};

/** @XApiSandbox's screenshot, attached to its pinned post and reused in @RoboCEOParody's reply. */
const SANDBOX_SCREENSHOT_KEY = '3_1924748172197397615';
const SANDBOX_SCREENSHOT_METADATA = [
  {
    media_key: SANDBOX_SCREENSHOT_KEY,
    alt_text: 'A JSON response listing every user field for @XApiSandbox',
    title: 'Sandbox response',
    description: 'Screenshot of a user lookup answered by the offline sandbox',
  },
];

/** Where links lead (and what X shows of them), for targets that several t.co links share. */
const SANDBOX_SCREENSHOT = {
  expanded_url: 'https://x.com/XApiSandbox/status/1924748256083642737/photo/1',
  display_url: 'pic.x.com/sbx4shot1',
  media_key: SANDBOX_SCREENSHOT_KEY,
};
const SANDBOX_DOCS = {
  expanded_url: 'https://github.com/x-api-explorer/x-api-explorer/blob/main/docs/sandbox.md',
  display_url: 'github.com/x-api-explorer/x-\u2026',
};
const LOOKUP_DOCS = {
  expanded_url: 'https://docs.x.com/x-api/users/lookup/introduction',
  display_url: 'docs.x.com/x-api/users/looku\u2026',
};
/** The one t.co link to the sandbox docs, in the note request and its suggested sources. */
const SANDBOX_DOCS_TCO = 'https://t.co/gqHeFyWsVg';

/** A URL entity: the t.co `url` at `start` (t.co links are 23 characters), leading to `target`. */
function link(start: number, url: string, target: JsonObject): JsonObject {
  return { start, end: start + 23, url, ...target };
}

// @XDevelopers' most recent: an Article announcement with a link card (card_uri) and an unwound url.
const ARTICLE_POST = tweet({
  id: '1929931098817486959',
  text: 'New on the blog: every v1.1 user field and its v2 name, with examples for #XAPI user lookup. https://t.co/kq20TsWoAp',
  author_id: '2244994945',
  source: 'X Web App',
  reply_settings: 'following',
  fields: {
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
    context_annotations: [BRAND_TWITTER, COMPUTER_PROGRAMMING],
  },
  public_metrics: metrics(88, 14, 530, 9, 402, 61877),
});

/**
 * A retweet of `original`, whose author is @`originalAuthor`: `RT @name: ` before the text, a mention of that author,
 * the original's hashtags and links moved past the prefix (links without what X learnt fetching them), and no
 * engagement of its own; only the retweet count is the original's.
 */
function retweetOf(original: SandboxTweet, originalAuthor: string, spec: { id: string; author_id: string; source: string }): SandboxTweet {
  const prefix = `RT @${originalAuthor}: `;
  const shift = prefix.length;
  const entities = original.entities as { hashtags: readonly JsonObject[]; urls: readonly JsonObject[] };
  const moved = (entity: JsonObject): JsonObject => ({ ...entity, start: (entity.start as number) + shift, end: (entity.end as number) + shift });
  const { retweet_count } = original.public_metrics as unknown as PublicMetrics;
  return tweet({
    id: spec.id,
    text: prefix + original.text,
    author_id: spec.author_id,
    source: spec.source,
    references: { type: 'retweeted', id: original.id },
    editable: false,
    fields: {
      entities: {
        mentions: [{ start: 3, end: 4 + originalAuthor.length, username: originalAuthor, id: original.author_id as string }],
        hashtags: entities.hashtags.map(moved),
        urls: entities.urls.map(({ start, end, url, expanded_url, display_url }) => moved({ start, end, url, expanded_url, display_url })),
      },
    },
    public_metrics: metrics(retweet_count, 0, 0, 0, 0, 0),
    organic_metrics: { impression_count: 0, like_count: 0, reply_count: 0, retweet_count: 0 },
  });
}

/** Every pinned and most recent tweet the curated users point at, and nothing else. */
export const CURATED_TWEETS: readonly SandboxTweet[] = [
  // @XDevelopers' pinned long post: `text` is the truncated preview, `note_tweet` the full text with its own
  // entities. Edited once, so the history lists the original first and edits_remaining dropped to 4.
  tweet({
    id: '1889362293162488277',
    text: 'Building on the X API? Start with user lookup. GET /2/users/:id and /2/users/by/username/:username return one account, /2/users?ids= takes up to 100, and you only get the fields you ask for. Add user.fields=public_metrics,verified_type for counts and badges, and...',
    author_id: '2244994945',
    source: 'X Web App',
    earlierVersions: ['1889359369731310254'],
    fields: {
      entities: { annotations: [{ start: 16, end: 20, probability: 0.8714, type: 'Product', normalized_text: 'X API' }] },
      note_tweet: {
        text: 'Building on the X API? Start with user lookup. GET /2/users/:id and /2/users/by/username/:username return one account, /2/users?ids= takes up to 100, and you only get the fields you ask for. Add user.fields=public_metrics,verified_type for counts and badges, and expansions=pinned_tweet_id to pull the pinned post into includes. Try it offline with @XApiSandbox first. Guide: https://t.co/MxjtbuNOX8 #XAPI #BuildWithX',
        entities: {
          urls: [link(376, 'https://t.co/MxjtbuNOX8', LOOKUP_DOCS)],
          hashtags: [{ start: 400, end: 405, tag: 'XAPI' }, { start: 406, end: 417, tag: 'BuildWithX' }],
          mentions: [{ start: 349, end: 361, username: 'XApiSandbox', id: '1790312768209850067' }],
        },
      },
      context_annotations: [
        BRAND_TWITTER,
        {
          domain: { id: '131', name: 'Unified Twitter Taxonomy', description: 'A taxonomy of user interests. ' },
          entity: { id: '848920371311001600', name: 'Technology', description: 'Technology and computing' },
        },
        COMPUTER_PROGRAMMING,
      ],
    },
    public_metrics: metrics(412, 96, 2380, 57, 1311, 389204),
    organic_metrics: { impression_count: 377527, like_count: 2308, reply_count: 93, retweet_count: 399 },
  }),
  ARTICLE_POST,
  // @X's most recent: a poll (posts with polls can't be edited, hence is_edit_eligible false).
  tweet({
    id: '1929621538210435321',
    text: 'Developers: which user field do you request most often?',
    author_id: '783214',
    source: 'X Web App',
    editable: false,
    fields: {
      attachments: { poll_ids: ['1929621534016065351'] },
      context_annotations: [BRAND_TWITTER],
    },
    public_metrics: metrics(1204, 3310, 15022, 402, 611, 4120388),
  }),
  // @RoboCEOParody's reply to @X's poll, reusing @XApiSandbox's screenshot (media_source_tweet_id):
  // display_text_range skips the leading @mention and the trailing media link. Community Notes fields live here.
  tweet({
    id: '1929624419695412570',
    text: '@X all of the above, obviously. Here is proof I request every field: https://t.co/DZHHHe1q7g',
    author_id: '1590528157549093925',
    source: 'X for iPhone',
    replyTo: { id: '1929621538210435321', author_id: '783214' },
    display_text_range: [3, 68],
    fields: {
      attachments: { media_keys: [SANDBOX_SCREENSHOT_KEY], media_source_tweet_id: ['1924748256083642737'] },
      media_metadata: SANDBOX_SCREENSHOT_METADATA,
      entities: {
        mentions: [{ start: 0, end: 2, username: 'X', id: '783214' }],
        urls: [link(69, 'https://t.co/DZHHHe1q7g', SANDBOX_SCREENSHOT)],
      },
      matched_media_notes: { match_status: 'matched_and_shown', note_id: '1929676903023410672' },
      note_request_suggestions: {
        suggestion: 'The screenshot was taken from the X API Explorer sandbox, not the live API: https://t.co/gqHeFyWsVg',
        suggestion_id: '1929644187449085833',
        source_link: link(76, SANDBOX_DOCS_TCO, SANDBOX_DOCS),
      },
      suggested_source_links: [link(0, SANDBOX_DOCS_TCO, SANDBOX_DOCS), link(0, 'https://t.co/FYvLrl6PxV', LOOKUP_DOCS)],
      suggested_source_links_with_counts: { count: 14, url: link(0, SANDBOX_DOCS_TCO, SANDBOX_DOCS) },
    },
    public_metrics: metrics(310, 122, 4471, 38, 96, 512330),
  }),
  // @QuietHarborNews' quote of @NorthwindEMA's alert, withheld in the same countries as its author and flagged
  // possibly sensitive.
  tweet({
    id: '1927563661671036364',
    text: 'Our reporters are at the Cedar Ridge roadblock. Live updates and road closures: https://t.co/ZQ7y9leEqr #NorthwindFire',
    author_id: '707526481280890122',
    source: 'X Web App',
    references: { type: 'quoted', id: '1927559240874140790' },
    reply_settings: 'mentionedUsers',
    possibly_sensitive: true,
    fields: {
      withheld: { copyright: false, country_codes: ['DE', 'FR'], scope: 'tweet' },
      entities: {
        hashtags: [{ start: 104, end: 118, tag: 'NorthwindFire' }],
        urls: [
          link(80, 'https://t.co/ZQ7y9leEqr', {
            expanded_url: 'https://quietharbor.example/live/cedar-ridge-fire',
            display_url: 'quietharbor.example/live/cedar\u2026',
          }),
        ],
      },
      context_annotations: [WILDFIRES],
    },
    public_metrics: metrics(211, 34, 688, 12, 75, 90412),
  }),
  // @NorthwindEMA's pinned alert: geotagged, replies limited to verified accounts.
  tweet({
    id: '1927559240874140790',
    text: 'EVACUATION WARNING for zones NW-4 and NW-5 near Cedar Ridge. Leave now if you need extra time. Shelter open at Northwind High School. Map: https://t.co/bsDcsH7yeR #NorthwindFire',
    author_id: '1157306105856633383',
    source: 'X Web App',
    reply_settings: 'verified',
    fields: {
      geo: {
        coordinates: { type: 'Point', coordinates: [-105.18816086351444, 40.247749999999996] },
        place_id: 'f7eb2fa2fea288b1',
      },
      entities: {
        hashtags: [{ start: 163, end: 177, tag: 'NorthwindFire' }],
        urls: [
          link(139, 'https://t.co/bsDcsH7yeR', {
            expanded_url: 'https://alerts.northwindcounty.example/map',
            display_url: 'alerts.northwindcounty.example/map',
          }),
        ],
        annotations: [
          { start: 48, end: 58, probability: 0.9312, type: 'Place', normalized_text: 'Cedar Ridge' },
          { start: 111, end: 131, probability: 0.7905, type: 'Place', normalized_text: 'Northwind High School' },
        ],
      },
      context_annotations: [WILDFIRES],
    },
    public_metrics: metrics(5630, 412, 7204, 288, 1930, 2210456),
  }),
  // @ledgerlane's pinned paid partnership: cashtags, annotations, promoted metrics, replies for subscribers only.
  tweet({
    id: '1916825974995162336',
    text: 'Earnings week: Apple ($AAPL) and Microsoft ($MSFT) report after the close. Our preview with options flow and guidance math: https://t.co/laA72lKclG #earnings #ad',
    author_id: '1221787439727477597',
    source: 'Buffer',
    reply_settings: 'subscribers',
    paid_partnership: true,
    fields: {
      entities: {
        cashtags: [{ start: 22, end: 27, tag: 'AAPL' }, { start: 44, end: 49, tag: 'MSFT' }],
        hashtags: [{ start: 148, end: 157, tag: 'earnings' }, { start: 158, end: 161, tag: 'ad' }],
        urls: [
          link(124, 'https://t.co/laA72lKclG', {
            expanded_url: 'https://ledgerlane.example/notes/earnings-week',
            display_url: 'ledgerlane.example/notes/earn\u2026',
          }),
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
        { domain: BRAND, entity: { id: '10026364281', name: 'Apple' } },
      ],
      promoted_metrics: { impression_count: 180220, like_count: 912, reply_count: 40, retweet_count: 77 },
    },
    public_metrics: metrics(203, 71, 1840, 22, 930, 402117),
    organic_metrics: { impression_count: 221164, like_count: 1012, reply_count: 39, retweet_count: 111 },
  }),
  // @XApiSandbox's pinned community post with a photo; the photo's t.co link is outside display_text_range.
  tweet({
    id: '1924748256083642737',
    text: 'Every user.fields value at once, answered offline by the sandbox. No credits spent. #XAPI https://t.co/Ny8k0dqtVW',
    author_id: '1790312768209850067',
    source: 'X API Explorer',
    reply_settings: 'other',
    display_text_range: [0, 89],
    fields: {
      community_id: '1701536125549559859',
      attachments: { media_keys: [SANDBOX_SCREENSHOT_KEY] },
      media_metadata: SANDBOX_SCREENSHOT_METADATA,
      entities: {
        hashtags: [{ start: 84, end: 89, tag: 'XAPI' }],
        urls: [link(90, 'https://t.co/Ny8k0dqtVW', SANDBOX_SCREENSHOT)],
      },
      context_annotations: [COMPUTER_PROGRAMMING],
    },
    public_metrics: metrics(31, 8, 204, 3, 57, 18250),
  }),
  // @XApiSandbox's most recent: a retweet of @XDevelopers' Article post (retweets can't be edited; their own metrics
  // stay at zero).
  retweetOf(ARTICLE_POST, 'XDevelopers', { id: '1929936282976008679', author_id: '1790312768209850067', source: 'X API Explorer' }),
];
