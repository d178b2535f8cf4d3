/**
 * The sandbox's stored records. Users and tweets are kept with every field filled in, named as in spec 2.166
 * (`pinned_tweet_id`, `public_metrics.tweet_count`, ...); the server selects the requested fields and renames them
 * for a 2.167 (`post.fields`) request. Ids are strings, as on the wire.
 */

/** A JSON value as it appears in a response body. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** A full User object: every 2.166 user field that applies to this user, keyed by its field name. */
export type SandboxUser = { readonly id: string; readonly name: string; readonly username: string } & {
  readonly [field: string]: Json;
};

/** A full Tweet object: every 2.166 tweet field that applies, keyed by its field name. */
export type SandboxTweet = { readonly id: string; readonly text: string; readonly edit_history_tweet_ids: readonly string[] } & {
  readonly [field: string]: Json;
};

/** A v1.1 Direct Message custom profile, exactly as `custom_profiles/:id.json` returns it. */
export interface SandboxCustomProfile {
  readonly id: string;
  readonly created_timestamp: string;
  readonly name: string;
  readonly avatar: { readonly media: { readonly url: string } };
}

/** Why a valid id or username has no user: X answers these as partial errors in a 200. */
export type Unavailable =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'suspended' };
