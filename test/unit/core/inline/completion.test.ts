// Completion of enum values in parameter contexts: which enum, which values, what range, what text goes in.
import { strict as assert } from 'node:assert';
import { completionAt, type InlineCompletion } from '../../../../src/core/inline/completion';
import { InlineIndex } from '../../../../src/core/inline/documentIndex';
import type { InlineFamily } from '../../../../src/core/inline/model';
import { VOCABULARY_FIELDS, type Vocabulary } from '../../../../src/core/catalog/vocabulary';

/** Completion at the `|` in `marked` (the marker removed from the text). */
function complete(marked: string, family: InlineFamily, vocabulary: Vocabulary = '2.166'): { text: string; result: InlineCompletion | undefined } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0);
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, result: completionAt(InlineIndex.build(text, family), offset, vocabulary) };
}

function values(result: InlineCompletion | undefined): string[] {
  assert.ok(result, 'a completion');
  return result.items.map((item) => item.value);
}

describe('inline docs: completion', () => {
  it('offers the user.fields enum after `user.fields=`, documented, the listed values left out', () => {
    const { result } = complete("fetch('https://api.x.com/2/users/me?user.fields=created_at,|')", 'js');
    const offered = values(result);
    assert.equal(result!.param, 'user.fields');
    assert.ok(!offered.includes('created_at'));
    assert.ok(offered.includes('description'));
    assert.equal(offered.length, VOCABULARY_FIELDS['2.166'].userFields.length - 1);
    const description = result!.items.find((item) => item.value === 'description')!;
    assert.equal(description.doc?.path, 'description');
    assert.equal(description.insertText, 'description');
  });

  it('replaces the item being typed, not the whole list', () => {
    const { text, result } = complete('GET https://api.x.com/2/users/me?user.fields=created_at,desc|,location', 'http');
    assert.equal(text.slice(result!.replaceStart, result!.replaceEnd), 'desc');
    assert.ok(!values(result).includes('location'));
  });

  it('inside an array element string: the bare value replaces the string content', () => {
    const { text, result } = complete("client.v2.user(id, { 'user.fields': ['created_at', 'pub|'] })", 'js');
    assert.equal(text.slice(result!.replaceStart, result!.replaceEnd), 'pub');
    assert.equal(result!.items.find((item) => item.value === 'public_metrics')?.insertText, 'public_metrics');
  });

  it('between array elements: a quoted value, with a comma after a previous element', () => {
    const { result } = complete("client.v2.user(id, { 'user.fields': ['created_at' |] })", 'js');
    assert.equal(result!.items.find((item) => item.value === 'location')?.insertText, ", 'location'");
    const first = complete('import tweepy\nc.get_user(id=1, user_fields=[|])', 'python');
    assert.equal(first.result!.items.find((item) => item.value === 'location')?.insertText, "'location'");
  });

  it('expansions follow the setting; tweet.fields and post.fields name their enum', () => {
    assert.deepEqual(values(complete('GET https://api.x.com/2/users/me?expansions=|', 'http', '2.166').result), [...VOCABULARY_FIELDS['2.166'].expansions]);
    assert.deepEqual(values(complete('GET https://api.x.com/2/users/me?expansions=|', 'http', '2.167').result), [...VOCABULARY_FIELDS['2.167'].expansions]);
    const tweet = complete('GET https://api.x.com/2/tweets/1?tweet.fields=|', 'http', '2.167').result;
    assert.equal(tweet!.vocabulary, '2.166');
    assert.ok(values(tweet).includes('author_id'));
    const post = complete('GET https://api.x.com/2/tweets/1?post.fields=|', 'http', '2.166').result;
    assert.equal(post!.vocabulary, '2.167');
    assert.ok(values(post).includes('article_title'));
    assert.ok(!values(post).includes('author_id'));
  });

  it('tweepy and xdk spellings', () => {
    assert.ok(values(complete('import tweepy\nc.get_me(tweet_fields="lang,|")', 'python').result).includes('geo'));
    assert.ok(values(complete("import { Client } from '@xdevplatform/xdk';\nc.users.getMe({ postFields: [\"|\"] })", 'js').result).includes('note_post'));
  });

  it('nothing outside the values: on the key, after the context, in unrelated code', () => {
    assert.equal(complete("client.v2.user(id, { 'user.f|ields': ['created_at'] })", 'js').result, undefined);
    assert.equal(complete("client.v2.user(id, { 'user.fields': ['created_at'] }|)", 'js').result, undefined);
    assert.equal(complete("db.find({ fields: ['|'] })", 'js').result, undefined);
    assert.equal(complete("import { Client } from '@xdevplatform/xdk';\nc.users.getMe({ expansions: EXPANSIONS| })", 'js').result, undefined);
  });

  describe('edits keep the list well formed', () => {
    function accept(marked: string, family: InlineFamily, value: string): string {
      const { text, result } = complete(marked, family);
      const item = result!.items.find((i) => i.value === value);
      assert.ok(item, value);
      return text.slice(0, result!.replaceStart) + item.insertText + text.slice(result!.replaceEnd);
    }

    it('after a comma in a comma string: inserted before the next value, never over it', () => {
      assert.equal(accept("client.v2.user(id, { 'user.fields': 'created_at,|description' })", 'js', 'location'),
        "client.v2.user(id, { 'user.fields': 'created_at,location,description' })");
      assert.equal(accept('GET https://api.x.com/2/users/me?user.fields=created_at,|description', 'http', 'location'),
        'GET https://api.x.com/2/users/me?user.fields=created_at,location,description');
      assert.equal(accept("client.v2.user(id, { 'user.fields': 'created_at, |description' })", 'js', 'location'),
        "client.v2.user(id, { 'user.fields': 'created_at, location, description' })");
    });

    it('between quoted array elements: the separator that is missing on either side', () => {
      assert.equal(accept('client.v2.user(id, { "user.fields": ["profile_image_url", |"created_at"] })', 'js', 'location'),
        'client.v2.user(id, { "user.fields": ["profile_image_url", "location", "created_at"] })');
      assert.equal(accept('import tweepy\nc.get_user(id=1, user_fields=[|"created_at"])', 'python', 'location'),
        'import tweepy\nc.get_user(id=1, user_fields=["location", "created_at"])');
      assert.equal(accept("client.v2.user(id, { 'user.fields': ['|created_at'] })", 'js', 'location'),
        "client.v2.user(id, { 'user.fields': ['location', 'created_at'] })");
    });

    it('a known endpoint offers its own enum: tweet expansions on a timeline, not the user lookup\'s', () => {
      const offered = values(complete("import { TwitterApi } from 'twitter-api-v2';\nclient.v2.userTimeline(id, { expansions: ['|'] })", 'js').result);
      assert.ok(offered.includes('author_id') && offered.includes('attachments.media_keys'));
      assert.ok(!offered.includes('pinned_tweet_id'));
    });
  });
});
