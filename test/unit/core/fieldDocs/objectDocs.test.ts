// The objects integrations read besides users: media, polls, places, Spaces, lists, DM events, topics, communities.
// Every `<object>.fields` value of the whole v2 vocabulary has a doc; objects are told apart by their keys, so a tweet
// lookup's `data[].created_at` is documented as a post's and a bare user object as a user; and the tables cost
// nothing until the first lookup (checked in a fresh process, since other test files build them at their load).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { API_PARAMETER_VALUES, API_VOCABULARY_VERSIONS } from '../../../../src/core/catalog/apiVocabulary';
import {
  classifyObject,
  docForObjectField,
  docForParameterValue,
  docForResponsePath,
  fieldDocTable,
  objectAtResponsePath,
  OBJECT_FIELDS_PARAMS,
} from '../../../../src/core/fieldDocs/lookup';
import type { ObjectFieldsParameter } from '../../../../src/core/fieldDocs/lookup';
import { projectRoot } from '../../../../tools/workbench/projectFiles';
import type { ApiDocObject } from '../../../../src/core/fieldDocs/types';
import { JsonIndex } from '../../../../src/core/response/jsonIndex';
import { isUserIdPath, resultHoverMarkdown } from '../../../../src/core/response/hoverMarkdown';

// Small objects in the shapes X sends (written for these tests; ids are made up).
const TWEET = {
  id: '1460323737035677698', text: 'Introducing a new era for the API', author_id: '2244994945',
  created_at: '2021-11-15T19:08:05.000Z', edit_history_tweet_ids: ['1460323737035677698'],
};
const POST_2167 = { id: '1460323737035677698', text: 'hello', edit_history_post_ids: ['1460323737035677698'] };
const USER = { id: '2244994945', name: 'X Developers', username: 'XDevelopers', created_at: '2013-12-14T04:35:55.000Z' };
const PHOTO = { media_key: '3_1365362339449561088', type: 'photo', url: 'https://pbs.twimg.com/media/a.jpg' };
const VIDEO = {
  media_key: '7_1', type: 'video', duration_ms: 46947, preview_image_url: 'https://pbs.twimg.com/p.jpg',
  variants: [{ bit_rate: 832000, content_type: 'video/mp4', url: 'https://video.twimg.com/v.mp4' }],
  public_metrics: { view_count: 10 },
};
const POLL = {
  id: '1199786642468413448', voting_status: 'closed',
  options: [{ position: 1, label: 'Yes', votes: 2 }, { position: 2, label: 'No', votes: 1 }],
};
const PLACE = { id: '01a9a39529b27f36', full_name: 'Manhattan, NY', country_code: 'US', place_type: 'city' };
const SPACE = { id: '1DXxyRYNejbKM', state: 'live', host_ids: ['2244994945'], title: 'Office hours' };
const LIST = { id: '1146654567674912769', name: 'Developer friends', owner_id: '2244994945', member_count: 3 };
const DM = { id: '1582838535831461892', event_type: 'MessageCreate', text: 'hi', dm_conversation_id: '1-2', sender_id: '1' };
const COMMUNITY = { id: '1471580197908586507', name: 'API builders', join_policy: 'Open', access: 'Public' };

const keys = (value: object): string[] => Object.keys(value);

/** The hover context a result document gives: the keys of the object at each prefix, from a real JsonIndex. */
function indexed(body: unknown): { index: JsonIndex; keysAt: (prefix: readonly (string | number)[]) => readonly string[] | undefined } {
  const index = JsonIndex.build(JSON.stringify(body, null, 2));
  return { index, keysAt: (prefix) => index.keysAt(prefix) };
}

describe('fieldDocs: the objects beyond users and posts', () => {
  describe('every <object>.fields value of the whole vocabulary', () => {
    const objects: readonly ApiDocObject[] = ['media', 'poll', 'place', 'space', 'list', 'dmEvent', 'topic', 'community'];
    for (const version of API_VOCABULARY_VERSIONS) {
      for (const object of objects) {
        for (const param of OBJECT_FIELDS_PARAMS[object]) {
          it(`${version} ${param}: each value has a top-level doc naming that value or the default`, () => {
            const values = API_PARAMETER_VALUES[version][param];
            assert.ok(values !== undefined && values.length >= 3, `${param} missing from the ${version} vocabulary`);
            for (const value of values) {
              const doc = docForParameterValue(param, value);
              assert.ok(doc, `${param}=${value}`);
              assert.equal(doc.path, value);
              assert.ok(doc.type.length > 0 && doc.description.length >= 15, `${param}=${value}`);
              assert.ok(doc.requestedBy === 'default' || doc.requestedBy?.split(' or ').includes(`${param}=${value}`),
                `${param}=${value}: ${doc.requestedBy}`);
              assert.equal(docForObjectField(object, value), doc);
            }
          });
        }
      }
      it(`${version}: user.fields and the tweet fields parameter are covered over the whole API too`, () => {
        const tweetParam: ObjectFieldsParameter = version === '2.166' ? 'tweet.fields' : 'post.fields';
        for (const param of ['user.fields', tweetParam] as const) {
          for (const value of API_PARAMETER_VALUES[version][param] ?? []) {
            assert.ok(docForParameterValue(param, value), `${version} ${param}=${value}`);
          }
        }
      });
    }

    it('does not answer a value under another object\'s parameter', () => {
      assert.equal(docForParameterValue('media.fields', 'voting_status'), undefined);
      assert.equal(docForParameterValue('poll.fields', 'url'), undefined);
      assert.equal(docForParameterValue('list.fields', 'nope'), undefined);
    });
  });

  describe('docForObjectField', () => {
    it('resolves nested members with or without array markers, inheriting how they are requested', () => {
      assert.equal(docForObjectField('media', 'variants[].bit_rate')?.requestedBy, 'media.fields=variants');
      assert.equal(docForObjectField('media', 'variants.content_type')?.path, 'variants[].content_type');
      assert.equal(docForObjectField('poll', 'options[].votes')?.requestedBy, 'default');
      assert.equal(docForObjectField('place', 'geo.bbox')?.requestedBy, 'place.fields=geo');
      assert.equal(docForObjectField('dmEvent', 'entities.urls[].expanded_url')?.requestedBy, 'dm_event.fields=entities');
      assert.equal(docForObjectField('tweet', 'author_id')?.requestedBy, 'tweet.fields=author_id');
      assert.equal(docForObjectField('user', 'author_id'), undefined);
      assert.equal(docForObjectField('media', 'text'), undefined);
    });

    it('keeps each table well formed: unique paths, every parent documented', () => {
      for (const object of ['media', 'poll', 'place', 'space', 'list', 'dmEvent', 'topic', 'community'] as const) {
        const seen = new Set([...fieldDocTable(object).keys()].map((p) => p.replace(/\[\]/g, '')));
        assert.equal(seen.size, fieldDocTable(object).size, object);
        for (const p of seen) {
          const dot = p.lastIndexOf('.');
          if (dot > 0) assert.ok(seen.has(p.slice(0, dot)), `${object}: ${p} has no parent doc`);
        }
      }
    });
  });

  describe('classifyObject', () => {
    const cases: readonly (readonly [string, object, ApiDocObject | undefined])[] = [
      ['a 2.166 tweet', TWEET, 'tweet'],
      ['a 2.167 post', POST_2167, 'tweet'],
      ['a tweet with only its defaults', { id: '1', text: 'x', edit_history_tweet_ids: ['1'] }, 'tweet'],
      ['a user', USER, 'user'],
      ['a user with its pinned tweet id', { id: '1', name: 'a', pinned_tweet_id: '2' }, 'user'],
      ['a photo', PHOTO, 'media'],
      ['a video', VIDEO, 'media'],
      ['media with its defaults only', { media_key: '3_1', type: 'photo' }, 'media'],
      ['a poll', POLL, 'poll'],
      ['a place', PLACE, 'place'],
      ['a Space', SPACE, 'space'],
      ['a Space with its defaults only', { id: '1DXxyRYNejbKM', state: 'ended' }, 'space'],
      ['a list', LIST, 'list'],
      ['a DM message (it has text, like a post)', DM, 'dmEvent'],
      ['a DM join event', { id: '1', event_type: 'ParticipantsJoin', participant_ids: ['2'] }, 'dmEvent'],
      ['a community', COMMUNITY, 'community'],
      ['{id, name}: a list, a topic or a community', { id: '1', name: 'x' }, undefined],
      ['a problem', { title: 'Not Found Error', type: 'https://api.twitter.com/2/problems/x', detail: 'd' }, undefined],
      ['a package.json', { name: 'x', version: '1.0.0', dependencies: {} }, undefined],
      ['an empty object', {}, undefined],
    ];
    for (const [name, object, expected] of cases) {
      it(`${name} -> ${expected ?? 'undefined'}`, () => assert.equal(classifyObject(keys(object)), expected));
    }
  });

  describe('docForResponsePath with the document\'s keys', () => {
    it('a tweet lookup\'s data[].created_at is the post\'s doc, not the user\'s', () => {
      const { keysAt } = indexed({ data: [TWEET, { ...TWEET, id: '2' }] });
      const doc = docForResponsePath(['data', 1, 'created_at'], { keysAt });
      assert.equal(doc, docForObjectField('tweet', 'created_at'));
      assert.notEqual(doc, docForObjectField('user', 'created_at'));
      assert.equal(docForResponsePath(['data', 0, 'author_id'], { keysAt }), docForObjectField('tweet', 'author_id'));
      // Without the keys `data` stays a user, as before.
      assert.equal(docForResponsePath(['data', 1, 'created_at']), docForObjectField('user', 'created_at'));
      assert.equal(docForResponsePath(['data', 0, 'author_id']), undefined);
    });

    it('a user lookup\'s data stays a user with its keys', () => {
      const { keysAt } = indexed({ data: USER });
      assert.equal(docForResponsePath(['data', 'created_at'], { keysAt }), docForObjectField('user', 'created_at'));
    });

    it('the request can say what data is, ahead of the keys', () => {
      const doc = docForResponsePath(['data', 0, 'name'], { dataObject: 'list' });
      assert.equal(doc, docForObjectField('list', 'name'));
    });

    it('Spaces, lists and DM events in data', () => {
      for (const [object, sample, field] of [['space', SPACE, 'host_ids'], ['list', LIST, 'owner_id'],
        ['dmEvent', DM, 'dm_conversation_id']] as const) {
        const { keysAt } = indexed({ data: [sample], meta: { result_count: 1 } });
        assert.equal(docForResponsePath(['data', 0, field], { keysAt }), docForObjectField(object, field), object);
      }
    });

    it('includes.media[].url, includes.polls, includes.places, includes.users and includes.tweets', () => {
      assert.equal(docForResponsePath(['includes', 'media', 0, 'url']), docForObjectField('media', 'url'));
      assert.equal(docForResponsePath(['includes', 'media', 2, 'variants', 1, 'bit_rate']),
        docForObjectField('media', 'variants[].bit_rate'));
      assert.equal(docForResponsePath(['includes', 'polls', 0, 'options', 0, 'label']), docForObjectField('poll', 'options[].label'));
      assert.equal(docForResponsePath(['includes', 'places', 0, 'full_name']), docForObjectField('place', 'full_name'));
      assert.equal(docForResponsePath(['includes', 'users', 0, 'username']), docForObjectField('user', 'username'));
      assert.equal(docForResponsePath(['includes', 'tweets', 0, 'author_id']), docForObjectField('tweet', 'author_id'));
      assert.equal(docForResponsePath(['includes', 'media'])?.requestedBy, 'expansions=attachments.media_keys');
      const { keysAt } = indexed({ data: [TWEET], includes: { media: [PHOTO] } });
      assert.equal(docForResponsePath(['includes', 'media', 0, 'url'], { keysAt }), docForObjectField('media', 'url'));
      assert.equal(docForResponsePath(['meta', 'next_token'], { keysAt })?.path, 'meta.next_token');
    });

    it('a bare user object, a bare tweet and a bare media object are documented by their keys', () => {
      const user = indexed(USER);
      assert.equal(docForResponsePath(['created_at'], user), docForObjectField('user', 'created_at'));
      assert.equal(docForResponsePath(['username'], user), docForObjectField('user', 'username'));
      const tweet = indexed(TWEET);
      assert.equal(docForResponsePath(['created_at'], tweet), docForObjectField('tweet', 'created_at'));
      assert.equal(docForResponsePath(['edit_history_tweet_ids', 0], tweet), docForObjectField('tweet', 'edit_history_tweet_ids'));
      const video = indexed(VIDEO);
      assert.equal(docForResponsePath(['variants', 0, 'url'], video), docForObjectField('media', 'variants[].url'));
      // A bare problem is still read through the envelope (its members are documented at the top).
      const problem = indexed({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
      assert.equal(docForResponsePath(['title'], problem), docForObjectField('problem', 'title'));
    });

    it('objectAtResponsePath says where the object starts', () => {
      const { keysAt } = indexed({ data: [TWEET] });
      assert.deepEqual(objectAtResponsePath(['data', 0, 'public_metrics', 'like_count'], { keysAt }), { object: 'tweet', start: 2 });
      assert.deepEqual(objectAtResponsePath(['includes', 'polls', 0, 'id']), { object: 'poll', start: 3 });
      assert.equal(objectAtResponsePath(['data']), undefined);
      assert.equal(objectAtResponsePath(['errors', 0, 'title']), undefined);
    });
  });

  describe('result hovers', () => {
    const context = { lookUpCommand: 'xapi.lookUp' };

    it('document a tweet lookup\'s created_at as the post\'s and offer no user look-up for a post id', () => {
      const { index, keysAt } = indexed({ data: [TWEET] });
      const text = JSON.stringify({ data: [TWEET] }, null, 2);
      const created = index.locate(text.indexOf('"created_at"') + 2);
      assert.ok(created);
      const markdown = resultHoverMarkdown(created, { ...context, keysAt }) ?? '';
      assert.ok(markdown.includes(docForObjectField('tweet', 'created_at')?.description ?? '?'), markdown);
      assert.ok(!markdown.includes('When the account was registered'), markdown);
      assert.equal(isUserIdPath(['data', 0, 'id'], { keysAt }), false);
      assert.equal(isUserIdPath(['data', 0, 'author_id'], { keysAt }), true);
      const user = indexed({ data: USER });
      assert.equal(isUserIdPath(['data', 'id'], user), true);
    });
  });

  it('builds no table at load: the first lookup does', function () {
    this.timeout(20_000);
    const compiled = path.join(projectRoot, 'out', 'src', 'core', 'fieldDocs', 'lookup.js');
    const script = `
      const started = process.hrtime.bigint();
      const m = require(${JSON.stringify(compiled)});
      const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
      const before = m.fieldDocBuildCount();
      const doc = m.docForResponsePath(['includes', 'media', 0, 'url']);
      process.stdout.write(JSON.stringify({ before, after: m.fieldDocBuildCount(), path: doc && doc.path, loadMs }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as {
      before: number; after: number; path: string; loadMs: number;
    };
    assert.equal(out.before, 0);
    assert.ok(out.after > 0, 'the first lookup built nothing?');
    assert.equal(out.path, 'url');
  });
});
