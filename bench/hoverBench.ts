/**
 * Hover latency on a large result document: a ~5 MB pretty-printed `/2/users?ids=` style response (thousands of users
 * with every user field, plus their pinned posts in includes.tweets). The first hover pays for building the
 * JsonIndex; later hovers only locate. Offsets fall on random property keys, the tokens a field-doc hover is for.
 */
import { performance } from 'node:perf_hooks';
import { JsonIndex } from '../src/core/response/jsonIndex';
import { seededRandom } from '../src/core/util/mulberry32';

/** What {@link measureResultHover} reports; times in milliseconds. */
export interface ResultHoverMeasurement {
  /** Build of the index plus one locate, in a process that has not run either before (cold JIT). */
  result_hover_first_ms_5mb: number;
  /** 95th percentile of 10,000 single locates at random key offsets, each timed on its own. */
  result_hover_p95_ms_5mb: number;
  /** UTF-8 size of the generated document. */
  result_bytes: number;
  /** The build part of the first hover. */
  index_build_ms: number;
}

const TARGET_BYTES = 5 * 1024 * 1024;
const LOCATES = 10_000;


const WORDS = ['building', 'the', 'X', 'API', 'developer', 'tools', 'open', 'source', 'café', 'naïve', 'data', 'lookup',
  'news', 'events', 'weekly', 'thread', 'official', 'account', 'of', 'and', 'for', 'with', '🚀', 'résumé', 'music'];

function makeUser(random: () => number, n: number): { user: Record<string, unknown>; tweet: Record<string, unknown> } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const count = (max: number): number => Math.floor(random() * max);
  const sentence = (words: number): string => Array.from({ length: words }, () => pick(WORDS)).join(' ');
  const snowflake = (): string => String(1_000_000_000_000_000_000n + BigInt(Math.floor(random() * 8e17)));
  const id = snowflake();
  const username = `user_${n}_${count(1e6).toString(36)}`;
  const tweetId = snowflake();
  const description = `${sentence(8)} #XAPI "quoted" @XDevelopers\n${sentence(6)} https://t.co/${count(1e9).toString(36)}`;
  const user = {
    id,
    name: `${pick(WORDS)} ${pick(WORDS)} ${n}`,
    username,
    created_at: new Date(1.2e12 + count(5e11)).toISOString(),
    description,
    location: pick(['San Francisco, CA', 'Paris', 'München', 'localhost', '']),
    url: `https://t.co/${count(1e9).toString(36)}`,
    entities: {
      url: { urls: [{ start: 0, end: 23, url: 'https://t.co/abcdefghij', expanded_url: `https://example.com/${username}`, display_url: `example.com/${username}` }] },
      description: {
        urls: [{ start: 80, end: 103, url: 'https://t.co/9hD2TODoey', expanded_url: 'https://docs.x.com/x-api/introduction', display_url: 'docs.x.com/x-api/introduct\u2026' }],
        hashtags: [{ start: 17, end: 22, tag: 'XAPI' }],
        mentions: [{ start: 32, end: 44, username: 'XDevelopers' }],
        cashtags: [{ start: 50, end: 55, tag: 'TWTR' }],
      },
    },
    protected: random() < 0.1,
    verified: random() < 0.5,
    verified_type: pick(['blue', 'business', 'government', 'none']),
    verified_followers_count: count(1e5),
    is_identity_verified: random() < 0.3,
    parody: false,
    subscription_type: pick(['Premium', 'PremiumPlus', 'None']),
    subscription: { subscribes_to_you: random() < 0.1 },
    receives_your_dm: random() < 0.5,
    connection_status: random() < 0.5 ? ['following', 'followed_by'] : [],
    affiliation: { badge_url: 'https://pbs.twimg.com/semantic_core_img/1/badge.png', description: 'X', url: 'https://x.com/X', user_id: ['783214'] },
    public_metrics: {
      followers_count: count(1e7),
      following_count: count(1e4),
      tweet_count: count(1e5),
      listed_count: count(1e4),
      like_count: count(1e5),
      media_count: count(1e4),
    },
    pinned_tweet_id: tweetId,
    most_recent_tweet_id: tweetId,
    profile_image_url: `https://pbs.twimg.com/profile_images/${id}/avatar_normal.jpg`,
    profile_banner_url: `https://pbs.twimg.com/profile_banners/${id}/${count(1e9)}`,
    withheld: { country_codes: ['DE', 'FR'], scope: 'user' },
  };
  const text = `${sentence(14)} https://t.co/${count(1e9).toString(36)}`;
  const tweet = {
    id: tweetId,
    text,
    author_id: id,
    created_at: new Date(1.6e12 + count(1e11)).toISOString(),
    conversation_id: tweetId,
    edit_history_tweet_ids: [tweetId],
    edit_controls: { edits_remaining: count(6), is_edit_eligible: true, editable_until: new Date(1.6e12 + count(1e11)).toISOString() },
    lang: pick(['en', 'fr', 'de', 'ja']),
    source: 'X Web App',
    reply_settings: pick(['everyone', 'following', 'mentionedUsers']),
    possibly_sensitive: false,
    display_text_range: [0, text.length],
    entities: { urls: [{ start: text.length - 23, end: text.length, url: 'https://t.co/kq20TsWoAp', expanded_url: 'https://x.com/XDevelopers', display_url: 'x.com/XDevelopers' }] },
    public_metrics: { retweet_count: count(1e4), reply_count: count(1e3), like_count: count(1e5), quote_count: count(1e3), bookmark_count: count(1e3), impression_count: count(1e7) },
  };
  return { user, tweet };
}

/** A pretty-printed (2-space) users response of about `targetBytes` UTF-8 bytes. */
export function generateUsersResponse(targetBytes: number, seed = 1): string {
  const render = (users: number): string => {
    const random = seededRandom(seed);
    const data: Record<string, unknown>[] = [];
    const tweets: Record<string, unknown>[] = [];
    for (let n = 0; n < users; n++) {
      const { user, tweet } = makeUser(random, n);
      data.push(user);
      tweets.push(tweet);
    }
    const errors = [{ value: '0', detail: 'Could not find user with ids: [0].', title: 'Not Found Error', resource_type: 'user', parameter: 'ids', resource_id: '0', type: 'https://api.twitter.com/2/problems/resource-not-found' }];
    // Split and joined like VS Code's TextDocument.getText(), which joins the document's lines: that gives the flat
    // string a hover provider really gets. JSON.stringify's own result is a rope, and flattening it (~7 ms at 5 MB)
    // would land inside the first timed hover.
    return JSON.stringify({ data, includes: { tweets }, errors }, null, 2).split('\n').join('\n');
  };
  const sample = render(100);
  return render(Math.max(1, Math.round((100 * targetBytes) / Buffer.byteLength(sample))));
}

/** Start and end offsets of every property key token, found up front so the timed loop only locates. */
function keyTokens(text: string): Int32Array {
  const spans: number[] = [];
  const key = /"(?:[^"\\\n]|\\.)*"(?=\s*:)/g;
  for (let match = key.exec(text); match; match = key.exec(text)) spans.push(match.index, match.index + match[0].length);
  return Int32Array.from(spans);
}

/** Times the first hover (index build + locate) and then 10,000 hovers on a ~5 MB result document. */
export function measureResultHover(): ResultHoverMeasurement {
  const text = generateUsersResponse(TARGET_BYTES);
  const keys = keyTokens(text);
  const random = seededRandom(42);
  const keyOffset = (): number => {
    const k = Math.floor(random() * (keys.length / 2)) * 2;
    return keys[k] + Math.floor(random() * (keys[k + 1] - keys[k]));
  };

  let offset = keyOffset();
  const t0 = performance.now();
  const index = JsonIndex.build(text);
  const t1 = performance.now();
  const first = index.locate(offset);
  const t2 = performance.now();
  if (first?.kind !== 'key') throw new Error(`hover bench: no key at offset ${offset}`);

  const samples = new Float64Array(LOCATES);
  for (let s = 0; s < LOCATES; s++) {
    offset = keyOffset();
    const start = performance.now();
    const location = index.locate(offset);
    samples[s] = performance.now() - start;
    // Checked outside the timed span, and it keeps the result alive so the call cannot be optimised away.
    if (location?.kind !== 'key' || location.path.length === 0) throw new Error(`hover bench: no key at offset ${offset}`);
  }
  samples.sort();
  return {
    result_hover_first_ms_5mb: round(t2 - t0),
    result_hover_p95_ms_5mb: round(samples[Math.ceil(0.95 * LOCATES) - 1]),
    result_bytes: Buffer.byteLength(text),
    index_build_ms: round(t1 - t0),
  };
}

function round(ms: number): number {
  return Math.round(ms * 10_000) / 10_000;
}
