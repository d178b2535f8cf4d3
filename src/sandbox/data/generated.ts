/**
 * What the sandbox answers for any valid id (`^[0-9]{1,19}$`) or username (`^[A-Za-z0-9_]{1,15}$`). Curated records
 * come first (usernames match in any case, as on X). For anything else these documented rules apply, so users can
 * provoke every answer on purpose and get the same answer on every run:
 *
 * Errors
 * - an id ending in `404`, or a username starting with `missing` or `notfound` (any case): not found;
 * - an id ending in `403`, or a username starting with `suspended` (any case): suspended.
 *
 * Generated users (pure functions of the input, no state, no randomness)
 * - By id: the user keeps that id and gets the username `u<id>` when it fits in 15 characters (ids of up to 14
 *   digits), else `u_<id in base 36>` (ids of 15 to 19 digits; at most 13 base-36 digits). Leading zeros are
 *   dropped first, since X reads ids as numbers: `0042` and `42` are the same user, `u42`.
 * - By username: `u<digits>` and `u_<base 36>` (any case) that the rule above produces decode back to that id, so
 *   looking a generated user up by id and then by its username gives the same user.
 * - Any other username gets that username (lower-cased, as stored) and an id taken from an FNV-1a hash of it:
 *   19 digits starting with 1, never ending in 403/404. That id looked up on its own is a different generated user
 *   (`u_...`): a hash cannot be reversed without keeping state.
 * - Ids of 17 to 19 digits are snowflakes, so created_at is read from their timestamp bits; older, sequential ids
 *   get a date between 2007 and 2014. Generated users are public and have no pinned or most recent tweet; one in
 *   five is a verified `blue` subscriber, the rest `none`. Names come from the username's words when it has some.
 */

import { ID_PATTERN, USERNAME_PATTERN } from '../../core/catalog/endpoints';
import type { Json, SandboxCustomProfile, SandboxTweet, SandboxUser, Unavailable } from './model';
import { CURATED_USERS } from './users';
import { CURATED_TWEETS } from './tweets';
import { CURATED_CUSTOM_PROFILES } from './customProfiles';
import { mulberry32 } from '../../core/util/mulberry32';

const USERS_BY_ID = new Map(CURATED_USERS.map((user) => [user.id, user]));
const USERS_BY_USERNAME = new Map(CURATED_USERS.map((user) => [user.username.toLowerCase(), user]));
const TWEETS_BY_ID = new Map(CURATED_TWEETS.map((tweet) => [tweet.id, tweet]));
const PROFILES_BY_ID = new Map(CURATED_CUSTOM_PROFILES.map((profile) => [profile.id, profile]));

const NOT_FOUND: Unavailable = { kind: 'not-found' };
const SUSPENDED: Unavailable = { kind: 'suspended' };

/** The user with this id: curated, an Unavailable by the documented patterns, or generated. */
export function userForId(id: string): SandboxUser | Unavailable {
  // The server validates first; an invalid value cannot name a user.
  if (!ID_PATTERN.test(id)) return NOT_FOUND;
  const canonical = id.replace(/^0+(?=[0-9])/, '');
  const curated = USERS_BY_ID.get(canonical);
  if (curated) return curated;
  if (canonical.endsWith('404')) return NOT_FOUND;
  if (canonical.endsWith('403')) return SUSPENDED;
  return generatedUser(canonical, usernameForId(canonical), false);
}

/** The user with this username (any case): curated, an Unavailable by the documented patterns, or generated. */
export function userForUsername(username: string): SandboxUser | Unavailable {
  if (!USERNAME_PATTERN.test(username)) return NOT_FOUND;
  const lower = username.toLowerCase();
  const curated = USERS_BY_USERNAME.get(lower);
  if (curated) return curated;
  if (lower.startsWith('missing') || lower.startsWith('notfound')) return NOT_FOUND;
  if (lower.startsWith('suspended')) return SUSPENDED;
  const decoded = idForUsername(lower);
  // A curated id keeps its own username, so `u<curated id>` is just another unknown name.
  if (decoded !== undefined && !USERS_BY_ID.has(decoded)) return userForId(decoded);
  return generatedUser(hashedId(lower), lower, true);
}

/** A curated tweet; generated users have none, so every other id is unknown. */
export function tweetForId(id: string): SandboxTweet | undefined {
  return TWEETS_BY_ID.get(id);
}

/** A curated DM custom profile, or undefined. */
export function customProfileForId(id: string): SandboxCustomProfile | undefined {
  return PROFILES_BY_ID.get(id);
}

/** The username a generated user gets for a canonical id (see the rules at the top). */
function usernameForId(id: string): string {
  // BigInt keeps all 19 digits exact; a JS number would round anything above 2^53.
  return id.length <= 14 ? `u${id}` : `u_${BigInt(id).toString(36)}`;
}

/** The canonical id a generated username encodes, or undefined when it is not one `usernameForId` produces. */
function idForUsername(lower: string): string | undefined {
  let id: string | undefined;
  if (/^u[0-9]{1,14}$/.test(lower)) id = lower.slice(1);
  else if (/^u_[0-9a-z]{1,13}$/.test(lower)) {
    let value = 0n;
    for (const digit of lower.slice(2)) value = value * 36n + BigInt(parseInt(digit, 36));
    id = value.toString();
  }
  // Only exact inverses of canonical ids count (no leading zeros, right length), so each generated user has one
  // username: `u007` is a name of its own, not another spelling of `u7`.
  if (id === undefined || !ID_PATTERN.test(id) || /^0[0-9]/.test(id)) return undefined;
  return usernameForId(id) === lower ? id : undefined;
}

/** 32-bit FNV-1a over UTF-16 code units: tiny, pure and the same on every run (node:crypto is not needed). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A 19-digit, snowflake-like id for a username, built digit by digit as a string (never as a number). */
function hashedId(lower: string): string {
  const next = mulberry32(fnv1a(`id:${lower}`));
  let digits = '1';
  while (digits.length < 19) digits += String(next() % 10);
  // Keep the documented error endings for ids people type on purpose, and never shadow a curated user (bumping the
  // last digit settles within a few steps: only two endings and a handful of curated ids can be in the way).
  while (digits.endsWith('403') || digits.endsWith('404') || USERS_BY_ID.has(digits)) {
    digits = `${digits.slice(0, 18)}${(Number(digits[18]) + 1) % 10}`;
  }
  return digits;
}

const TWEPOCH_MS = 1288834974657n;
const LATEST_MS = Date.UTC(2025, 11, 31);

/** The account's creation time: a snowflake's own timestamp, else a stable date from the hash. */
function createdAt(id: string, next: () => number): string {
  if (id.length >= 17) {
    const ms = Number((BigInt(id) >> 22n) + TWEPOCH_MS);
    if (ms <= LATEST_MS) return `${new Date(ms).toISOString().slice(0, 19)}.000Z`;
  }
  const from = Date.UTC(2007, 0, 1) / 1000;
  const to = Date.UTC(2014, 11, 31) / 1000;
  return `${new Date((from + (next() % (to - from))) * 1000).toISOString().slice(0, 19)}.000Z`;
}

const FIRST_NAMES = [
  'Alex', 'Bea', 'Carlos', 'Dana', 'Emeka', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Marco', 'Nia',
  'Oskar', 'Pia', 'Raj', 'Sofia', 'Theo', 'Valentina', 'Wes', 'Ximena', 'Yusuf', 'Zara',
];
const LAST_NAMES = [
  'Abara', 'Becker', 'Costa', 'Dubois', 'Eriksen', 'Fujita', 'Garcia', 'Haddad', 'Ivanova', 'Jensen', 'Kim',
  'Lopez', 'Mensah', 'Novak', 'Okoye', 'Patel', 'Rossi', 'Silva', 'Tanaka', 'Usman', 'Vargas', 'Weber', 'Yilmaz',
];
/** ASCII only, so string offsets are the code-point offsets X uses for entity indices. */
const BIOS = [
  'Building things with the #XAPI. Coffee first.',
  'Photographer, hiker, occasional #OpenSource contributor.',
  'Writes about #TypeScript, bikes and bread.',
  'Here for the news and the rate limits.',
  'Product designer. Thoughts are my own and change often.',
  '',
];
const LOCATIONS = ['Berlin, Germany', 'Austin, TX', 'Sao Paulo, Brazil', 'Tokyo', 'Nairobi, Kenya', 'Toronto', ''];

function generatedUser(id: string, username: string, chosenUsername: boolean): SandboxUser {
  // Seeded by the username, which both lookups of one generated user share, so they agree on every attribute.
  const next = mulberry32(fnv1a(username));
  const pick = <T>(items: readonly T[]): T => items[next() % items.length];
  const description = pick(BIOS);
  const location = pick(LOCATIONS);
  const verified = next() % 5 === 0;
  const followers = Math.floor(2 ** ((next() % 2000) / 100)); // spread over 1 to ~1M, most accounts small
  const user: { [field: string]: Json } = {
    id,
    name: nameFor(chosenUsername ? username : undefined, next),
    username,
    created_at: createdAt(id, next),
    description,
    protected: false,
    verified,
    verified_type: verified ? 'blue' : 'none',
    verified_followers_count: Math.floor(followers / (verified ? 20 : 200)),
    subscription_type: verified ? pick(['Premium', 'PremiumPlus']) : pick(['None', 'None', 'Basic']),
    is_identity_verified: verified && next() % 2 === 0,
    parody: false,
    receives_your_dm: next() % 2 === 0,
    connection_status: [],
    subscription: { subscribes_to_you: false },
    subscribes_to_you: false,
    profile_image_url: `https://pbs.twimg.com/profile_images/${snowflakeLike(next)}/avatar_normal.jpg`,
    public_metrics: {
      followers_count: followers,
      following_count: next() % 2000,
      tweet_count: next() % 40000,
      listed_count: Math.floor(followers / 100),
      like_count: next() % 60000,
      media_count: next() % 3000,
    },
  };
  const hashtags = hashtagEntities(description);
  if (hashtags.length) user.entities = { description: { hashtags } };
  if (location) user.location = location;
  return user as SandboxUser;
}

/** A display name: a chosen username's words when it has some (`jane_doe` → `Jane Doe`), else a picked one. */
function nameFor(username: string | undefined, next: () => number): string {
  const words = (username ?? '').split(/[^a-z]+/i).filter((word) => word.length > 1);
  if (words.length) return words.map((word) => word[0].toUpperCase() + word.slice(1).toLowerCase()).join(' ');
  return `${FIRST_NAMES[next() % FIRST_NAMES.length]} ${LAST_NAMES[next() % LAST_NAMES.length]}`;
}

/** 19 digits for an image path, built as a string. */
function snowflakeLike(next: () => number): string {
  let digits = '1';
  while (digits.length < 19) digits += String(next() % 10);
  return digits;
}

function hashtagEntities(text: string): Json[] {
  return [...text.matchAll(/#([A-Za-z0-9_]+)/g)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    tag: match[1],
  }));
}
