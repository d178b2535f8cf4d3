import { strict as assert } from 'node:assert';
import { JsonIndex } from '../../../../src/core/response/jsonIndex';
import type { JsonLocation, JsonPathSegment, JsonValueType } from '../../../../src/core/response/jsonIndex';
import { seededRandom } from '../../../../src/core/util/mulberry32';

/**
 * Brute-force oracle: a small recursive-descent parser of valid JSON that records every key token, primitive value
 * token and container with its path. The expected answer for an offset is the smallest span containing it (tokens
 * never overlap and sit inside their containers), or undefined. Keys and strings are decoded with JSON.parse, so the
 * index's own decoder is checked against an independent one.
 */
function oracleSpans(text: string): JsonLocation[] {
  const spans: JsonLocation[] = [];
  let i = 0;
  const skipWhitespace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (char: string): void => {
    assert.equal(text[i], char, `oracle: expected ${char} at ${i}`);
    i++;
  };
  const stringToken = (): string => {
    const start = i;
    expect('"');
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: JsonPathSegment[]): JsonValueType => {
    skipWhitespace();
    const start = i;
    const c = text[i];
    let valueType: JsonValueType;
    let stringValue: string | undefined;
    if (c === '{') {
      valueType = 'object';
      i++;
      skipWhitespace();
      if (text[i] === '}') i++;
      else {
        for (;;) {
          skipWhitespace();
          const keyStart = i;
          const key = stringToken();
          const keySpan: JsonLocation = { path: [...path, key], kind: 'key', start: keyStart, end: i, valueType: 'null' };
          spans.push(keySpan);
          skipWhitespace();
          expect(':');
          keySpan.valueType = value([...path, key]);
          skipWhitespace();
          if (text[i] === ',') {
            i++;
            continue;
          }
          expect('}');
          break;
        }
      }
    } else if (c === '[') {
      valueType = 'array';
      i++;
      skipWhitespace();
      if (text[i] === ']') i++;
      else {
        for (let index = 0; ; index++) {
          value([...path, index]);
          skipWhitespace();
          if (text[i] === ',') {
            i++;
            continue;
          }
          expect(']');
          break;
        }
      }
    } else if (c === '"') {
      valueType = 'string';
      stringValue = stringToken();
    } else {
      const literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
      assert.ok(literal, `oracle: no value at ${i}`);
      i += literal[0].length;
      valueType = literal[0] === 'null' ? 'null' : literal[0] === 'true' || literal[0] === 'false' ? 'boolean' : 'number';
    }
    const span: JsonLocation = { path, kind: 'value', start, end: i, valueType };
    if (stringValue !== undefined) span.stringValue = stringValue;
    spans.push(span);
    return valueType;
  };
  value([]);
  return spans;
}

function expectedAt(spans: readonly JsonLocation[], offset: number): JsonLocation | undefined {
  let best: JsonLocation | undefined;
  for (const span of spans) {
    if (span.start <= offset && offset < span.end && (!best || span.end - span.start < best.end - best.start)) best = span;
  }
  return best;
}

/** Checks every offset of `text` (and a few outside it) against the oracle. */
function assertMatchesOracle(text: string): void {
  const spans = oracleSpans(text);
  const index = JsonIndex.build(text);
  assert.equal(index.nodeCount, spans.length, 'one node per key, primitive and container');
  const label = JSON.stringify(text);
  for (let offset = -1; offset <= text.length + 1; offset++) {
    assert.deepEqual(index.locate(offset), expectedAt(spans, offset), `offset ${offset} of ${label}`);
  }
  assertPathsMatchOracle(index, spans, label);
}

/**
 * Checks valueAt and elementsAt for the path of every value the oracle saw. A repeated key makes its later value the
 * one found (JSON.parse's rule), so a path through a repeated key is checked for that value only.
 */
function assertPathsMatchOracle(index: JsonIndex, spans: readonly JsonLocation[], label: string): void {
  const byPath = new Map<string, JsonLocation[]>();
  for (const span of spans) {
    const key = JSON.stringify(span.path);
    byPath.set(key, [...(byPath.get(key) ?? []), span]);
  }
  const unique = (path: readonly JsonPathSegment[]): boolean =>
    path.every((_, i) => byPath.get(JSON.stringify(path.slice(0, i)))?.length === 1);
  for (const [key, found] of byPath) {
    const path = JSON.parse(key) as JsonPathSegment[];
    if (!unique(path)) continue;
    // The oracle records a container after its contents: the last span with a path is the latest value there.
    const last = found.reduce((a, b) => (b.start > a.start ? b : a));
    assert.deepEqual(index.valueAt(path), { start: last.start, end: last.end, valueType: last.valueType }, `valueAt ${key} of ${label}`);
    const elements = last.valueType === 'array' && found.length === 1
      ? spans.filter((span) => span.path.length === path.length + 1 && JSON.stringify(span.path.slice(0, -1)) === key)
        .sort((a, b) => a.start - b.start)
        .map((span) => ({ start: span.start, end: span.end, valueType: span.valueType }))
      : [];
    if (found.length === 1) assert.deepEqual(index.elementsAt(path), elements, `elementsAt ${key} of ${label}`);
  }
}

/** Random JSON text with random whitespace between tokens and random (valid) escape spellings in strings. */
function randomJson(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const space = (): string => (random() < 0.5 ? '' : pick([' ', '  ', '\n', '\n  ', '\t', '\r\n    ']));
  const CHARS = ['a', 'b', 'z', 'A', '0', '_', ' ', '"', '\\', '/', '\n', '\t', '\u0001', 'é', '€', '😀', '{', ']', ':', ','];
  const quote = (s: string): string => {
    let out = '"';
    for (const unit of s.split('')) {
      // split('') yields UTF-16 units, so an emoji may come out as two \u escapes: a surrogate pair.
      const code = unit.charCodeAt(0);
      if (random() < 0.15) out += `\\u${code.toString(16).padStart(4, '0')[random() < 0.5 ? 'toUpperCase' : 'toLowerCase']()}`;
      else if (unit === '/' && random() < 0.5) out += '\\/';
      else out += JSON.stringify(unit).slice(1, -1);
    }
    return out + '"';
  };
  const randomString = (): string => Array.from({ length: Math.floor(random() * 5) }, () => pick(CHARS)).join('');
  const value = (depth: number): string => {
    const roll = random();
    if (depth < 4 && roll < 0.25) {
      const members = Array.from({ length: Math.floor(random() * 4) }, () => `${space()}${quote(randomString())}${space()}:${value(depth + 1)}`);
      return `${space()}{${members.join(',')}${space()}}${space()}`;
    }
    if (depth < 4 && roll < 0.45) {
      return `${space()}[${Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1)).join(',')}${space()}]${space()}`;
    }
    const primitive = pick([
      () => quote(randomString()),
      () => String(Math.floor(random() * 2000) - 1000),
      () => pick(['0', '-0.5', '1e3', '2.5E-7', '-12.75e+2']),
      () => pick(['true', 'false', 'null']),
    ])();
    return `${space()}${primitive}${space()}`;
  };
  return value(0);
}

/** A realistic /2/users?ids= response: users with nested objects, includes.tweets and errors. */
function xResponse(): string {
  const user = (id: string, username: string, description: string) => ({
    id,
    name: `${username} – Dévelopers 🚀`,
    username,
    created_at: '2013-12-14T04:35:55.000Z',
    description,
    protected: false,
    verified: true,
    verified_type: 'business',
    public_metrics: { followers_count: 583423, following_count: 2048, tweet_count: 14052, listed_count: 1672, like_count: 2125, media_count: 0 },
    entities: {
      url: { urls: [{ start: 0, end: 23, url: 'https://t.co/TLWd4spWJO', expanded_url: `https://developer.x.com/${username}`, display_url: 'developer.x.com' }] },
      description: { hashtags: [{ start: 17, end: 29, tag: 'XDevelopers' }], mentions: [] },
    },
    pinned_tweet_id: '1889362293162488277',
    connection_status: [],
    withheld: null,
  });
  const body = {
    data: [
      user('2244994945', 'XDevelopers', 'The voice of the #XDevelopers team: "quoted"\nand a\\backslash'),
      user('783214', 'X', 'what\u2019s happening?!'),
    ],
    includes: {
      tweets: [{
        id: '1889362293162488277',
        text: 'Building on the X API?',
        edit_history_tweet_ids: ['1889359369731310254', '1889362293162488277'],
        edit_controls: { edits_remaining: 4, is_edit_eligible: true, editable_until: '2025-02-11T18:02:31.000Z' },
        public_metrics: { retweet_count: 12, reply_count: 3, like_count: 87.5e1, quote_count: -1 },
      }],
    },
    errors: [{
      value: '0', detail: 'Could not find user with ids: [0].', title: 'Not Found Error', resource_type: 'user',
      parameter: 'ids', resource_id: '0', type: 'https://api.twitter.com/2/problems/resource-not-found',
    }],
  };
  return JSON.stringify(body, null, 2);
}

/** Offset of the `nth` occurrence of `needle`, plus `delta`. */
function offsetOf(text: string, needle: string, nth = 0, delta = 1): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    assert.notEqual(at, -1, `${needle} #${nth} not in the text`);
  }
  return at + delta;
}

describe('JsonIndex', () => {
  const response = xResponse();
  const index = JsonIndex.build(response);

  describe('on a realistic X response', () => {
    it('locates keys deep in data, includes and errors', () => {
      const key = (needle: string, nth = 0) => index.locate(offsetOf(response, needle, nth));
      assert.deepEqual(key('"expanded_url"', 1)?.path, ['data', 1, 'entities', 'url', 'urls', 0, 'expanded_url']);
      assert.deepEqual(key('"followers_count"')?.path, ['data', 0, 'public_metrics', 'followers_count']);
      assert.deepEqual(key('"edits_remaining"')?.path, ['includes', 'tweets', 0, 'edit_controls', 'edits_remaining']);
      assert.deepEqual(key('"resource_id"')?.path, ['errors', 0, 'resource_id']);
      const edits = key('"edits_remaining"');
      assert.equal(edits?.kind, 'key');
      assert.equal(edits?.valueType, 'number');
      assert.equal(response.slice(edits!.start, edits!.end), '"edits_remaining"');
      assert.equal(key('"public_metrics"')?.valueType, 'object');
      assert.equal(key('"connection_status"')?.valueType, 'array');
      assert.equal(key('"withheld"')?.valueType, 'null');
    });

    it('locates values, with the decoded string of string values', () => {
      const id = index.locate(offsetOf(response, '"783214"', 0, 3));
      assert.deepEqual(id, { path: ['data', 1, 'id'], kind: 'value', start: offsetOf(response, '"783214"', 0, 0), end: offsetOf(response, '"783214"', 0, 8), valueType: 'string', stringValue: '783214' });
      const description = index.locate(offsetOf(response, 'The voice'));
      assert.equal(description?.stringValue, 'The voice of the #XDevelopers team: "quoted"\nand a\\backslash');
      assert.deepEqual(index.locate(offsetOf(response, '"2244994945"', 0, 0))?.path, ['data', 0, 'id']);
      assert.deepEqual(index.locate(offsetOf(response, '"1889359369731310254"', 0, 5))?.path, ['includes', 'tweets', 0, 'edit_history_tweet_ids', 0]);
      const number = index.locate(offsetOf(response, '583423', 0, 5));
      assert.deepEqual([number?.path, number?.valueType, number?.stringValue], [['data', 0, 'public_metrics', 'followers_count'], 'number', undefined]);
      assert.deepEqual(index.locate(offsetOf(response, 'true', 1, 3))?.valueType, 'boolean');
    });

    it('answers the innermost container between tokens and nothing outside the top-level value', () => {
      const colon = index.locate(offsetOf(response, '"edits_remaining": ', 0, 17));
      assert.deepEqual([colon?.path, colon?.kind, colon?.valueType], [['includes', 'tweets', 0, 'edit_controls'], 'value', 'object']);
      const indentation = index.locate(offsetOf(response, '\n', 1));
      assert.deepEqual([indentation?.path, indentation?.valueType], [['data'], 'array']);
      assert.deepEqual(index.locate(0)?.path, []);
      assert.equal(index.locate(response.length), undefined);
      assert.equal(index.locate(-1), undefined);
      assert.equal(index.locate(Number.NaN), undefined);
    });

    it('matches the oracle at every offset', () => {
      assertMatchesOracle(response);
    });

    it('finds values by path: the errors array, its elements and their members', () => {
      const errors = index.elementsAt(['errors']);
      assert.equal(errors.length, 1);
      assert.equal(response.slice(errors[0].start, errors[0].end), JSON.stringify(JSON.parse(response).errors[0], null, 2).replace(/\n/g, '\n    '));
      assert.deepEqual(index.valueAt(['errors', 0]), errors[0]);
      const value = index.valueAt(['errors', 0, 'value'])!;
      assert.deepEqual([response.slice(value.start, value.end), value.valueType], ['"0"', 'string']);
      assert.equal(index.valueAt(['data', 1, 'public_metrics', 'followers_count'])?.valueType, 'number');
      assert.equal(index.elementsAt(['data']).length, 2);
      assert.deepEqual(index.valueAt([]), { start: 0, end: response.length, valueType: 'object' });
    });

    it('answers nothing for a path the text does not have', () => {
      for (const path of [['nope'], ['data', 2], ['data', 'x'], ['errors', 0, 'value', 'deeper'], [0], ['data', -1], ['data', 0.5]]) {
        assert.equal(index.valueAt(path), undefined, JSON.stringify(path));
        assert.deepEqual(index.elementsAt(path), [], JSON.stringify(path));
      }
      assert.deepEqual(index.elementsAt(['includes']), [], 'an object has members, not elements');
    });
  });

  it('finds by path the last of repeated keys, and what damaged text still holds', () => {
    const repeated = '{"errors": [1], "x": {}, "errors": [{"a": 2}, 3]}';
    assert.deepEqual(JsonIndex.build(repeated).elementsAt(['errors']).map(({ start, end }) => repeated.slice(start, end)), ['{"a": 2}', '3']);
    assert.equal(JsonIndex.build(repeated).valueAt(['errors', 0, 'a'])?.start, repeated.indexOf('2'));
    const truncated = '{"data": {"id": "1"}, "errors": [{"title": "Not Found"}, {"title": "Gone';
    const elements = JsonIndex.build(truncated).elementsAt(['errors']);
    assert.deepEqual(elements.map(({ start, end }) => truncated.slice(start, end)), ['{"title": "Not Found"}', '{"title": "Gone']);
    assert.equal(JsonIndex.build('This result has expired').valueAt([]), undefined);
    assert.equal(JsonIndex.build('{"a": 1, "b"}').valueAt(['b']), undefined, 'a key without a value');
  });

  it('matches the oracle at every offset of random documents', () => {
    const random = seededRandom(20250211);
    for (let doc = 0; doc < 400; doc++) assertMatchesOracle(randomJson(random));
  });

  it('decodes escaped keys only as needed, surrogate pairs included', () => {
    const text = '{"caf\\u00e9": 1, "a\\"b": {"c\\\\d\\/e\\n": [true]}, "\\ud83d\\ude00": "x\\u0041\\t"}';
    const at = (needle: string, delta = 1) => JsonIndex.build(text).locate(text.indexOf(needle) + delta);
    assert.deepEqual(at('"caf')?.path, ['café']);
    assert.deepEqual(at('"a\\"b"', 3)?.path, ['a"b']);
    assert.deepEqual(at('true')?.path, ['a"b', 'c\\d/e\n', 0]);
    assert.deepEqual(at('"x\\u')?.path, ['😀']);
    assert.equal(at('"x\\u')?.stringValue, 'xA\t');
    assertMatchesOracle(text);
  });

  it('handles empty containers, a top-level array and a top-level primitive', () => {
    assertMatchesOracle('{"a": {}, "b": [], "c": [{}, []]}');
    const empty = JsonIndex.build('{"a": {}, "b": []}');
    assert.deepEqual(empty.locate(7), { path: ['a'], kind: 'value', start: 6, end: 8, valueType: 'object' });
    assert.deepEqual(empty.locate(16), { path: ['b'], kind: 'value', start: 15, end: 17, valueType: 'array' });
    assertMatchesOracle('{}');
    assertMatchesOracle(' [ ] ');
    const array = '[1, "two", {"three": [null, false]}]';
    assertMatchesOracle(array);
    assert.deepEqual(JsonIndex.build(array).locate(array.indexOf('false'))?.path, [2, 'three', 1]);
    assertMatchesOracle('  "just a string"\n');
    assert.deepEqual(JsonIndex.build('"id"').locate(1), { path: [], kind: 'value', start: 0, end: 4, valueType: 'string', stringValue: 'id' });
    assertMatchesOracle('-12.5e3');
    assertMatchesOracle('null');
    assert.equal(JsonIndex.build('{"a": [1, 2]}').nodeCount, 5);
  });

  describe('on damaged text', () => {
    /** Locates at every offset and checks each answer is well formed. */
    function assertWellFormed(text: string): JsonIndex {
      const damaged = JsonIndex.build(text);
      for (let offset = -1; offset <= text.length + 1; offset++) {
        const location = damaged.locate(offset);
        if (!location) continue;
        const wellFormed = location.start <= offset && offset < location.end && location.end <= text.length
          && location.path.every((segment) => typeof segment === 'string' || (Number.isInteger(segment) && segment >= 0));
        // The message is built only on failure: stringifying the text for every offset would dominate the test.
        if (!wellFormed) assert.fail(`offset ${offset} of ${JSON.stringify(text)}: ${JSON.stringify(location)}`);
      }
      return damaged;
    }

    it('indexes nothing for a stub text or an empty document', () => {
      for (const stub of ['This result has expired', '', '   \n', '404 page not found', '"quoted" stub text', 'nullable', '}{', ', [1]']) {
        const stubIndex = assertWellFormed(stub);
        assert.equal(stubIndex.nodeCount, 0, stub);
        for (let offset = 0; offset <= stub.length; offset++) assert.equal(stubIndex.locate(offset), undefined);
      }
    });

    it('keeps every complete token of a truncated response', () => {
      const spans = oracleSpans(response);
      const expectedByOffset = Array.from({ length: response.length }, (_, offset) => expectedAt(spans, offset));
      for (let length = 0; length < response.length; length += 7) {
        const prefix = response.slice(0, length);
        const truncated = assertWellFormed(prefix);
        for (let offset = 0; offset < length; offset++) {
          const expected = expectedByOffset[offset];
          // A token cut by the truncation (or a container) legitimately ends elsewhere; complete tokens must match.
          if (!expected || expected.end > length || expected.valueType === 'object' || expected.valueType === 'array') continue;
          if (expected.kind === 'key') {
            const actual = truncated.locate(offset);
            assert.deepEqual([actual?.path, actual?.start, actual?.end], [expected.path, expected.start, expected.end]);
          } else {
            assert.deepEqual(truncated.locate(offset), expected);
          }
        }
      }
      const cutString = JsonIndex.build('{"data": [{"id": "22449');
      assert.deepEqual(cutString.locate(20), { path: ['data', 0, 'id'], kind: 'value', start: 17, end: 23, valueType: 'string', stringValue: '22449' });
      assert.deepEqual(cutString.locate(2)?.valueType, 'array');
      assert.deepEqual(JsonIndex.build('{"a": 1, "na').locate(11), { path: ['na'], kind: 'key', start: 9, end: 12, valueType: 'null' });
    });

    it('recovers from stray, missing and mismatched punctuation', () => {
      const cases: [string, string, JsonPathSegment[]][] = [
        ['{"a": 1,, "b": tru, "c": 3}', '3', ['c']],
        ['{"a" 1, "b": 2}', '1', ['a']],
        ['{"a": 1 "b": 2}', '2', ['b']],
        ['{1: 2, [3, {"x": 4}], "b": 5}', '5', ['b']],
        ['{"x": {"a": [1, 2}, "b": 6}}', '6', ['b']],
        ['{"a": [1, 2}', '2', ['a', 1]],
        ['[1, 2]] trailing', '2', [1]],
        ['[1 2 @ 3]', '3', [2]],
        ['{"a": {"b": 7]}, "c": 8}', '8', ['c']],
      ];
      for (const [text, needle, path] of cases) {
        assert.deepEqual(assertWellFormed(text).locate(text.indexOf(needle))?.path, path, text);
      }
    });

    it('stays linear and iterative under hostile nesting', () => {
      const depth = 100_000;
      const arrays = JsonIndex.build('['.repeat(depth) + '1' + ']'.repeat(depth));
      const deepest = arrays.locate(depth);
      assert.equal(deepest?.valueType, 'number');
      assert.equal(deepest?.path.length, depth);
      const objects = '{"k":'.repeat(depth) + '"v"' + '}'.repeat(depth);
      assert.deepEqual(JsonIndex.build(objects).locate(objects.indexOf('"v"'))?.stringValue, 'v');
      // A run of closers of the wrong kind under deep nesting: each one used to search every open container (100,000
      // of them here: 10 billion steps); now a count answers that none matches.
      const started = Date.now();
      const stray = JsonIndex.build('['.repeat(depth) + '}'.repeat(depth) + '2');
      assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
      assert.deepEqual(stray.locate(2 * depth)?.path, new Array<number>(depth).fill(0));
      // And a closer that does match, far down, ends every container above it in one pass.
      const matched = '{"x": {"a":' + '['.repeat(depth) + '}, "b": 3}';
      assert.deepEqual(JsonIndex.build(matched).locate(matched.lastIndexOf('3'))?.path, ['b']);
    });

    it('never throws on random junk or random cuts of random documents', () => {
      const random = seededRandom(7);
      const alphabet = '{}[]",:\\ \nabtrufalsen0123456789-.eE';
      for (let doc = 0; doc < 300; doc++) {
        const junk = Array.from({ length: Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
        assertWellFormed(junk);
        assertWellFormed(`{${junk}`);
        const json = randomJson(random);
        const from = Math.floor(random() * json.length);
        assertWellFormed(json.slice(0, from) + json.slice(from + 1 + Math.floor(random() * 5)));
      }
    });
  });
});
