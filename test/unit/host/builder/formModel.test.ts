// The builder panel's plain values, in plain Node: formModel.ts needs no editor (lint keeps vscode out of it), so
// these run with the rest of test/unit (the cost estimate is core/catalog/cost's, command arguments are
// core/request/commandArgs'); the panel's round trip with a real webview stays in test/integration.
import { strict as assert } from 'node:assert';
import {
  builderCatalog,
  connectionSummary,
  describeUntrusted,
  fieldDefaults,
} from '../../../../src/host/builder/formModel';
import { ENDPOINT_IDS } from '../../../../src/core/catalog/endpoints';
import { docForParameterValue } from '../../../../src/core/fieldDocs/lookup';
import { VOCABULARY_FIELDS } from '../../../../src/core/catalog/vocabulary';

const DEFAULT_SENTENCE = 'Returned by default.';

describe('builder form model', () => {
  describe('builderCatalog', () => {
    it('describes every endpoint and every enum value of each vocabulary with a one-line plain-text doc', () => {
      for (const vocabulary of ['2.166', '2.167'] as const) {
        const catalog = builderCatalog(vocabulary, DEFAULT_SENTENCE, docForParameterValue);
        assert.equal(catalog.endpoints.length, 7);
        assert.deepEqual(catalog.endpoints.map((spec) => spec.id), ENDPOINT_IDS);
        assert.equal(catalog.tweetFieldsParam, vocabulary === '2.166' ? 'tweet.fields' : 'post.fields');
        assert.deepEqual(catalog.userFields.map((option) => option.value), VOCABULARY_FIELDS[vocabulary].userFields);
        assert.deepEqual(catalog.tweetFields.map((option) => option.value), VOCABULARY_FIELDS[vocabulary].tweetFields);
        assert.deepEqual(catalog.expansions.map((option) => option.value), VOCABULARY_FIELDS[vocabulary].expansions);
        for (const option of [...catalog.userFields, ...catalog.tweetFields, ...catalog.expansions]) {
          assert.ok(option.doc && option.doc.length > 10 && !option.doc.includes('`') && !option.doc.includes('\n'), `${vocabulary} ${option.value} has a one-line doc`);
        }
        assert.equal(catalog.pricePerUserUsd, 0.01);
      }
    });

    it('ends the doc of a field every response carries with the sentence it is given, in the language given', () => {
      const id = (sentence: string) => builderCatalog('2.166', sentence, docForParameterValue).userFields.find((option) => option.value === 'id');
      const created = (sentence: string) => builderCatalog('2.166', sentence, docForParameterValue).userFields.find((option) => option.value === 'created_at');
      assert.ok(id(DEFAULT_SENTENCE)?.doc?.endsWith(' Returned by default.'));
      assert.ok(id('Standardmäßig enthalten.')?.doc?.endsWith(' Standardmäßig enthalten.'), 'a second language gets its own catalogue');
      assert.ok(!created(DEFAULT_SENTENCE)?.doc?.includes(DEFAULT_SENTENCE), 'a field one has to ask for says nothing of the kind');
    });

    it('builds each catalogue once', () => {
      assert.equal(builderCatalog('2.167', DEFAULT_SENTENCE, docForParameterValue), builderCatalog('2.167', DEFAULT_SENTENCE, docForParameterValue));
      assert.notEqual(builderCatalog('2.167', DEFAULT_SENTENCE, docForParameterValue), builderCatalog('2.166', DEFAULT_SENTENCE, docForParameterValue));
    });
  });

  it('summarises the connection with a base URL stripped of anything that could be a credential', () => {
    assert.deepEqual(
      connectionSummary({ sandbox: false, restricted: false, auth: 'bearer', baseUrl: 'https://user:secret@api.x.com/?token=abc#x', vocabulary: '2.166' }),
      { sandbox: false, auth: 'bearer', authLabel: 'app-only Bearer token', baseUrl: 'https://api.x.com', vocabulary: '2.166' },
    );
    assert.equal(
      connectionSummary({ sandbox: true, restricted: false, auth: 'oauth1', baseUrl: 'http://u:p@127.0.0.1:<sandbox port>/?a=b', vocabulary: '2.167' }).baseUrl,
      'http://127.0.0.1:<sandbox port>',
    );
    assert.equal(connectionSummary({ sandbox: false, restricted: true, auth: 'oauth2', baseUrl: 'https://proxy.example/x/api//', vocabulary: '2.166' }).baseUrl, 'https://proxy.example/x/api');
  });

  it('takes the field defaults from the settings', () => {
    assert.deepEqual(
      fieldDefaults({ defaultUserFields: ['created_at'], defaultTweetFields: ['lang'], defaultExpansions: ['pinned_tweet_id'] }),
      { userFields: ['created_at'], tweetFields: ['lang'], expansions: ['pinned_tweet_id'] },
    );
  });

  it('describes a rejected message by its type and size, never its content', () => {
    const secret = 'AAAAAAAAAAAAAAAAAAAAA-secret-token';
    const described = describeUntrusted({ type: 'change', token: secret });
    assert.equal(described, `type "change", ${JSON.stringify({ type: 'change', token: secret }).length} characters`);
    assert.ok(!describeUntrusted({ type: secret.repeat(3) }).includes(secret.repeat(2)), 'a long type is cut');
    assert.equal(describeUntrusted('text'), 'string');
    assert.equal(describeUntrusted(null), 'object');
    const cyclic: Record<string, unknown> = { type: 7 };
    cyclic.self = cyclic;
    assert.equal(describeUntrusted(cyclic), 'type number, 0 characters');
  });
});
