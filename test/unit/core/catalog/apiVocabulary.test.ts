import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ApiEndpointVocabulary, ApiVocabularyVersion } from '../../../../src/core/catalog/apiVocabulary';
import {
  API_ENDPOINTS,
  API_EXPANSION_INCLUDES,
  API_PARAMETER_VALUES,
  API_VOCABULARY_CHANGES_2167,
  API_VOCABULARY_VERSIONS,
} from '../../../../src/core/catalog/apiVocabulary';
import { VOCABULARY_FIELDS } from '../../../../src/core/catalog/vocabulary';
import { projectRoot } from '../../../../tools/workbench/projectFiles';

// The same place the generator looks by default: X's specs sit in the shared reference folder next to the clone.
const REFERENCE_DIR = path.resolve(projectRoot, '..', 'shared', 'reference');
const SPEC_DIR = path.join(REFERENCE_DIR, 'openapi');
const MODULE_FILE = path.join(projectRoot, 'src', 'core', 'catalog', 'apiVocabulary.ts');
const GENERATOR = path.join(projectRoot, 'scripts', 'generateApiVocabulary.mjs');

/** The slice of an OpenAPI document the independent walk below reads. */
interface Node {
  readonly $ref?: string;
  readonly name?: string;
  readonly in?: string;
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly items?: Node;
  readonly schema?: Node;
}

interface Operation {
  readonly parameters?: readonly Node[];
}

interface Spec {
  readonly info: { readonly version: string };
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
}

function specFile(version: ApiVocabularyVersion): string {
  return path.join(SPEC_DIR, `x-api-v2-full.openapi-${version}.json`);
}

const specsPresent = API_VOCABULARY_VERSIONS.every((version) => fs.existsSync(specFile(version)));

function loadSpec(version: ApiVocabularyVersion): Spec {
  return JSON.parse(fs.readFileSync(specFile(version), 'utf8')) as Spec;
}

function resolveRef(spec: Spec, node: Node | undefined): Node | undefined {
  let current = node;
  while (current?.$ref !== undefined) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], spec) as Node | undefined;
  }
  return current;
}

function endpoint(version: ApiVocabularyVersion, key: string): ApiEndpointVocabulary {
  const found = API_ENDPOINTS[version][key];
  assert.ok(found, `${version} has no endpoint ${key}`);
  return found;
}

describe('API vocabulary (generated from the full specs)', () => {
  describe('against the specs', function () {
    let specs: Readonly<Record<ApiVocabularyVersion, Spec>>;

    before(function () {
      if (!specsPresent) {
        console.log(`    (skipped: X's full specs are not at ${SPEC_DIR}; the generated module is checked without them)`);
        this.skip();
      }
      specs = { '2.166': loadSpec('2.166'), '2.167': loadSpec('2.167') };
    });

    it('is exactly what the generator writes from the specs now', function () {
      this.timeout(30_000);
      const run = spawnSync(process.execPath, [GENERATOR, '--stdout', '--specs', SPEC_DIR], {
        cwd: projectRoot,
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      });
      assert.equal(run.status, 0, run.stderr);
      const committed = fs.readFileSync(MODULE_FILE, 'utf8');
      // One message instead of a megabyte-long diff: the fix is always the same command.
      assert.ok(run.stdout === committed, 'src/core/catalog/apiVocabulary.ts is stale: run npm run generate:vocabulary');
    });

    it('has one entry per operation of each spec, with the paths each spec declares', () => {
      const expectedPaths: Readonly<Record<ApiVocabularyVersion, number>> = { '2.166': 141, '2.167': 149 };
      for (const version of API_VOCABULARY_VERSIONS) {
        const spec = specs[version];
        assert.equal(spec.info.version, version);
        assert.equal(Object.keys(spec.paths).length, expectedPaths[version]);
        const keys = Object.entries(spec.paths).flatMap(([specPath, item]) =>
          Object.keys(item)
            .filter((method) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
            .map((method) => `${method.toUpperCase()} ${specPath.replace(/\{([^}]+)\}/g, ':$1')}`),
        );
        assert.deepEqual(Object.keys(API_ENDPOINTS[version]).sort(), keys.sort(), version);
        const modulePaths = new Set(Object.values(API_ENDPOINTS[version]).map((entry) => entry.path));
        assert.equal(modulePaths.size, expectedPaths[version], version);
      }
    });

    it('holds every enumerated fields and expansions parameter with exactly the spec\'s values', () => {
      for (const version of API_VOCABULARY_VERSIONS) {
        const spec = specs[version];
        let checked = 0;
        for (const [specPath, item] of Object.entries(spec.paths)) {
          for (const [method, operation] of Object.entries(item)) {
            if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
            const entry = endpoint(version, `${method.toUpperCase()} ${specPath.replace(/\{([^}]+)\}/g, ':$1')}`);
            for (const raw of operation.parameters ?? []) {
              const param = resolveRef(spec, raw);
              if (param?.in !== 'query' || param.name === undefined) continue;
              if (param.name !== 'expansions' && !param.name.endsWith('.fields')) continue;
              const schema = resolveRef(spec, param.schema);
              const values = (schema?.type === 'array' ? resolveRef(spec, schema.items) : schema)?.enum;
              const stored = param.name === 'expansions' ? entry.expansions : entry.fields?.[param.name];
              if (values === undefined) {
                assert.ok(entry.unenumerated?.includes(param.name), `${version} ${specPath} ${param.name}`);
                continue;
              }
              assert.deepEqual(stored, [...new Set(values)].sort(), `${version} ${method} ${specPath} ${param.name}`);
              checked++;
            }
          }
        }
        // Nor does the module hold any parameter the spec lacks.
        const stored = Object.values(API_ENDPOINTS[version])
          .reduce((sum, e) => sum + Object.keys(e.fields ?? {}).length + (e.expansions ? 1 : 0), 0);
        assert.equal(stored, checked, version);
        assert.ok(checked > 250, `${version}: only ${checked} parameters checked`);
      }
    });

    it('gives the user lookup the exact user.fields enum of the user-lookup extract', () => {
      for (const version of API_VOCABULARY_VERSIONS) {
        const extract = JSON.parse(
          fs.readFileSync(path.join(REFERENCE_DIR, `x-api-v2-user-lookup.openapi-${version}.json`), 'utf8'),
        ) as Spec;
        const param = (extract.paths['/2/users/{id}']!.get!.parameters ?? [])
          .map((raw) => resolveRef(extract, raw))
          .find((p) => p?.name === 'user.fields');
        const schema = resolveRef(extract, param?.schema);
        const values = resolveRef(extract, schema?.items)?.enum;
        assert.ok(values, `${version} extract has a user.fields enum`);
        const userFields = endpoint(version, 'GET /2/users/:id').fields?.['user.fields'];
        assert.deepEqual(userFields, [...values].sort(), version);
        assert.ok(userFields?.includes('created_at'));
      }
    });
  });

  describe('the data', () => {
    it('matches the hand-kept user lookup vocabulary the request builder sends', () => {
      for (const version of API_VOCABULARY_VERSIONS) {
        const lookup = endpoint(version, 'GET /2/users/:id');
        const fields = VOCABULARY_FIELDS[version];
        assert.deepEqual(lookup.fields?.['user.fields'], [...fields.userFields].sort(), version);
        assert.deepEqual(lookup.fields?.[fields.tweetFieldsParam], [...fields.tweetFields].sort(), version);
        assert.deepEqual(lookup.expansions, [...fields.expansions].sort(), version);
      }
    });

    it('knows the expansions of endpoints beyond the user lookups', () => {
      const v = '2.166';
      assert.ok(endpoint(v, 'GET /2/users/:id/bookmarks').expansions?.includes('author_id'));
      assert.ok(endpoint(v, 'GET /2/users/:id/tweets').expansions?.includes('attachments.media_keys'));
      assert.ok(endpoint(v, 'GET /2/users/:id/liked_tweets').expansions?.includes('referenced_tweets.id'));
      assert.ok(!endpoint(v, 'GET /2/users/:id').expansions?.includes('author_id'), 'a user has no author');
      const list = endpoint(v, 'GET /2/lists/:id');
      assert.equal(list.returns, 'list');
      assert.ok(list.fields?.['list.fields']?.includes('owner_id'));
      assert.deepEqual(list.expansions, ['owner_id']);
      const timeline = endpoint(v, 'GET /2/users/:id/tweets');
      for (const param of ['tweet.fields', 'media.fields', 'poll.fields', 'place.fields', 'user.fields']) {
        assert.ok(timeline.fields?.[param], `timeline takes ${param}`);
      }
      assert.ok(endpoint(v, 'GET /2/spaces/:id').fields?.['space.fields']?.includes('host_ids'));
      assert.ok(endpoint(v, 'GET /2/dm_events').fields?.['dm_event.fields']?.includes('sender_id'));
      assert.ok(endpoint('2.167', 'GET /2/users/:id/bookmarks').fields?.['post.fields'], '2.167 spells it post.fields');
      assert.equal(endpoint('2.167', 'GET /2/users/:id/bookmarks').fields?.['tweet.fields'], undefined);
    });

    it('tells the object each endpoint returns in data', () => {
      const cases: readonly (readonly [string, string, boolean])[] = [
        ['GET /2/users/:id', 'user', false],
        ['GET /2/users/by', 'user', true],
        ['GET /2/tweets', 'tweet', true],
        ['GET /2/tweets/:id', 'tweet', false],
        ['GET /2/users/:id/bookmarks', 'tweet', true],
        ['GET /2/lists/:id/members', 'user', true],
        ['GET /2/spaces/:id', 'space', false],
        ['GET /2/dm_events', 'dm_event', true],
        ['GET /2/media/:media_key', 'media', false],
        ['GET /2/tweets/counts/recent', 'search_count', true],
        ['DELETE /2/tweets/:id', 'unknown', false],
      ];
      for (const version of API_VOCABULARY_VERSIONS) {
        for (const [key, kind, many] of cases) {
          const entry = endpoint(version, key);
          assert.equal(entry.returns, kind, `${version} ${key}`);
          assert.equal(entry.many === true, many, `${version} ${key} many`);
        }
      }
      assert.equal(endpoint('2.166', 'GET /2/users/:id/bookmarks').operationId, 'getUsersBookmarks');
    });

    it('unites each parameter\'s values over all endpoints, and nothing more', () => {
      for (const version of API_VOCABULARY_VERSIONS) {
        const seen = new Map<string, Set<string>>();
        for (const entry of Object.values(API_ENDPOINTS[version])) {
          const params = Object.entries(entry.fields ?? {});
          if (entry.expansions) params.push(['expansions', entry.expansions]);
          for (const [name, values] of params) {
            const set = seen.get(name) ?? new Set<string>();
            values.forEach((value) => set.add(value));
            seen.set(name, set);
          }
        }
        const union = API_PARAMETER_VALUES[version];
        assert.deepEqual(Object.keys(union).sort(), [...seen.keys()].sort(), version);
        for (const [name, set] of seen) assert.deepEqual(union[name], [...set].sort(), `${version} ${name}`);
      }
      const expansions = API_PARAMETER_VALUES['2.166'].expansions ?? [];
      for (const value of ['author_id', 'owner_id', 'pinned_tweet_id', 'attachments.media_keys', 'creator_id']) {
        assert.ok(expansions.includes(value), value);
      }
      assert.ok(!expansions.includes('created_at'));
      assert.ok(API_PARAMETER_VALUES['2.167']['post.fields']?.includes('note_post'));
    });

    it('says which includes an expansion fills', () => {
      const v166 = API_EXPANSION_INCLUDES['2.166'];
      assert.equal(v166.tweet?.author_id, 'users');
      assert.equal(v166.tweet?.['attachments.media_keys'], 'media');
      assert.equal(v166.tweet?.['attachments.poll_ids'], 'polls');
      assert.equal(v166.tweet?.['geo.place_id'], 'places');
      assert.equal(v166.tweet?.['referenced_tweets.id'], 'tweets');
      assert.equal(v166.tweet?.['referenced_tweets.id.author_id'], 'users');
      assert.equal(v166.user?.pinned_tweet_id, 'tweets');
      assert.equal(v166.list?.owner_id, 'users');
      assert.equal(v166.space?.host_ids, 'users');
      assert.equal(v166.dm_event?.sender_id, 'users');
      const v167 = API_EXPANSION_INCLUDES['2.167'];
      assert.equal(v167.user?.pinned_post_id, 'posts');
      assert.equal(v167.tweet?.referenced_posts, 'posts');
      assert.equal(v167.tweet?.author_id, 'users');
      // Every mapped value is one the kind's endpoints accept.
      for (const version of API_VOCABULARY_VERSIONS) {
        for (const [kind, map] of Object.entries(API_EXPANSION_INCLUDES[version])) {
          const accepted = new Set(
            Object.values(API_ENDPOINTS[version]).filter((e) => e.returns === kind).flatMap((e) => e.expansions ?? []),
          );
          for (const value of Object.keys(map ?? {})) assert.ok(accepted.has(value), `${version} ${kind} ${value}`);
        }
      }
    });

    it('lists what 2.167 renamed, each rename real in both vocabularies', () => {
      const changes = API_VOCABULARY_CHANGES_2167;
      assert.deepEqual(changes.params, [{ from: 'tweet.fields', to: 'post.fields' }]);
      assert.deepEqual(changes.includes, [{ from: 'tweets', to: 'posts' }]);
      const renamed = (from: string) => changes.values.find((r) => r.from === from)?.to;
      assert.equal(renamed('pinned_tweet_id'), 'pinned_post_id');
      assert.equal(renamed('most_recent_tweet_id'), 'most_recent_post_id');
      assert.equal(renamed('note_tweet'), 'note_post');
      assert.equal(renamed('referenced_tweets.id'), 'referenced_posts');
      for (const r of changes.values) {
        assert.ok(API_PARAMETER_VALUES['2.166'][r.param]?.includes(r.from), `2.166 ${r.param} ${r.from}`);
        assert.ok(API_PARAMETER_VALUES['2.167'][r.newParam]?.includes(r.to), `2.167 ${r.newParam} ${r.to}`);
      }
      assert.ok(changes.removed['user.fields']?.includes('pinned_tweet_id'), '2.167 user.fields has no pinned tweet');
    });

    it('stays compact, pure and out of the activation bundle', () => {
      const source = fs.readFileSync(MODULE_FILE, 'utf8');
      const bytes = Buffer.byteLength(source);
      assert.ok(bytes < 150 * 1024, `apiVocabulary.ts is ${bytes} bytes`);
      assert.match(source, /^\/\/ GENERATED FILE/);
      assert.doesNotMatch(source, /^import (?!type )/m, 'the module imports nothing at run time');
      const bundle = path.join(projectRoot, 'dist', 'extension.js');
      if (fs.existsSync(bundle)) {
        // An operationId only this module holds: found in the bundle means activation loads the whole vocabulary.
        assert.ok(!fs.readFileSync(bundle, 'utf8').includes('getUsersBookmarkFolders'), 'dist/extension.js holds it');
      }
    });
  });
});
