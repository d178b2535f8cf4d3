import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FieldDoc, FieldDocTable } from '../../../../src/core/fieldDocs/types';
import type { DocObject } from '../../../../src/core/fieldDocs/types';
import {
  DOC_OBJECTS,
  fieldDocTable,
  docForFieldName,
  docForParameterValue,
  docForResponsePath,
  formatFieldDocMarkdown,
} from '../../../../src/core/fieldDocs/lookup';
import type { Vocabulary } from '../../../../src/core/catalog/vocabulary';
import { VOCABULARIES, VOCABULARY_FIELDS } from '../../../../src/core/catalog/vocabulary';
import { API_PARAMETER_VALUES, API_VOCABULARY_VERSIONS } from '../../../../src/core/catalog/apiVocabulary';
import { projectRoot } from '../../../../tools/workbench/projectFiles';

/** The slice of an OpenAPI document the walks below read. */
interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly items?: Schema;
  readonly allOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
}

interface Spec {
  readonly components: { readonly schemas: Readonly<Record<string, Schema>> };
}

/** The spec extracts are copied into test/fixtures so the suite runs from a bare clone. */
function fixtureDir(): string {
  return path.join(projectRoot, 'test', 'fixtures', 'openapi');
}

function loadSpec(version: Vocabulary): Spec {
  const file = path.join(fixtureDir(), `x-api-v2-user-lookup.openapi-${version}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Spec;
}

const SPECS: Readonly<Record<Vocabulary, Spec>> = { '2.166': loadSpec('2.166'), '2.167': loadSpec('2.167') };

/** Every property path under `schema`, arrays written `[]`, following $ref, allOf, oneOf and anyOf. */
function propertyPaths(spec: Spec, schema: Schema, prefix = '', seen: readonly string[] = []): string[] {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1);
    const target = spec.components.schemas[name];
    if (target === undefined || seen.includes(name)) return [];
    return propertyPaths(spec, target, prefix, [...seen, name]);
  }
  const paths: string[] = [];
  for (const sub of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    paths.push(...propertyPaths(spec, sub, prefix, seen));
  }
  if (schema.items !== undefined) paths.push(...propertyPaths(spec, schema.items, `${prefix}[]`, seen));
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    const child = prefix === '' ? name : `${prefix}.${name}`;
    paths.push(child, ...propertyPaths(spec, sub, child, seen));
  }
  return [...new Set(paths)];
}

function schemaPaths(version: Vocabulary, name: string): string[] {
  const spec = SPECS[version];
  const schema = spec.components.schemas[name];
  assert.ok(schema, `${version} has no ${name} schema`);
  return propertyPaths(spec, schema);
}

/** Every `description` string anywhere in a JSON value. */
function descriptionsIn(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) descriptionsIn(item, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, member] of Object.entries(value)) {
      if (key === 'description' && typeof member === 'string') out.add(member.trim().toLowerCase());
      else descriptionsIn(member, out);
    }
  }
  return out;
}

/** Which table and key a response path should resolve to. */
type DocPathOf = readonly [DocObject, string];

const canonical = (p: string): string => p.replace(/\[\d*\]/g, '');
const ALL_TABLES: readonly (readonly [string, FieldDocTable])[] = DOC_OBJECTS.map((object) => [object, fieldDocTable(object)]);
const ALL_DOCS: readonly FieldDoc[] = ALL_TABLES.flatMap(([, table]) => [...table.values()]);

describe('fieldDocs', () => {
  describe('parameter values', () => {
    for (const version of VOCABULARIES) {
      const fields = VOCABULARY_FIELDS[version];

      it(`documents every user.fields value of ${version}`, () => {
        for (const value of fields.userFields) {
          const doc = docForParameterValue('user.fields', value);
          assert.ok(doc, `user.fields=${value}`);
          assert.equal(doc.path, value);
          assert.ok(doc.vocabulary === undefined || doc.vocabulary === version, `user.fields=${value} vocabulary`);
        }
      });

      it(`documents every ${fields.tweetFieldsParam} value of ${version}`, () => {
        for (const value of fields.tweetFields) {
          const doc = docForParameterValue(fields.tweetFieldsParam, value);
          assert.ok(doc, `${fields.tweetFieldsParam}=${value}`);
          assert.equal(doc.path, value);
          assert.ok(doc.vocabulary === undefined || doc.vocabulary === version, `${value} vocabulary`);
        }
      });

      it(`documents every expansions value of ${version} as what lands in includes`, () => {
        for (const value of fields.expansions) {
          const doc = docForParameterValue('expansions', value);
          assert.ok(doc, `expansions=${value}`);
          assert.match(doc.path, /^includes\.(users|tweets|posts)$/);
          assert.equal(doc.requestedBy, `expansions=${value}`);
          assert.ok(doc.vocabulary === undefined || doc.vocabulary === version, `${value} vocabulary`);
        }
      });
    }

    it('refuses values of the other vocabulary and unknown values', () => {
      assert.equal(docForParameterValue('post.fields', 'note_tweet'), undefined);
      assert.equal(docForParameterValue('tweet.fields', 'note_post'), undefined);
      assert.equal(docForParameterValue('tweet.fields', 'article_title'), undefined);
      assert.equal(docForParameterValue('post.fields', 'edit_history_tweet_ids'), undefined);
      assert.equal(docForParameterValue('post.fields', 'referenced_tweets'), undefined);
      assert.equal(docForParameterValue('user.fields', 'public_metrics.followers_count'), undefined);
      assert.equal(docForParameterValue('user.fields', 'nope'), undefined);
      assert.equal(docForParameterValue('expansions', 'geo_place_id'), undefined);
    });

    it('names only real enum values in requestedBy', () => {
      // The whole v2 vocabulary (the user-lookup one is a part of it): media, Spaces, lists... docs name values too.
      const enums = new Set<string>();
      for (const version of API_VOCABULARY_VERSIONS) {
        for (const [param, values] of Object.entries(API_PARAMETER_VALUES[version])) {
          for (const value of values) enums.add(`${param}=${value}`);
        }
      }
      for (const version of VOCABULARIES) {
        for (const value of VOCABULARY_FIELDS[version].userFields) assert.ok(enums.has(`user.fields=${value}`), value);
      }
      for (const doc of ALL_DOCS) {
        if (doc.requestedBy === undefined) continue;
        assert.match(doc.requestedBy, /^(default|[a-z_.]+=[a-z_.]+( or [a-z_.]+=[a-z_.]+)*)$/, doc.path);
        if (doc.requestedBy === 'default') continue;
        for (const token of doc.requestedBy.split(' or ')) assert.ok(enums.has(token), `${doc.path}: ${token}`);
      }
    });
  });

  describe('schema coverage', () => {
    const cases: readonly (readonly [Vocabulary, string, 'user' | 'tweet'])[] = [
      ['2.166', 'User', 'user'],
      ['2.167', 'User', 'user'],
      ['2.166', 'Tweet', 'tweet'],
      ['2.167', 'Post', 'tweet'],
    ];
    for (const [version, schema, object] of cases) {
      it(`documents every property path of the ${version} ${schema} schema`, () => {
        const paths = schemaPaths(version, schema);
        assert.ok(paths.length > 40, `${schema} walk found only ${paths.length} paths`);
        const missing = paths.filter((p) => docForFieldName(object, p) === undefined);
        assert.deepEqual(missing, []);
      });

      it(`marks no ${version} ${schema} field as belonging only to the other vocabulary`, () => {
        const wrong = schemaPaths(version, schema)
          .map((p) => docForFieldName(object, p))
          .filter((doc): doc is FieldDoc => doc !== undefined && doc.vocabulary !== undefined)
          .filter((doc) => doc.vocabulary !== version)
          .map((doc) => doc.path);
        assert.deepEqual(wrong, []);
      });
    }

    it('documents every member of every problem schema', () => {
      const problemSchemas = Object.keys(SPECS['2.167'].components.schemas).filter((name) => name.endsWith('Problem'));
      assert.ok(problemSchemas.length >= 9);
      const members = new Set<string>(schemaPaths('2.166', 'Problem'));
      for (const name of problemSchemas) for (const p of schemaPaths('2.167', name)) members.add(p);
      // Members CONTRACTS.md lists for the kinds the 2.166 extract only names in its discriminator.
      for (const extra of ['reason', 'registration_url', 'period', 'scope', 'errors', 'errors[].message',
        'errors[].parameters', 'client_id', 'required_enrollment']) members.add(extra);
      const missing = [...members].filter((p) => !fieldDocTable('problem').has(p));
      assert.deepEqual(missing, []);
    });

    it('documents the v1.1 error entry', () => {
      for (const version of VOCABULARIES) {
        for (const p of schemaPaths(version, 'Error')) assert.ok(fieldDocTable('v1Error').has(p), p);
      }
    });

    it('documents the custom profile and the envelope', () => {
      for (const p of ['id', 'created_timestamp', 'name', 'avatar', 'avatar.media', 'avatar.media.url']) {
        assert.ok(fieldDocTable('customProfile').has(p), p);
      }
      for (const p of ['data', 'includes', 'includes.users', 'includes.tweets', 'includes.posts', 'errors',
        'custom_profile', 'custom_profiles', 'next_cursor']) {
        assert.ok(fieldDocTable('envelope').has(p), p);
      }
    });
  });

  describe('tables', () => {
    for (const [name, table] of ALL_TABLES) {
      it(`${name}: keys are paths, unique once array markers are dropped, and every parent is documented`, () => {
        const seen = new Set<string>();
        for (const [key, doc] of table) {
          if (name === 'expansion') continue;
          assert.equal(key, doc.path);
          const c = canonical(key);
          assert.ok(!seen.has(c), `two docs for ${c}`);
          seen.add(c);
        }
        if (name === 'expansion' || name === 'envelope') return;
        for (const c of seen) {
          const dot = c.lastIndexOf('.');
          if (dot > 0) assert.ok(seen.has(c.slice(0, dot)), `${name}: ${c} has no parent doc`);
        }
      });
    }

    it('gives every doc a type, a short description and a parseable example', () => {
      for (const doc of ALL_DOCS) {
        assert.ok(doc.type.length > 0, doc.path);
        assert.ok(doc.description.length >= 15 && doc.description.length <= 400, `${doc.path}: description length`);
        if (doc.example !== undefined) assert.doesNotThrow(() => JSON.parse(doc.example ?? ''), doc.path);
      }
    });

    it('lets nested fields inherit requestedBy and vocabulary from their parent', () => {
      assert.equal(fieldDocTable('user').get('public_metrics.followers_count')?.requestedBy, 'user.fields=public_metrics');
      assert.equal(fieldDocTable('user').get('public_metrics.tweet_count')?.vocabulary, '2.166');
      assert.equal(fieldDocTable('tweet').get('note_post.entities.urls[].url')?.vocabulary, '2.167');
      assert.equal(fieldDocTable('tweet').get('note_post.entities.urls[].url')?.requestedBy, 'post.fields=note_post');
      assert.equal(fieldDocTable('tweet').get('entities.annotations[].type')?.vocabulary, '2.166');
      assert.equal(fieldDocTable('tweet').get('public_metrics.like_count')?.vocabulary, undefined);
    });

    it('is written in our own words, not the spec\'s', () => {
      const specText = new Set<string>();
      for (const version of VOCABULARIES) descriptionsIn(SPECS[version], specText);
      const copied: string[] = [];
      for (const doc of ALL_DOCS) {
        const ours = doc.description.toLowerCase();
        for (const theirs of specText) {
          if (ours === theirs || (theirs.length >= 25 && ours.includes(theirs))) copied.push(`${doc.path}: ${theirs}`);
        }
      }
      assert.deepEqual(copied, []);
    });
  });

  describe('docForFieldName', () => {
    it('accepts paths with or without array markers', () => {
      assert.equal(docForFieldName('user', 'public_metrics.followers_count')?.path, 'public_metrics.followers_count');
      assert.equal(docForFieldName('user', 'entities.url.urls[].expanded_url')?.path,
        'entities.url.urls[].expanded_url');
      assert.equal(docForFieldName('user', 'entities.url.urls.expanded_url')?.path, 'entities.url.urls[].expanded_url');
      assert.equal(docForFieldName('tweet', 'edit_controls.edits_remaining')?.type, 'integer');
      assert.equal(docForFieldName('tweet', 'public_metrics.followers_count'), undefined);
      assert.equal(docForFieldName('user', ''), undefined);
    });
  });

  describe('docForResponsePath', () => {
    const cases: readonly (readonly [readonly (string | number)[], DocPathOf])[] = [
      [['data', 'public_metrics', 'followers_count'], ['user', 'public_metrics.followers_count']],
      [['data', 3, 'entities', 'url', 'urls', 0, 'expanded_url'], ['user', 'entities.url.urls[].expanded_url']],
      [['includes', 'tweets', 0, 'edit_controls', 'edits_remaining'], ['tweet', 'edit_controls.edits_remaining']],
      [['includes', 'posts', 0, 'public_metrics', 'like_count'], ['tweet', 'public_metrics.like_count']],
      [['includes', 'users', 1, 'withheld', 'country_codes'], ['user', 'withheld.country_codes']],
      [['errors', 0, 'resource_id'], ['problem', 'resource_id']],
      [['custom_profile', 'avatar', 'media', 'url'], ['customProfile', 'avatar.media.url']],
      [['custom_profiles', 2, 'created_timestamp'], ['customProfile', 'created_timestamp']],
      [['data'], ['envelope', 'data']],
      [['includes'], ['envelope', 'includes']],
      [['errors', 0, 'errors', 0, 'message'], ['problem', 'errors[].message']],
      [['data', 'withheld', 'country_codes', 0], ['user', 'withheld.country_codes']],
      [['data', 0], ['envelope', 'data']],
      [['includes', 'posts', 0, 'public_metrics', 'repost_count'], ['tweet', 'public_metrics.repost_count']],
      [['includes', 'tweets', 0, 'referenced_tweets', 0, 'type'], ['tweet', 'referenced_tweets[].type']],
      [['includes', 'tweets', 0, 'matched_media_notes', 'note_id'], ['tweet', 'matched_media_notes.note_id']],
      [['includes', 'posts', 0, 'matched_media_notes', 0, 'note_id'], ['tweet', 'matched_media_notes.note_id']],
      [['includes', 'tweets', 0, 'article', 'title'], ['tweet', 'article']],
      [['errors', 0, 'code'], ['v1Error', 'code']],
      [['errors', 0, 'message'], ['v1Error', 'message']],
      [['errors', 0, 'parameters', 'ids', 0], ['problem', 'errors[].parameters']],
      [['title'], ['problem', 'title']],
      [['status'], ['problem', 'status']],
      [['next_cursor'], ['envelope', 'next_cursor']],
    ];
    for (const [responsePath, [object, docPath]] of cases) {
      it(`${JSON.stringify(responsePath)} -> ${object} ${docPath}`, () => {
        const expected = fieldDocTable(object).get(docPath);
        assert.ok(expected, `no ${object} doc ${docPath}`);
        assert.equal(docForResponsePath(responsePath), expected);
      });
    }

    it('answers undefined for what it does not know', () => {
      assert.equal(docForResponsePath(['data', 'nonexistent_field']), undefined);
      assert.equal(docForResponsePath(['data', 'public_metrics', 'followers_count', 'deeper']), undefined);
      assert.equal(docForResponsePath(['includes', 'unknown_member']), undefined);
      assert.equal(docForResponsePath([]), undefined);
      assert.equal(docForResponsePath([0]), undefined);
    });

    it('stays cheap on long and repeated lookups', () => {
      const deep = ['includes', 'tweets', 12, 'note_tweet', 'entities', 'urls', 4, 'images', 1, 'width'];
      const started = process.hrtime.bigint();
      for (let i = 0; i < 100_000; i++) docForResponsePath(deep);
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(docForResponsePath(deep));
      // Generous bound: a trie walk does this in a few ms; string building per call would be far slower on CI too.
      assert.ok(elapsedMs < 1000, `100k lookups took ${elapsedMs} ms`);
    });
  });

  describe('formatFieldDocMarkdown', () => {
    it('renders path, type, description, how to request it and the example', () => {
      const doc = fieldDocTable('user').get('public_metrics.followers_count');
      assert.ok(doc);
      const md = formatFieldDocMarkdown(doc);
      assert.ok(md.startsWith('**public_metrics.followers_count** `integer`'), md);
      assert.ok(md.includes(doc.description));
      assert.ok(md.includes('Requested with `user.fields=public_metrics`'), md);
      assert.ok(md.includes('```json\n1250\n```'), md);
    });

    it('says when a field is a default, lists alternatives and marks the vocabulary', () => {
      const id = fieldDocTable('user').get('id');
      assert.ok(id);
      assert.ok(formatFieldDocMarkdown(id).includes('Returned by default.'));
      const pinned = fieldDocTable('user').get('pinned_tweet_id');
      assert.ok(pinned);
      const md = formatFieldDocMarkdown(pinned);
      assert.ok(md.includes('Requested with `user.fields=pinned_tweet_id` or `expansions=pinned_tweet_id`'), md);
      assert.ok(md.includes('Only in the 2.166 vocabulary.'), md);
    });

    it('leaves out what a doc does not have', () => {
      const doc = fieldDocTable('envelope').get('includes');
      assert.ok(doc);
      const md = formatFieldDocMarkdown(doc);
      assert.ok(!md.includes('Requested with') && !md.includes('```'), md);
    });
  });

  it('keeps one doc per expansions value: every value of the whole v2 API, and nothing else', () => {
    const values = new Set(API_VOCABULARY_VERSIONS.flatMap((version) => API_PARAMETER_VALUES[version].expansions ?? []));
    assert.deepEqual([...fieldDocTable('expansion').keys()].sort(), [...values].sort());
  });
});
