// The response types are checked against real bodies: each lookup is sent to a sandbox on 127.0.0.1, and its body is
// assigned, as a JSON literal, to the generated TypeScript type and compiled by tsc in strict mode (so excess
// properties fail); a body with one key the lookup did not ask for must NOT compile. The Python TypedDicts are loaded
// by /usr/bin/python3 and each body is validated against them (keys declared, required keys present, value types).
import { strict as assert } from 'node:assert';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Vocabulary } from '../../../../src/core/catalog/vocabulary';
import type { LookupRequest } from '../../../../src/core/request/lookupRequest';
import { RESPONSE_SHAPES } from '../../../../src/core/snippets/responseShapes';
import { responseType } from '../../../../src/core/snippets/responseTypes';
import { startHarness, type Harness } from '../../../support/sandboxHarness';
import { shapesFromSpec } from '../../../support/specShapes';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../../../..');
const REFERENCE = resolve(ROOT, '..', 'shared', 'reference');
const PYTHON = '/usr/bin/python3';

interface Case {
  readonly name: string;
  readonly vocabulary: Vocabulary;
  readonly request: LookupRequest;
  /** A key of `data` (or of its first user) this lookup did not ask for, with a value of the right type. */
  readonly extra?: readonly [string, unknown];
}

const CASES: readonly Case[] = [
  { name: 'defaults', vocabulary: '2.166', request: { endpoint: 'userByUsername', username: 'XDevelopers' }, extra: ['location', 'x'] },
  {
    name: 'fields and pinned tweet', vocabulary: '2.166',
    request: {
      endpoint: 'userById', id: '2244994945', userFields: ['created_at', 'description', 'entities', 'public_metrics', 'verified', 'url'],
      expansions: ['pinned_tweet_id'], tweetFields: ['created_at', 'lang', 'public_metrics', 'entities'],
    },
    extra: ['location', 'x'],
  },
  {
    name: 'affiliation, 2.166', vocabulary: '2.166',
    request: { endpoint: 'userById', id: '2244994945', userFields: ['profile_image_url', 'withheld'], expansions: ['affiliation.user_id', 'most_recent_tweet_id'] },
    extra: ['created_at', '2020-01-01T00:00:00.000Z'],
  },
  {
    name: 'many users, post fields', vocabulary: '2.167',
    request: {
      endpoint: 'usersByUsernames', usernames: ['XDevelopers', 'X', 'mara_builds', 'missing_one'],
      userFields: ['created_at', 'description', 'location', 'public_metrics', 'entities', 'verified_type', 'subscription_type'],
      expansions: ['pinned_post_id', 'affiliation'], tweetFields: ['created_at', 'lang', 'public_metrics', 'context_annotations'],
    },
    extra: ['url', 'https://example.com'],
  },
  {
    name: 'many by id, 2.167', vocabulary: '2.167',
    request: { endpoint: 'usersByIds', ids: ['2244994945', '783214', '1000403'], userFields: ['protected', 'parody'], expansions: ['most_recent_post_id'] },
    extra: ['description', 'x'],
  },
  { name: 'me, 2.167', vocabulary: '2.167', request: { endpoint: 'me', userFields: ['receives_your_dm', 'connection_status', 'subscribes_to_you'] }, extra: ['location', 'x'] },
  { name: 'custom profile', vocabulary: '2.166', request: { endpoint: 'customProfile', id: '100001' } },
  { name: 'custom profiles', vocabulary: '2.166', request: { endpoint: 'customProfiles', count: 3 } },
];

/** The body with `extra` added to the (first) user of `data`. */
function withExtra(body: { data?: unknown }, [key, value]: readonly [string, unknown]): unknown {
  const data = Array.isArray(body.data) ? [{ ...(body.data[0] as object), [key]: value }, ...body.data.slice(1)] : { ...(body.data as object), [key]: value };
  return { ...body, data };
}

describe('response types', function () {
  this.timeout(60_000);
  let harness: Harness;
  let dir: string;
  const bodies: unknown[] = [];

  before(async () => {
    harness = await startHarness();
    for (const c of CASES) {
      const outcome = await harness.engine(undefined, c.vocabulary).lookup(c.request);
      assert.ok(outcome.ok, `${c.name}: the sandbox answers`);
      bodies.push(outcome.body);
    }
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'out', 'response-types-'));
  });

  after(async () => {
    await harness?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the committed field table is what the spec extracts say', function () {
    const files = (['2.166', '2.167'] as const).map((v) => join(REFERENCE, `x-api-v2-user-lookup.openapi-${v}.json`));
    if (!files.every(existsSync)) this.skip();
    for (const [i, vocabulary] of (['2.166', '2.167'] as const).entries()) {
      assert.deepEqual(RESPONSE_SHAPES[vocabulary], shapesFromSpec(JSON.parse(readFileSync(files[i], 'utf8'))), vocabulary);
    }
  });

  it('the bodies exercise what the types must cover', () => {
    const text = JSON.stringify(bodies);
    for (const key of ['"includes"', '"tweets"', '"posts"', '"users"', '"errors"', '"public_metrics"', '"entities"', '"custom_profiles"', '"next_cursor"']) {
      assert.ok(text.includes(key), key);
    }
  });

  it('TypeScript: every body compiles against its type under strict, and a key not asked for does not', async () => {
    const file = (name: string, c: Case, body: unknown): string => {
      const generated = responseType('typescript', c.request, c.vocabulary);
      assert.ok(generated.ok, generated.ok ? '' : generated.message);
      const root = /export interface (\w+Response) /.exec(generated.code)![1];
      const path = join(dir, `${name}.ts`);
      writeFileSync(path, `${generated.code}\nexport const body: ${root} = ${JSON.stringify(body, null, 2)};\n`);
      return path;
    };
    const good = CASES.map((c, i) => file(`good${i}`, c, bodies[i]));
    const tsc = (files: readonly string[], name: string): { status: number | null; stdout: string } => {
      const config = join(dir, `${name}.json`);
      writeFileSync(config, JSON.stringify({
        compilerOptions: { target: 'es2022', module: 'commonjs', moduleDetection: 'force', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files,
      }));
      return spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/lib/tsc.js'), '-p', config], { encoding: 'utf8' });
    };
    const ok = tsc(good, 'good');
    assert.equal(ok.status, 0, ok.stdout);
    // One tsc run for all the bodies with a key too many: each file must have its own error, naming that key.
    const bad = CASES.flatMap((c, i) => (c.extra ? [{ c, i, path: file(`bad${i}`, c, withExtra(bodies[i] as { data?: unknown }, c.extra)) }] : []));
    const failed = tsc(bad.map((b) => b.path), 'bad');
    assert.notEqual(failed.status, 0);
    for (const { c, i } of bad) {
      const errors = failed.stdout.split('\n').filter((line) => line.includes(`bad${i}.ts(`));
      assert.ok(errors.some((line) => /TS2353|TS2322|TS2561/.test(line) && new RegExp(`'"?${c.extra![0]}"?'`).test(line)),
        `${c.name}: ${c.extra![0]} was not asked for, yet the body compiled (${errors.join(' ')})`);
    }
  });

  it('Python: every body validates against its TypedDict, and a key not asked for does not', async function () {
    if (spawnSync(PYTHON, ['-c', 'from typing import NotRequired']).status !== 0) {
      if (process.env.XAPI_REQUIRE_SNIPPET_TOOLS === '1') throw new Error('/usr/bin/python3 (3.11+) is missing');
      this.skip();
    }
    writeFileSync(join(dir, 'validate.py'), VALIDATOR);
    for (const [i, c] of CASES.entries()) {
      const generated = responseType('python', c.request, c.vocabulary);
      assert.ok(generated.ok);
      const root = /class (\w+Response)\(TypedDict\)/.exec(generated.code)![1];
      writeFileSync(join(dir, `types${i}.py`), generated.code);
      const check = async (body: unknown): Promise<string> => {
        writeFileSync(join(dir, `body${i}.json`), JSON.stringify(body));
        const { stdout } = await run(PYTHON, [join(dir, 'validate.py'), `types${i}`, root, join(dir, `body${i}.json`)], { cwd: dir });
        return stdout.trim();
      };
      assert.equal(await check(bodies[i]), 'ok', c.name);
      if (c.extra) assert.match(await check(withExtra(bodies[i] as { data?: unknown }, c.extra)), new RegExp(`undeclared key ${c.extra[0]}`), c.name);
    }
  });
});

/** Validates a JSON body against a TypedDict by walking its annotations. Prints `ok` or the first mismatch. */
const VALIDATOR = `import importlib, json, sys, typing

def check(value, hint, path):
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is typing.Any:
        return
    if origin is typing.Union:
        errors = []
        for arg in args:
            try:
                check(value, arg, path)
                return
            except ValueError as e:
                errors.append(str(e))
        raise ValueError(' / '.join(errors))
    if hint is type(None):
        if value is not None: raise ValueError(f'{path}: not null')
        return
    if origin is typing.Literal:
        if value not in args: raise ValueError(f'{path}: {value!r} not in {args}')
        return
    if origin is list:
        if not isinstance(value, list): raise ValueError(f'{path}: not a list')
        for i, item in enumerate(value): check(item, args[0], f'{path}[{i}]')
        return
    if origin is dict:
        if not isinstance(value, dict): raise ValueError(f'{path}: not an object')
        return
    if isinstance(hint, type) and typing.is_typeddict(hint):
        if not isinstance(value, dict): raise ValueError(f'{path}: not an object')
        hints = typing.get_type_hints(hint)
        for key in value:
            if key not in hints: raise ValueError(f'undeclared key {key} at {path}')
        for key in hint.__required_keys__:
            if key not in value: raise ValueError(f'missing key {key} at {path}')
        for key, item in value.items(): check(item, hints[key], f'{path}.{key}')
        return
    if hint is float:
        if not isinstance(value, (int, float)) or isinstance(value, bool): raise ValueError(f'{path}: not a number')
        return
    if hint is int and isinstance(value, bool) or not isinstance(value, hint):
        raise ValueError(f'{path}: {value!r} is not {hint.__name__}')

module = importlib.import_module(sys.argv[1])
body = json.load(open(sys.argv[3]))
try:
    check(body, getattr(module, sys.argv[2]), 'body')
    print('ok')
except ValueError as e:
    print(e)
`;
