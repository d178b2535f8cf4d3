/**
 * Which endpoint a piece of code calls, when the code says so: a client library's method (read from each library's
 * own method list: twitter-api-v2's client.v2.read, @xdevplatform/xdk's clients, twitter-api-sdk's generated clients,
 * tweepy.Client) or the path of a URL. Endpoints are keys of apiVocabulary's API_ENDPOINTS (`GET /2/users/:id`).
 * Only read endpoints are listed: the fields and expansions parameters are on GETs.
 */
import { API_ENDPOINTS, type ApiEndpointVocabulary, type ApiVocabularyVersion } from '../catalog/apiVocabulary';

/** twitter-api-v2: `client.v2.<method>` (also `readOnly.v2`, `rwClient.v2`). */
const TWITTER_API_V2: Readonly<Record<string, string>> = {
  search: '/2/tweets/search/recent', searchAll: '/2/tweets/search/all', singleTweet: '/2/tweets/:id', tweets: '/2/tweets',
  tweetCountRecent: '/2/tweets/counts/recent', tweetCountAll: '/2/tweets/counts/all',
  tweetRetweetedBy: '/2/tweets/:id/retweeted_by', tweetLikedBy: '/2/tweets/:id/liking_users',
  homeTimeline: '/2/users/:id/timelines/reverse_chronological', userTimeline: '/2/users/:id/tweets',
  userMentionTimeline: '/2/users/:id/mentions', quotes: '/2/tweets/:id/quote_tweets', bookmarks: '/2/users/:id/bookmarks',
  me: '/2/users/me', user: '/2/users/:id', users: '/2/users', userByUsername: '/2/users/by/username/:username',
  usersByUsernames: '/2/users/by', followers: '/2/users/:id/followers', following: '/2/users/:id/following',
  userLikedTweets: '/2/users/:id/liked_tweets', userBlockingUsers: '/2/users/:id/blocking',
  userMutingUsers: '/2/users/:id/muting', list: '/2/lists/:id', listsOwned: '/2/users/:id/owned_lists',
  listMemberships: '/2/users/:id/list_memberships', listFollowed: '/2/users/:id/followed_lists',
  listTweets: '/2/lists/:id/tweets', listMembers: '/2/lists/:id/members', listFollowers: '/2/lists/:id/followers',
  listDmEvents: '/2/dm_events', listDmEventsWithParticipant: '/2/dm_conversations/with/:participant_id/dm_events',
  listDmEventsOfConversation: '/2/dm_conversations/:id/dm_events', space: '/2/spaces/:id', spaces: '/2/spaces',
  spacesByCreators: '/2/spaces/by/creator_ids', searchSpaces: '/2/spaces/search', spaceBuyers: '/2/spaces/:id/buyers',
  spaceTweets: '/2/spaces/:id/tweets', community: '/2/communities/:id', searchCommunities: '/2/communities/search',
};

/**
 * `<group>.<method>` of @xdevplatform/xdk (`client.users.getById`) and of twitter-api-sdk (`client.users.findUserById`,
 * the operation ids of the spec it was generated from). The names do not collide, so one table serves both.
 */
const GROUP_METHODS: Readonly<Record<string, string>> = {
  // @xdevplatform/xdk
  'spaces.getByIds': '/2/spaces', 'spaces.getById': '/2/spaces/:id', 'spaces.getByCreatorIds': '/2/spaces/by/creator_ids',
  'spaces.getPosts': '/2/spaces/:id/tweets', 'spaces.search': '/2/spaces/search', 'spaces.getBuyers': '/2/spaces/:id/buyers',
  'media.getByKey': '/2/media/:media_key', 'media.getByKeys': '/2/media',
  'users.getRepostsOfMe': '/2/users/reposts_of_me', 'users.getById': '/2/users/:id', 'users.getByIds': '/2/users',
  'users.getByUsername': '/2/users/by/username/:username', 'users.getByUsernames': '/2/users/by', 'users.getMe': '/2/users/me',
  'users.getAffiliates': '/2/users/:id/affiliates', 'users.getLikedPosts': '/2/users/:id/liked_tweets',
  'users.getMentions': '/2/users/:id/mentions', 'users.getBookmarks': '/2/users/:id/bookmarks',
  'users.getBlocking': '/2/users/:id/blocking', 'users.search': '/2/users/search',
  'users.getFollowedLists': '/2/users/:id/followed_lists', 'users.getTimeline': '/2/users/:id/timelines/reverse_chronological',
  'users.getFollowers': '/2/users/:id/followers', 'users.getFollowing': '/2/users/:id/following',
  'users.getListMemberships': '/2/users/:id/list_memberships', 'users.getPinnedLists': '/2/users/:id/pinned_lists',
  'users.getOwnedLists': '/2/users/:id/owned_lists', 'users.getPosts': '/2/users/:id/tweets', 'users.getMuting': '/2/users/:id/muting',
  'posts.searchRecent': '/2/tweets/search/recent', 'posts.getById': '/2/tweets/:id', 'posts.searchAll': '/2/tweets/search/all',
  'posts.getReposts': '/2/tweets/:id/retweets', 'posts.getByIds': '/2/tweets', 'posts.getLikingUsers': '/2/tweets/:id/liking_users',
  'posts.getQuoted': '/2/tweets/:id/quote_tweets', 'posts.getRepostedBy': '/2/tweets/:id/retweeted_by',
  'lists.getFollowers': '/2/lists/:id/followers', 'lists.getById': '/2/lists/:id', 'lists.getPosts': '/2/lists/:id/tweets',
  'lists.getMembers': '/2/lists/:id/members', 'directMessages.getEventsById': '/2/dm_events/:event_id',
  'directMessages.getEvents': '/2/dm_events', 'directMessages.getEventsByConversationId': '/2/dm_conversations/:id/dm_events',
  'directMessages.getEventsByParticipantId': '/2/dm_conversations/with/:participant_id/dm_events',
  'communities.search': '/2/communities/search', 'communities.getById': '/2/communities/:id',
  // twitter-api-sdk
  'users.findUserById': '/2/users/:id', 'users.findUsersById': '/2/users', 'users.findUserByUsername': '/2/users/by/username/:username',
  'users.findUsersByUsername': '/2/users/by', 'users.findMyUser': '/2/users/me', 'users.usersIdFollowers': '/2/users/:id/followers',
  'users.usersIdFollowing': '/2/users/:id/following', 'users.usersIdBlocking': '/2/users/:id/blocking',
  'users.usersIdMuting': '/2/users/:id/muting', 'users.tweetsIdLikingUsers': '/2/tweets/:id/liking_users',
  'users.tweetsIdRetweetingUsers': '/2/tweets/:id/retweeted_by', 'users.listGetMembers': '/2/lists/:id/members',
  'users.listGetFollowers': '/2/lists/:id/followers', 'tweets.findTweetById': '/2/tweets/:id', 'tweets.findTweetsById': '/2/tweets',
  'tweets.usersIdTweets': '/2/users/:id/tweets', 'tweets.usersIdMentions': '/2/users/:id/mentions',
  'tweets.usersIdTimeline': '/2/users/:id/timelines/reverse_chronological', 'tweets.tweetsRecentSearch': '/2/tweets/search/recent',
  'tweets.tweetsFullarchiveSearch': '/2/tweets/search/all', 'tweets.usersIdLikedTweets': '/2/users/:id/liked_tweets',
  'tweets.getUsersIdBookmarks': '/2/users/:id/bookmarks', 'tweets.findTweetsThatQuoteATweet': '/2/tweets/:id/quote_tweets',
  'tweets.listsIdTweets': '/2/lists/:id/tweets', 'tweets.spacesIdTweets': '/2/spaces/:id/tweets',
  'spaces.findSpaceById': '/2/spaces/:id', 'spaces.findSpacesByIds': '/2/spaces', 'spaces.findSpacesByCreatorIds': '/2/spaces/by/creator_ids',
  'spaces.searchSpaces': '/2/spaces/search', 'spaces.spaceBuyers': '/2/spaces/:id/buyers',
  'lists.listIdGet': '/2/lists/:id', 'lists.listUserOwnedLists': '/2/users/:id/owned_lists',
  'lists.getUserListMemberships': '/2/users/:id/list_memberships', 'lists.userFollowedLists': '/2/users/:id/followed_lists',
  'lists.listUserPinnedLists': '/2/users/:id/pinned_lists',
};

/** tweepy.Client's methods: snake_case names distinctive enough on their own (`client.get_users_tweets(...)`). */
const TWEEPY: Readonly<Record<string, string>> = {
  get_user: '/2/users/:id', get_users: '/2/users', get_me: '/2/users/me', get_users_followers: '/2/users/:id/followers',
  get_users_following: '/2/users/:id/following', get_users_tweets: '/2/users/:id/tweets', get_users_mentions: '/2/users/:id/mentions',
  get_home_timeline: '/2/users/:id/timelines/reverse_chronological', get_tweet: '/2/tweets/:id', get_tweets: '/2/tweets',
  search_recent_tweets: '/2/tweets/search/recent', search_all_tweets: '/2/tweets/search/all',
  get_liking_users: '/2/tweets/:id/liking_users', get_liked_tweets: '/2/users/:id/liked_tweets',
  get_retweeters: '/2/tweets/:id/retweeted_by', get_quote_tweets: '/2/tweets/:id/quote_tweets', get_bookmarks: '/2/users/:id/bookmarks',
  get_list: '/2/lists/:id', get_list_tweets: '/2/lists/:id/tweets', get_list_members: '/2/lists/:id/members',
  get_list_followers: '/2/lists/:id/followers', get_owned_lists: '/2/users/:id/owned_lists',
  get_followed_lists: '/2/users/:id/followed_lists', get_list_memberships: '/2/users/:id/list_memberships',
  get_pinned_lists: '/2/users/:id/pinned_lists', get_blocked: '/2/users/:id/blocking', get_muted: '/2/users/:id/muting',
  get_space: '/2/spaces/:id', get_spaces: '/2/spaces', search_spaces: '/2/spaces/search', get_space_buyers: '/2/spaces/:id/buyers',
  get_space_tweets: '/2/spaces/:id/tweets', get_direct_message_events: '/2/dm_events',
};

/** The endpoint a call's dotted callee (`client.v2.userTimeline`, `this.client.users.getById`) names, or undefined. */
export function endpointOfCallee(callee: string): string | undefined {
  const parts = callee.split('.');
  const method = parts[parts.length - 1];
  const owner = parts.length > 1 ? parts[parts.length - 2] : '';
  let path: string | undefined;
  if (owner === 'v2' && Object.hasOwn(TWITTER_API_V2, method)) path = TWITTER_API_V2[method];
  else if (Object.hasOwn(GROUP_METHODS, `${owner}.${method}`)) path = GROUP_METHODS[`${owner}.${method}`];
  else if (Object.hasOwn(TWEEPY, method)) path = TWEEPY[method];
  return path === undefined ? undefined : `GET ${path}`;
}

/** The GET paths with parameters we check, as segment lists; built on first use. */
let templates: { readonly key: string; readonly segments: readonly string[]; readonly literals: number }[] | undefined;

function pathTemplates(): NonNullable<typeof templates> {
  if (templates === undefined) {
    const keys = new Set<string>();
    for (const version of Object.keys(API_ENDPOINTS) as ApiVocabularyVersion[]) {
      for (const [key, endpoint] of Object.entries(API_ENDPOINTS[version])) {
        if (endpoint.method === 'GET' && (endpoint.fields !== undefined || endpoint.expansions !== undefined)) keys.add(key);
      }
    }
    templates = [...keys].map((key) => {
      const segments = key.slice('GET '.length).split('/').slice(1);
      return { key, segments, literals: segments.filter((s) => !s.startsWith(':')).length };
    });
  }
  return templates;
}

/** Where an X API v2 path starts in a URL as written: after a host, `${base}`, `{{host}}`, or at the start. */
const V2_PATH = /(\/2\/[^?#\s'"`]*)/;

/**
 * The endpoint a URL (without its query) calls: `https://api.x.com/2/users/${id}/tweets` -> `GET /2/users/:id/tweets`.
 * A segment built at run time (`${id}`, `{}`, `{{id}}`, `' + id + '`) fills a placeholder; of several templates that
 * fit, the one with the most literal segments wins (`/2/users/me` over `/2/users/:id`).
 */
export function endpointOfUrl(url: string): string | undefined {
  const match = V2_PATH.exec(url);
  if (match === null) return undefined;
  let path = match[1];
  while (path.length > 3 && path.endsWith('/')) path = path.slice(0, -1);
  const segments = path.split('/').slice(1);
  let best: { key: string; literals: number } | undefined;
  for (const template of pathTemplates()) {
    if (template.segments.length !== segments.length) continue;
    let fits = true;
    for (let i = 0; i < segments.length && fits; i++) {
      const t = template.segments[i];
      fits = t.startsWith(':') ? segments[i] !== '' : t === segments[i];
    }
    if (fits && (best === undefined || template.literals > best.literals)) best = template;
  }
  return best?.key;
}

/** The vocabulary entry of `endpoint` in `version`, if that version has it. */
export function endpointIn(endpoint: string, version: ApiVocabularyVersion): ApiEndpointVocabulary | undefined {
  const entries = API_ENDPOINTS[version];
  return Object.hasOwn(entries, endpoint) ? entries[endpoint] : undefined;
}

/** Whether `endpoint` returns users in `data`: there, tweet fields need an expansion to have any effect. */
export function returnsUsers(endpoint: string | undefined): boolean {
  if (endpoint === undefined) return false;
  return (endpointIn(endpoint, '2.166') ?? endpointIn(endpoint, '2.167'))?.returns === 'user';
}
