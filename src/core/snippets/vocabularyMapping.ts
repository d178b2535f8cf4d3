/**
 * Moving a lookup's field lists from one vocabulary to the other, for clients whose typed API knows only one
 * (tweepy speaks 2.166, xdk 2.167). Values with no counterpart are reported, so the snippet can say what it left out.
 */
import { VOCABULARY_FIELDS, type Vocabulary } from '../catalog/vocabulary';
import type { LookupRequest } from '../request/lookupRequest';

/** 2.166 name -> 2.167 name, where 2.167 renamed a value rather than dropping it. */
const RENAMED: Readonly<Record<'userFields' | 'expansions' | 'tweetFields', Readonly<Record<string, string>>>> = {
  userFields: {},
  expansions: { 'affiliation.user_id': 'affiliation', most_recent_tweet_id: 'most_recent_post_id', pinned_tweet_id: 'pinned_post_id' },
  tweetFields: { note_tweet: 'note_post' },
};

export interface Translated {
  readonly request: LookupRequest;
  /** `expansions=foo` for every value the other vocabulary has no name for. */
  readonly dropped: readonly string[];
}

const PARAMS = { userFields: 'user.fields', expansions: 'expansions', tweetFields: 'tweet.fields' } as const;

/** The lookup in vocabulary `to`; unchanged when `from` is `to`. */
export function translateLookup(request: LookupRequest, from: Vocabulary, to: Vocabulary): Translated {
  if (from === to) return { request, dropped: [] };
  const dropped: string[] = [];
  const map = (list: 'userFields' | 'expansions' | 'tweetFields'): readonly string[] | undefined => {
    const values = request[list];
    if (!values) return undefined;
    const renames = from === '2.166' ? RENAMED[list] : Object.fromEntries(Object.entries(RENAMED[list]).map(([a, b]) => [b, a]));
    const out: string[] = [];
    for (const value of values) {
      const name = renames[value] ?? value;
      if (VOCABULARY_FIELDS[to][list].includes(name)) out.push(name);
      else dropped.push(`${list === 'tweetFields' ? VOCABULARY_FIELDS[from].tweetFieldsParam : PARAMS[list]}=${value}`);
    }
    return out;
  };
  return {
    request: { ...request, userFields: map('userFields'), expansions: map('expansions'), tweetFields: map('tweetFields') },
    dropped,
  };
}
