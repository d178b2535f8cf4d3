/**
 * The DM custom profiles the sandbox serves from `/1.1/custom_profiles/:id.json` and `list.json`: the docs' example
 * profile exactly as published, then enough deterministic ones that `list.json` needs several pages even at the
 * largest page size (count=50), so cursors get exercised.
 */

import type { SandboxCustomProfile } from './model';
import { mulberry32 } from '../../core/util/mulberry32';

/** The example of X's `GET custom_profiles/:id` page, byte for byte. */
const SEED_PROFILE: SandboxCustomProfile = {
  id: '100001',
  created_timestamp: '1479767168196',
  name: 'Jon C, Partner Engineer',
  avatar: { media: { url: 'https://pbs.twimg.com/media/Cr7HZpvVYAAYZIX.jpg' } },
};

/** 61 more gives 62 in all: two pages at count=50, four at the default of 20, and a short last page either way. */
const GENERATED_COUNT = 61;

const FIRST_NAMES = [
  'Ana', 'Ben', 'Chloe', 'Dev', 'Elif', 'Femi', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kiran', 'Lea', 'Mateo',
  'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Vik', 'Wen', 'Yara', 'Zoe',
];
const ROLES = [
  'Partner Engineer', 'Support', 'Billing', 'Customer Care', 'Developer Relations', 'Sales', 'Trust and Safety',
  'Account Manager', 'Community', 'Onboarding',
];
/** X media ids in avatar urls are 15 characters of base64url. */
const MEDIA_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * mulberry32: the same n always gives the same profile, on every machine. (A bare LCG would not do: its low bits,
 * which `% length` reads, repeat with a short period, so every avatar id came out as a shift of one string.)
 */
function generatedProfile(n: number): SandboxCustomProfile {
  const next = mulberry32(n);
  let mediaId = 'C';
  while (mediaId.length < 15) mediaId += MEDIA_ID_ALPHABET[next() % MEDIA_ID_ALPHABET.length];
  const first = FIRST_NAMES[next() % FIRST_NAMES.length];
  const initial = String.fromCharCode(65 + (next() % 26));
  const role = ROLES[next() % ROLES.length];
  // Millisecond timestamps stay far below 2^53, so plain number arithmetic is exact here (unlike ids).
  const created = 1479767168196 + n * 7 * 3_600_000 + (next() % 3_600_000);
  return {
    id: String(100001 + n),
    created_timestamp: String(created),
    name: `${first} ${initial}, ${role}`,
    avatar: { media: { url: `https://pbs.twimg.com/media/${mediaId}.jpg` } },
  };
}

/** Every custom profile, oldest (lowest id) first. */
export const CURATED_CUSTOM_PROFILES: readonly SandboxCustomProfile[] = [
  SEED_PROFILE,
  ...Array.from({ length: GENERATED_COUNT }, (_, index) => generatedProfile(index + 1)),
];
