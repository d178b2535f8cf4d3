/**
 * Hand-written users of the offline sandbox. Between them they carry every 2.166 `user.fields` value and every
 * nested property of the User schema, so any field a request names has something to show. Records are stored whole;
 * the server picks the requested fields (and renames them for a 2.167 request).
 *
 * Shapes follow the 2.166 spec; fields it lists in the `user.fields` enum without a schema (confirmed_email,
 * is_identity_verified, parody, subscription, verified_followers_count) and `public_metrics.media_count` follow the
 * 2.167 schema. `subscribes_to_you` is a 2.167-only field kept here so that vocabulary has data too.
 * connection_status, receives_your_dm and subscription describe the relation to the sandbox's own user.
 *
 * Text is ASCII, so UTF-16 offsets equal the code-point offsets X uses for entity indices (start inclusive, end
 * exclusive). The invented ids are snowflakes whose timestamp bits match created_at; the docs' 2244994945 and
 * @X's 783214 are older, sequential ids.
 */

import type { SandboxUser } from './model';

/** The user `/2/users/me` answers for the sandbox's user-context credentials (@XApiSandbox). */
export const SANDBOX_ME_ID = '1790312768209850067';

/** The curated users, the sandbox user first. */
export const CURATED_USERS: readonly SandboxUser[] = [
  // The sandbox's own account, answered by /2/users/me: the only user with confirmed_email (X shows it to the account
  // owner alone). Blue, Premium, identity verified; description has a url, a hashtag and a mention.
  {
    id: SANDBOX_ME_ID,
    name: 'X API Sandbox',
    username: 'XApiSandbox',
    created_at: '2024-05-14T09:26:41.000Z',
    description: 'Offline stand-in for the #XAPI user lookups, built into X API Explorer. Try @XDevelopers or any id. Docs: https://t.co/f5TeBYJjEK',
    location: 'localhost',
    url: 'https://t.co/vQPoSuCojz',
    entities: {
      url: {
        urls: [
          {
            start: 0,
            end: 23,
            url: 'https://t.co/vQPoSuCojz',
            expanded_url: 'https://marketplace.visualstudio.com/items?itemName=x-api-explorer.x-api-explorer',
            display_url: 'marketplace.visualstudio.com/items?itemN\u2026',
          },
        ],
      },
      description: {
        urls: [
          {
            start: 106,
            end: 129,
            url: 'https://t.co/f5TeBYJjEK',
            expanded_url: 'https://github.com/x-api-explorer/x-api-explorer/blob/main/docs/sandbox.md',
            display_url: 'github.com/x-api-explorer/x-\u2026',
          },
        ],
        hashtags: [{ start: 25, end: 30, tag: 'XAPI' }],
        mentions: [{ start: 76, end: 88, username: 'XDevelopers' }],
      },
    },
    protected: false,
    verified: true,
    verified_type: 'blue',
    verified_followers_count: 12,
    is_identity_verified: true,
    parody: false,
    subscription_type: 'Premium',
    subscription: { subscribes_to_you: false },
    subscribes_to_you: false,
    receives_your_dm: true,
    connection_status: [],
    confirmed_email: 'sandbox@example.com',
    public_metrics: {
      followers_count: 1337,
      following_count: 42,
      tweet_count: 256,
      listed_count: 7,
      like_count: 1024,
      media_count: 64,
    },
    pinned_tweet_id: '1924748256083642737',
    most_recent_tweet_id: '1929936282976008679',
    profile_image_url: 'https://pbs.twimg.com/profile_images/1790313602874314855/sandbox_avatar_normal.jpg',
    profile_banner_url: 'https://pbs.twimg.com/profile_banners/1790312768209850067/1715679001',
  },
  // The docs' example id. Business-verified and affiliated with @X (affiliation.user_id is an array of ids, per the
  // spec); pinned post is a long post (note_tweet), most recent is an Article.
  {
    id: '2244994945',
    name: 'Developers',
    username: 'XDevelopers',
    created_at: '2013-12-14T04:35:55.000Z',
    description: 'The voice of the #XDevelopers team and your official source for updates, news, and events related to the #XAPI. Docs: https://t.co/9hD2TODoey',
    location: '127.0.0.1',
    url: 'https://t.co/TLWd4spWJO',
    entities: {
      url: {
        urls: [
          {
            start: 0,
            end: 23,
            url: 'https://t.co/TLWd4spWJO',
            expanded_url: 'https://developer.x.com',
            display_url: 'developer.x.com',
          },
        ],
      },
      description: {
        urls: [
          {
            start: 118,
            end: 141,
            url: 'https://t.co/9hD2TODoey',
            expanded_url: 'https://docs.x.com/x-api/introduction',
            display_url: 'docs.x.com/x-api/introduct\u2026',
          },
        ],
        hashtags: [{ start: 17, end: 29, tag: 'XDevelopers' }, { start: 105, end: 110, tag: 'XAPI' }],
      },
    },
    protected: false,
    verified: true,
    verified_type: 'business',
    verified_followers_count: 48210,
    is_identity_verified: false,
    parody: false,
    subscription_type: 'None',
    subscription: { subscribes_to_you: false },
    subscribes_to_you: false,
    receives_your_dm: false,
    connection_status: ['following'],
    affiliation: {
      badge_url: 'https://pbs.twimg.com/profile_images/1683494746322320264/X_logo_normal.jpg',
      description: 'X',
      url: 'https://x.com/X',
      user_id: ['783214'],
    },
    public_metrics: {
      followers_count: 718402,
      following_count: 1970,
      tweet_count: 4162,
      listed_count: 2533,
      like_count: 2481,
      media_count: 903,
    },
    pinned_tweet_id: '1889362293162488277',
    most_recent_tweet_id: '1929931098817486959',
    profile_image_url: 'https://pbs.twimg.com/profile_images/1683496960914604533/developers_logo_normal.jpg',
    profile_banner_url: 'https://pbs.twimg.com/profile_banners/2244994945/1690211928',
  },
  // The organisation @XDevelopers is affiliated with, so the affiliation.user_id expansion resolves. Profile url
  // only; no pinned post; both follow each other.
  {
    id: '783214',
    name: 'X',
    username: 'X',
    created_at: '2007-02-20T14:35:54.000Z',
    description: "what's happening?!",
    location: 'everywhere',
    url: 'https://t.co/UQU8S3wfiD',
    entities: {
      url: {
        urls: [
          {
            start: 0,
            end: 23,
            url: 'https://t.co/UQU8S3wfiD',
            expanded_url: 'https://about.x.com',
            display_url: 'about.x.com',
          },
        ],
      },
    },
    protected: false,
    verified: true,
    verified_type: 'business',
    verified_followers_count: 1876543,
    is_identity_verified: false,
    parody: false,
    subscription_type: 'None',
    subscription: { subscribes_to_you: false },
    subscribes_to_you: false,
    receives_your_dm: false,
    connection_status: ['following', 'followed_by'],
    public_metrics: {
      followers_count: 68741230,
      following_count: 3,
      tweet_count: 15873,
      listed_count: 90211,
      like_count: 5927,
      media_count: 4120,
    },
    most_recent_tweet_id: '1929621538210435321',
    profile_image_url: 'https://pbs.twimg.com/profile_images/1683494746322320264/X_logo_normal.jpg',
    profile_banner_url: 'https://pbs.twimg.com/profile_banners/783214/1690205312',
  },
  // Government verification; pinned and most recent are the same geotagged alert.
  {
    id: '1157306105856633383',
    name: 'Northwind County EM',
    username: 'NorthwindEMA',
    created_at: '2019-08-02T15:04:12.000Z',
    description: 'Official account of Northwind County Emergency Management. Alerts, evacuations and shelters. With @NorthwindPD. #NorthwindReady Sign up: https://t.co/iCBwzxGoMl',
    location: 'Northwind County, CO',
    url: 'https://t.co/qILWNidvDZ',
    entities: {
      url: {
        urls: [
          {
            start: 0,
            end: 23,
            url: 'https://t.co/qILWNidvDZ',
            expanded_url: 'https://www.northwindcounty.example/em',
            display_url: 'northwindcounty.example/em',
          },
        ],
      },
      description: {
        urls: [
          {
            start: 137,
            end: 160,
            url: 'https://t.co/iCBwzxGoMl',
            expanded_url: 'https://alerts.northwindcounty.example/signup',
            display_url: 'alerts.northwindcounty.example/\u2026',
          },
        ],
        hashtags: [{ start: 112, end: 127, tag: 'NorthwindReady' }],
        mentions: [{ start: 98, end: 110, username: 'NorthwindPD' }],
      },
    },
    protected: false,
    verified: true,
    verified_type: 'government',
    verified_followers_count: 2310,
    is_identity_verified: false,
    parody: false,
    subscription_type: 'None',
    subscription: { subscribes_to_you: false },
    subscribes_to_you: false,
    receives_your_dm: true,
    connection_status: ['following'],
    public_metrics: {
      followers_count: 86420,
      following_count: 311,
      tweet_count: 9188,
      listed_count: 640,
      like_count: 1205,
      media_count: 2877,
    },
    pinned_tweet_id: '1927559240874140790',
    most_recent_tweet_id: '1927559240874140790',
    profile_image_url: 'https://pbs.twimg.com/profile_images/1478667588206722483/nwc_seal_normal.jpg',
    profile_banner_url: 'https://pbs.twimg.com/profile_banners/1157306105856633383/1641376800',
  },
  // Protected account with a pending follow request from the sandbox user: no url, entities, banner or tweets.
  {
    id: '1410354241731236531',
    name: 'Mara Okafor',
    username: 'mara_builds',
    created_at: '2021-06-30T21:47:09.000Z',
    description: 'Backend engineer. Rate limits are a feature. Opinions are cached for 15 minutes.',
    location: 'Lagos, Nigeria',
    protected: true,
    verified: false,
    verified_type: 'none',
    verified_followers_count: 0,
    is_identity_verified: false,
    parody: false,
    subscription_type: 'None',
    subscription: { subscribes_to_you: false },
    subscribes_to_you: false,
    receives_your_dm: false,
    connection_status: ['follow_request_sent'],
    public_metrics: {
      followers_count: 212,
      following_count: 388,
      tweet_count: 1490,
      listed_count: 3,
      like_count: 6021,
      media_count: 37,
    },
    profile_image_url: 'https://pbs.twimg.com/profile_images/1620723631520720354/mara_normal.jpg',
  },
  // Withheld in DE and FR (scope 'user'); Basic subscribers get no check mark, hence verified_type 'none'.
  {
    id: '707526481280890122',
    name: 'Quiet Harbor News',
    username: 'QuietHarborNews',
    created_at: '2016-03-09T11:20:33.000Z',
    description: 'Independent local news from the Northwind coast since 2016. Emergency updates from @NorthwindEMA are reposted here. #QuietHarbor',
    location: 'Quiet Harbor, Northwind County',
    entities: {
      description: {
        hashtags: [{ start: 116, end: 128, tag: 'QuietHarbor' }],
        mentions: [{ start: 83, end: 96, username: 'NorthwindEMA' }],
      },
    },
    protected: false,
    verified: false,
    verified_type: 'none',
    verified_followers_count: 41,
    is_identity_verified: false,
    parody: false,
    subscription_type: 'Basic',
    subscription: { subscribes_to_you: false },
    subscribes_to_you: false,
    receives_your_dm: true,
    connection_status: ['muting'],
    withheld: { country_codes: ['DE', 'FR'], scope: 'user' },
    public_metrics: {
      followers_count: 15230,
      following_count: 902,
      tweet_count: 27310,
      listed_count: 188,
      like_count: 433,
      media_count: 6120,
    },
    most_recent_tweet_id: '1927563661671036364',
    profile_image_url: 'https://pbs.twimg.com/profile_images/1458736255599062240/qhn_logo_normal.jpg',
    profile_banner_url: 'https://pbs.twimg.com/profile_banners/707526481280890122/1636628400',
  },
  // Parody label, PremiumPlus, blocked by the sandbox user; its reply carries the Community Notes fields.
  {
    id: '1590528157549093925',
    name: 'Robo CEO (parody)',
    username: 'RoboCEOParody',
    created_at: '2022-11-10T02:13:58.000Z',
    description: 'Not a real CEO. Not a real robot. Shipping features nobody asked for since 2022. #parody',
    location: 'the cloud',
    entities: { description: { hashtags: [{ start: 81, end: 88, tag: 'parody' }] } },
    protected: false,
    verified: true,
    verified_type: 'blue',
    verified_followers_count: 3904,
    is_identity_verified: false,
    parody: true,
    subscription_type: 'PremiumPlus',
    subscription: { subscribes_to_you: false },
    subscribes_to_you: false,
    receives_your_dm: false,
    connection_status: ['blocking'],
    public_metrics: {
      followers_count: 240117,
      following_count: 12,
      tweet_count: 8804,
      listed_count: 455,
      like_count: 17,
      media_count: 1302,
    },
    most_recent_tweet_id: '1929624419695412570',
    profile_image_url: 'https://pbs.twimg.com/profile_images/1590529675886802013/robo_normal.jpg',
    profile_banner_url: 'https://pbs.twimg.com/profile_banners/1590528157549093925/1668046800',
  },
  // Cashtags in the bio and a paid-partnership pinned post with promoted metrics. follow_request_received is kept
  // from when the sandbox account was protected, so every connection_status value appears somewhere.
  {
    id: '1221787439727477597',
    name: 'Ledger Lane Markets',
    username: 'ledgerlane',
    created_at: '2020-01-27T13:30:00.000Z',
    description: 'Charts and earnings notes on $AAPL, $MSFT and $NVDA. Not financial advice. #stocks Newsletter: https://t.co/0otX45n26L',
    location: 'New York, NY',
    url: 'https://t.co/osoijakwKe',
    entities: {
      url: {
        urls: [
          {
            start: 0,
            end: 23,
            url: 'https://t.co/osoijakwKe',
            expanded_url: 'https://ledgerlane.example',
            display_url: 'ledgerlane.example',
          },
        ],
      },
      description: {
        urls: [
          {
            start: 95,
            end: 118,
            url: 'https://t.co/0otX45n26L',
            expanded_url: 'https://ledgerlane.example/newsletter',
            display_url: 'ledgerlane.example/newsletter',
          },
        ],
        hashtags: [{ start: 75, end: 82, tag: 'stocks' }],
        cashtags: [
          { start: 29, end: 34, tag: 'AAPL' },
          { start: 36, end: 41, tag: 'MSFT' },
          { start: 46, end: 51, tag: 'NVDA' },
        ],
      },
    },
    protected: false,
    verified: true,
    verified_type: 'blue',
    verified_followers_count: 5120,
    is_identity_verified: true,
    parody: false,
    subscription_type: 'Premium',
    subscription: { subscribes_to_you: true },
    subscribes_to_you: true,
    receives_your_dm: true,
    connection_status: ['follow_request_received'],
    public_metrics: {
      followers_count: 98311,
      following_count: 640,
      tweet_count: 21455,
      listed_count: 1302,
      like_count: 8840,
      media_count: 5533,
    },
    pinned_tweet_id: '1916825974995162336',
    most_recent_tweet_id: '1916825974995162336',
    profile_image_url: 'https://pbs.twimg.com/profile_images/1833082920761286991/ll_mark_normal.jpg',
    profile_banner_url: 'https://pbs.twimg.com/profile_banners/1221787439727477597/1725876000',
  },
];
