import { strict as assert } from 'node:assert';
import { VOCABULARY_FIELDS } from '../../../src/core/catalog/vocabulary';
import { CURATED_CUSTOM_PROFILES } from '../../../src/sandbox/data/customProfiles';
import { customProfileForId, tweetForId, userForId, userForUsername } from '../../../src/sandbox/data/generated';
import type { Json, SandboxTweet, SandboxUser, Unavailable } from '../../../src/sandbox/data/model';
import { CURATED_TWEETS } from '../../../src/sandbox/data/tweets';
import { CURATED_USERS, SANDBOX_ME_ID } from '../../../src/sandbox/data/users';

type JsonObject = { readonly [key: string]: Json };

const ID = /^[0-9]{1,19}$/;
const USERNAME = /^[A-Za-z0-9_]{1,15}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/;
/** Keys whose values are snowflake ids (or arrays of them) wherever they occur in a record. */
const ID_KEYS = new Set([
  'id', 'author_id', 'conversation_id', 'in_reply_to_user_id', 'pinned_tweet_id', 'most_recent_tweet_id', 'user_id',
  'community_id', 'note_id', 'suggestion_id', 'edit_history_tweet_ids', 'poll_ids', 'media_source_tweet_id',
]);

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: Json | undefined): JsonObject {
  assert.ok(isObject(value), `expected an object, got ${JSON.stringify(value)}`);
  return value;
}

function list(value: Json | undefined): readonly Json[] {
  return Array.isArray(value) ? value : [];
}

function isUser(answer: SandboxUser | Unavailable): answer is SandboxUser {
  return 'id' in answer;
}

function user(answer: SandboxUser | Unavailable): SandboxUser {
  assert.ok(isUser(answer), `expected a user, got ${JSON.stringify(answer)}`);
  return answer;
}

/** Every key path in a value, with array elements as `[]`: `entities.description.urls[].start`. */
function paths(value: Json, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) paths(item, `${prefix}[]`, out);
  else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.add(path);
      paths(inner, path, out);
    }
  }
  return out;
}

/** Visits every key/value pair, however deeply nested. */
function walk(value: Json, visit: (key: string, inner: Json) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      visit(key, inner);
      walk(inner, visit);
    }
  }
}

/** Checks every entity of one FullTextEntities-like object against the text its indices point into. */
function assertEntities(text: string, entities: Json | undefined, where: string): number {
  if (entities === undefined) return 0;
  const kinds = asObject(entities);
  let checked = 0;
  const span = (entity: JsonObject): string => {
    assert.equal(typeof entity.start, 'number', where);
    assert.equal(typeof entity.end, 'number', where);
    const start = entity.start as number;
    const end = entity.end as number;
    assert.ok(start >= 0 && start < end && end <= [...text].length, `${where}: ${start}..${end} outside the text`);
    checked++;
    return [...text].slice(start, end).join('');
  };
  for (const entity of list(kinds.urls).map(asObject)) assert.equal(span(entity), entity.url, `${where} url`);
  for (const entity of list(kinds.hashtags).map(asObject)) assert.equal(span(entity), `#${String(entity.tag)}`, `${where} hashtag`);
  for (const entity of list(kinds.cashtags).map(asObject)) assert.equal(span(entity), `$${String(entity.tag)}`, `${where} cashtag`);
  for (const entity of list(kinds.mentions).map(asObject)) {
    assert.equal(span(entity), `@${String(entity.username)}`, `${where} mention`);
  }
  // Annotations are the one kind with an inclusive end index.
  for (const entity of list(kinds.annotations).map(asObject)) {
    const inclusive = { ...entity, end: (entity.end as number) + 1 };
    assert.equal(span(inclusive), entity.normalized_text, `${where} annotation`);
    assert.ok((entity.probability as number) >= 0 && (entity.probability as number) <= 1, `${where} probability`);
  }
  return checked;
}

function assertIdsAreStrings(record: Json, where: string): void {
  walk(record, (key, value) => {
    if (!ID_KEYS.has(key)) return;
    const ids = Array.isArray(value) ? value : [value];
    assert.ok(ids.length > 0, `${where}.${key} is empty`);
    for (const id of ids) assert.ok(typeof id === 'string' && ID.test(id), `${where}.${key}: ${JSON.stringify(id)}`);
  });
}

describe('sandbox data', () => {
  describe('curated users', () => {
    it('carry every 2.166 user field between them', () => {
      const present = new Set(CURATED_USERS.flatMap((u) => Object.keys(u)));
      const missing = VOCABULARY_FIELDS['2.166'].userFields.filter((field) => !present.has(field));
      assert.deepEqual(missing, []);
    });

    it('carry every nested property of the User schema', () => {
      const present = new Set<string>();
      for (const u of CURATED_USERS) for (const path of paths(u)) present.add(path);
      const expected = [
        'affiliation.badge_url', 'affiliation.description', 'affiliation.url', 'affiliation.user_id',
        'entities.url.urls[].start', 'entities.url.urls[].end', 'entities.url.urls[].url',
        'entities.url.urls[].expanded_url', 'entities.url.urls[].display_url',
        'entities.description.urls[].url', 'entities.description.hashtags[].tag',
        'entities.description.mentions[].username', 'entities.description.cashtags[].tag',
        'public_metrics.followers_count', 'public_metrics.following_count', 'public_metrics.tweet_count',
        'public_metrics.listed_count', 'public_metrics.like_count', 'public_metrics.media_count',
        'withheld.country_codes', 'withheld.scope', 'subscription.subscribes_to_you',
      ];
      assert.deepEqual(expected.filter((path) => !present.has(path)), []);
    });

    it('cover every enum value of verified_type, subscription_type and connection_status', () => {
      const values = (field: string): Set<Json> => new Set(CURATED_USERS.flatMap((u) => (u[field] === undefined ? [] : [u[field]])));
      assert.deepEqual([...values('verified_type')].sort(), ['blue', 'business', 'government', 'none']);
      assert.deepEqual([...values('subscription_type')].sort(), ['Basic', 'None', 'Premium', 'PremiumPlus']);
      const statuses = new Set(CURATED_USERS.flatMap((u) => list(u.connection_status)));
      assert.deepEqual([...statuses].sort(), [
        'blocking', 'follow_request_received', 'follow_request_sent', 'followed_by', 'following', 'muting',
      ]);
    });

    it('include the docs example, a protected user and a withheld user', () => {
      const example = user(userForId('2244994945'));
      assert.equal(example.username, 'XDevelopers');
      assert.equal(example.name, 'Developers');
      assert.equal(example.created_at, '2013-12-14T04:35:55.000Z');
      assert.ok(CURATED_USERS.some((u) => u.protected === true));
      const withheld = CURATED_USERS.map((u) => u.withheld).filter(isObject);
      assert.ok(withheld.some((w) => w.scope === 'user' && list(w.country_codes).length > 0));
    });

    it('keep values within the schema types and patterns', () => {
      const usernames = new Set<string>();
      for (const u of CURATED_USERS) {
        assertIdsAreStrings(u, u.username);
        assert.match(u.username, USERNAME);
        assert.ok(!usernames.has(u.username.toLowerCase()), `duplicate username ${u.username}`);
        usernames.add(u.username.toLowerCase());
        assert.match(String(u.created_at), ISO_TIME);
        assert.equal(u.verified, u.verified_type !== 'none', `${u.username}: verified agrees with verified_type`);
        for (const code of list(asObject(u.withheld ?? {}).country_codes)) assert.match(String(code), /^[A-Z]{2}$/);
        const metrics = asObject(u.public_metrics);
        for (const value of Object.values(metrics)) assert.ok(Number.isInteger(value) && (value as number) >= 0);
        for (const field of ['protected', 'verified', 'parody', 'is_identity_verified', 'receives_your_dm']) {
          assert.equal(typeof u[field], 'boolean', `${u.username}.${field}`);
        }
        assert.equal(typeof u.verified_followers_count, 'number');
        for (const field of ['profile_image_url', 'profile_banner_url']) {
          if (u[field] !== undefined) assert.match(String(u[field]), /^https:\/\/pbs\.twimg\.com\//);
        }
      }
    });

    it('have entity indices that match the description and url', () => {
      let checked = 0;
      for (const u of CURATED_USERS) {
        const entities = isObject(u.entities) ? u.entities : {};
        checked += assertEntities(String(u.description ?? ''), entities.description, `${u.username}.description`);
        checked += assertEntities(String(u.url ?? ''), entities.url, `${u.username}.url`);
        if (u.url !== undefined) assert.ok(isObject(entities.url), `${u.username} has a url but no entities.url`);
      }
      assert.ok(checked >= 20, `only ${checked} entities checked`);
    });

    it('point pinned and most recent ids at curated tweets by the same author', () => {
      let checked = 0;
      for (const u of CURATED_USERS) {
        for (const field of ['pinned_tweet_id', 'most_recent_tweet_id']) {
          if (u[field] === undefined) continue;
          const tweet = tweetForId(String(u[field]));
          assert.ok(tweet, `${u.username}.${field} does not resolve`);
          assert.equal(tweet.author_id, u.id, `${u.username}.${field} has another author`);
          checked++;
        }
      }
      assert.ok(checked >= 8);
    });

    it('point affiliation.user_id at curated users', () => {
      const affiliated = CURATED_USERS.filter((u) => u.affiliation !== undefined);
      assert.ok(affiliated.length > 0);
      for (const u of affiliated) {
        for (const id of list(asObject(u.affiliation).user_id)) {
          const target = userForId(String(id));
          assert.ok(isUser(target) && CURATED_USERS.includes(target), `${u.username} affiliation ${String(id)}`);
          assert.notEqual(target.id, u.id);
        }
      }
    });

    it('give the sandbox user, and only it, a confirmed email', () => {
      const me = user(userForId(SANDBOX_ME_ID));
      assert.ok(CURATED_USERS.includes(me));
      assert.match(String(me.confirmed_email), /^[^@\s]+@[^@\s]+$/);
      assert.deepEqual(CURATED_USERS.filter((u) => u.confirmed_email !== undefined), [me]);
    });

    it('never collide with the documented error patterns', () => {
      for (const u of CURATED_USERS) {
        assert.ok(!/40[34]$/.test(u.id), u.id);
        assert.ok(!/^(missing|notfound|suspended)/i.test(u.username), u.username);
        assert.equal(userForUsername(u.username.toUpperCase()), u, 'usernames match in any case');
      }
    });
  });

  describe('curated tweets', () => {
    it('carry every 2.166 tweet field between them', () => {
      const present = new Set(CURATED_TWEETS.flatMap((t) => Object.keys(t)));
      const missing = VOCABULARY_FIELDS['2.166'].tweetFields.filter((field) => !present.has(field));
      assert.deepEqual(missing, []);
    });

    it('carry the nested properties of the Tweet schema', () => {
      const present = new Set<string>();
      for (const t of CURATED_TWEETS) for (const path of paths(t)) present.add(path);
      const expected = [
        'attachments.media_keys', 'attachments.poll_ids', 'attachments.media_source_tweet_id',
        'edit_controls.edits_remaining', 'edit_controls.is_edit_eligible', 'edit_controls.editable_until',
        'entities.urls[].url', 'entities.urls[].unwound_url', 'entities.urls[].images[].url', 'entities.urls[].status',
        'entities.urls[].title', 'entities.urls[].description', 'entities.urls[].media_key',
        'entities.hashtags[].tag', 'entities.mentions[].username', 'entities.mentions[].id', 'entities.cashtags[].tag',
        'entities.annotations[].normalized_text', 'entities.annotations[].probability', 'entities.annotations[].type',
        'geo.coordinates.type', 'geo.coordinates.coordinates', 'geo.place_id',
        'public_metrics.retweet_count', 'public_metrics.reply_count', 'public_metrics.like_count',
        'public_metrics.quote_count', 'public_metrics.bookmark_count', 'public_metrics.impression_count',
        'non_public_metrics.impression_count', 'organic_metrics.impression_count', 'promoted_metrics.impression_count',
        'note_tweet.text', 'note_tweet.entities.urls', 'withheld.copyright', 'withheld.country_codes', 'withheld.scope',
        'context_annotations[].domain.id', 'context_annotations[].entity.id', 'scopes.followers',
        'matched_media_notes.match_status', 'matched_media_notes.note_id', 'note_request_suggestions.source_link',
        'note_request_suggestions.suggestion', 'note_request_suggestions.suggestion_id',
        'suggested_source_links_with_counts.count', 'suggested_source_links_with_counts.url', 'media_metadata[].alt_text',
        'referenced_tweets[].type', 'referenced_tweets[].id',
      ];
      assert.deepEqual(expected.filter((path) => !present.has(path)), []);
    });

    it('keep values within the schema types, enums and patterns', () => {
      const replySettings = new Set<Json>();
      for (const t of CURATED_TWEETS) {
        assertIdsAreStrings(t, t.id);
        assert.match(String(t.created_at), ISO_TIME);
        assert.equal(t.edit_history_tweet_ids[t.edit_history_tweet_ids.length - 1], t.id, 'the newest edit is the tweet');
        const controls = asObject(t.edit_controls);
        assert.match(String(controls.editable_until), ISO_TIME);
        assert.equal(typeof controls.is_edit_eligible, 'boolean');
        assert.ok(Number.isInteger(controls.edits_remaining));
        assert.ok(['everyone', 'mentionedUsers', 'following', 'other', 'subscribers', 'verified'].includes(String(t.reply_settings)));
        replySettings.add(t.reply_settings);
        for (const ref of list(t.referenced_tweets).map(asObject)) {
          assert.ok(['retweeted', 'quoted', 'replied_to'].includes(String(ref.type)));
        }
        for (const key of list(asObject(t.attachments ?? {}).media_keys)) assert.match(String(key), /^[0-9]+_[0-9]+$/);
        const range = list(t.display_text_range);
        assert.equal(range.length, 2);
        assert.ok((range[0] as number) < (range[1] as number) && (range[1] as number) <= t.text.length);
        if (t.withheld !== undefined) assert.ok(['tweet', 'user'].includes(String(asObject(t.withheld).scope)));
      }
      assert.equal(replySettings.size, 6, 'every reply_settings value appears');
    });

    it('have entity indices that match the text', () => {
      let checked = 0;
      for (const t of CURATED_TWEETS) {
        checked += assertEntities(t.text, t.entities, `${t.id}.entities`);
        if (isObject(t.note_tweet)) {
          checked += assertEntities(String(t.note_tweet.text), t.note_tweet.entities, `${t.id}.note_tweet`);
        }
        if (isObject(t.note_request_suggestions)) {
          const suggestion = t.note_request_suggestions;
          checked += assertEntities(String(suggestion.suggestion), { urls: [suggestion.source_link] }, `${t.id}.suggestion`);
        }
        // These links stand alone, so their indices cover the link itself.
        for (const link of list(t.suggested_source_links).map(asObject)) {
          checked += assertEntities(String(link.url), { urls: [link] }, `${t.id}.suggested_source_links`);
        }
      }
      assert.ok(checked >= 30, `only ${checked} entities checked`);
    });

    it('refer only to curated users and tweets', () => {
      for (const t of CURATED_TWEETS) {
        assert.ok(isUser(userForId(String(t.author_id))), `${t.id} author`);
        if (t.in_reply_to_user_id !== undefined) assert.ok(isUser(userForId(String(t.in_reply_to_user_id))));
        for (const ref of list(t.referenced_tweets).map(asObject)) assert.ok(tweetForId(String(ref.id)), `${t.id} -> ${String(ref.id)}`);
        for (const id of list(asObject(t.attachments ?? {}).media_source_tweet_id)) assert.ok(tweetForId(String(id)));
      }
      const ids = CURATED_TWEETS.map((t) => t.id);
      assert.equal(new Set(ids).size, ids.length, 'tweet ids are unique');
    });

    it('are exactly the tweets the curated users point at', () => {
      const pointed = new Set(CURATED_USERS.flatMap((u) => [u.pinned_tweet_id, u.most_recent_tweet_id]));
      assert.deepEqual(CURATED_TWEETS.filter((t) => !pointed.has(t.id)).map((t) => t.id), []);
    });

    it('have snowflake ids whose timestamp is created_at, like the invented user ids', () => {
      const snowflakeTime = (id: string): string => {
        const ms = Number((BigInt(id) >> 22n) + 1288834974657n);
        return `${new Date(ms).toISOString().slice(0, 19)}.000Z`;
      };
      for (const t of CURATED_TWEETS) assert.equal(snowflakeTime(t.id), t.created_at, t.id);
      for (const u of CURATED_USERS.filter((c) => c.id.length >= 17)) assert.equal(snowflakeTime(u.id), u.created_at, u.username);
    });
  });

  describe('custom profiles', () => {
    it('start with the docs example, exactly', () => {
      assert.deepEqual(customProfileForId('100001'), {
        id: '100001',
        created_timestamp: '1479767168196',
        name: 'Jon C, Partner Engineer',
        avatar: { media: { url: 'https://pbs.twimg.com/media/Cr7HZpvVYAAYZIX.jpg' } },
      });
    });

    it('need more than one page at the largest count, with unique string ids', () => {
      assert.ok(CURATED_CUSTOM_PROFILES.length > 50 && CURATED_CUSTOM_PROFILES.length % 50 !== 0);
      const ids = CURATED_CUSTOM_PROFILES.map((p) => p.id);
      assert.equal(new Set(ids).size, ids.length);
      for (const p of CURATED_CUSTOM_PROFILES) {
        assert.match(p.id, ID);
        assert.match(p.created_timestamp, /^[0-9]{13}$/);
        assert.match(p.avatar.media.url, /^https:\/\/pbs\.twimg\.com\/media\/[A-Za-z0-9_-]{15}\.jpg$/);
        assert.equal(customProfileForId(p.id), p);
      }
      assert.equal(customProfileForId('999999'), undefined);
    });
  });

  describe('generated answers', () => {
    it('follow the documented error patterns', () => {
      assert.deepEqual(userForId('1234404'), { kind: 'not-found' });
      assert.deepEqual(userForId('404'), { kind: 'not-found' });
      assert.deepEqual(userForId('98765403'), { kind: 'suspended' });
      for (const name of ['missing', 'missing_user', 'MissingAlice', 'notfound', 'NotFound42']) {
        assert.deepEqual(userForUsername(name), { kind: 'not-found' }, name);
      }
      for (const name of ['suspended', 'Suspended_Bob', 'SUSPENDEDx']) {
        assert.deepEqual(userForUsername(name), { kind: 'suspended' }, name);
      }
      assert.deepEqual(userForUsername('u12404'), { kind: 'not-found' }, 'a username that encodes a 404 id');
    });

    it('are deterministic', () => {
      for (const id of ['1', '12', '2244994944', '1234567890123456789']) assert.deepEqual(userForId(id), userForId(id));
      for (const name of ['jane_doe', 'a', 'Z9_', 'u_abc']) assert.deepEqual(userForUsername(name), userForUsername(name));
      assert.deepEqual(userForUsername('Jane_Doe'), userForUsername('jane_doe'), 'usernames match in any case');
    });

    it('round-trip id -> username -> id', () => {
      const ids = ['0', '7', '12', '2244994944', '12345678901234', '123456789012345', '1234567890123456789', '9999999999999999999'];
      for (let n = 1; n < 200; n++) ids.push(String(n * 7919 * 104729));
      for (const id of ids) {
        if (/40[34]$/.test(id)) continue;
        const byId = user(userForId(id));
        assert.equal(byId.id, id);
        assert.match(byId.username, USERNAME);
        assert.deepEqual(userForUsername(byId.username), byId, `${id} -> ${byId.username}`);
        assert.deepEqual(userForUsername(byId.username.toUpperCase()), byId);
      }
    });

    it('keep 19-digit ids exact', () => {
      const big = user(userForId('1234567890123456789'));
      assert.equal(big.id, '1234567890123456789');
      assert.equal(big.username, `u_${BigInt('1234567890123456789').toString(36)}`);
      // Snowflake ids carry their creation time: (id >> 22) + Twitter's epoch.
      const ms = Number((BigInt('1234567890123456789') >> 22n) + 1288834974657n);
      assert.equal(big.created_at, `${new Date(ms).toISOString().slice(0, 19)}.000Z`);
      assert.equal(user(userForId('9223372036854775807')).id, '9223372036854775807');
    });

    it('treat leading zeros as the same id', () => {
      assert.deepEqual(userForId('0042'), userForId('42'));
      assert.equal(user(userForId('0000000000000000042')).id, '42');
      assert.equal(userForId('0002244994945'), userForId('2244994945'));
      assert.deepEqual(userForId('12345678901234567890'), { kind: 'not-found' }, 'twenty digits is not an id');
    });

    it('give other usernames a hashed 19-digit id', () => {
      for (const name of ['jane_doe', 'TestUser', 'u007', 'u2244994945', 'q', '___']) {
        const u = user(userForUsername(name));
        assert.equal(u.username, name.toLowerCase());
        assert.match(u.id, /^1[0-9]{18}$/);
        assert.ok(!/40[34]$/.test(u.id));
        assert.ok(!CURATED_USERS.some((c) => c.id === u.id));
      }
      assert.equal(user(userForUsername('jane_doe')).name, 'Jane Doe');
    });

    it('produce schema-valid users with correct entities', () => {
      for (let n = 0; n < 300; n++) {
        const id = String(1000 + n * 37);
        if (/40[34]$/.test(id)) continue;
        const u = n % 2 ? user(userForId(id)) : user(userForUsername(`person_${n}`));
        assertIdsAreStrings(u, u.username);
        assert.match(String(u.created_at), ISO_TIME);
        assert.ok(['blue', 'none'].includes(String(u.verified_type)));
        assert.ok(['Basic', 'Premium', 'PremiumPlus', 'None'].includes(String(u.subscription_type)));
        assert.equal(u.pinned_tweet_id, undefined);
        for (const value of Object.values(asObject(u.public_metrics))) assert.ok(Number.isInteger(value) && (value as number) >= 0);
        assertEntities(String(u.description), isObject(u.entities) ? u.entities.description : undefined, u.username);
      }
    });

    it('know only curated tweets', () => {
      assert.equal(tweetForId('1234567890123456789'), undefined);
      for (const t of CURATED_TWEETS) assert.equal(tweetForId(t.id), t as SandboxTweet);
    });
  });
});
