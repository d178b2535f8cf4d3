import { strict as assert } from 'node:assert';
import { describeProblem, describeV1Error, errorFromResponse, problemsOf, v1ErrorsOf } from '../../../src/core/response/apiError';
import { secretsOf, validateCredentials } from '../../../src/core/auth/credentials';
import { formatJsonText, INDENT_BUDGET_SLACK, MAX_INDENTED_DEPTH } from '../../../src/core/response/jsonFormat';
import { formatDuration, parseRateLimit, secondsUntilReset } from '../../../src/core/response/rateLimit';
import { closestValue, editDistance } from '../../../src/core/request/suggest';

describe('error model', () => {
  const NOT_FOUND = {
    errors: [{
      value: 'x', detail: 'Could not find user with username: [x].', title: 'Not Found Error', resource_type: 'user',
      parameter: 'username', resource_id: 'x', type: 'https://api.twitter.com/2/problems/resource-not-found',
    }],
  };

  it('reads a 200 that carries only errors as resource errors', () => {
    const error = errorFromResponse(200, NOT_FOUND, JSON.stringify(NOT_FOUND), undefined, 0);
    assert.equal(error.kind, 'resource-errors');
    assert.match(error.message, /Not Found Error: Could not find user with username: \[x\]\./);
    assert.equal(error.problems?.length, 1);
  });

  it('explains an invalid-request problem with its nested messages', () => {
    const body = {
      errors: [{ parameters: { ids: ['47998559,foo'] }, message: 'The `ids` query parameter value [foo] does not match ^[0-9]{1,19}$' }],
      title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: 'https://api.twitter.com/2/problems/invalid-request',
    };
    const error = errorFromResponse(400, body, '', undefined, 0);
    assert.equal(error.kind, 'client-error');
    assert.match(error.message, /HTTP 400: Invalid Request: One or more parameters .* \(The `ids` query parameter value \[foo\]/);
  });

  it('reads v1.1 errors and explains their codes', () => {
    const body = { errors: [{ code: 135, message: 'Timestamp out of bounds.' }] };
    assert.deepEqual(v1ErrorsOf(body), [{ code: 135, message: 'Timestamp out of bounds.' }]);
    const error = errorFromResponse(401, body, '', undefined, 0);
    assert.equal(error.kind, 'unauthorized');
    assert.match(error.message, /error 135: Timestamp out of bounds\. \(.*clock\)/);
    assert.equal(describeV1Error({ code: 88, message: 'Rate limit exceeded' }), 'error 88: Rate limit exceeded');
  });

  it('says when a 429 window resets', () => {
    const error = errorFromResponse(429, { title: 'Too Many Requests' }, '', { limit: 300, remaining: 0, reset: 1000 + 125 }, 1000_000);
    assert.equal(error.kind, 'rate-limited');
    assert.equal(error.retryable, true);
    assert.match(error.message, /resets in 2 min 5 s/);
  });

  it('reads 402 as out of credits', () => {
    const body = { title: 'CreditsDepleted', detail: 'Your enrolled account does not have any credits' };
    const error = errorFromResponse(402, body, JSON.stringify(body), undefined, 0);
    assert.equal(error.kind, 'out-of-credits');
    assert.match(error.message, /CreditsDepleted/);
  });

  it('quotes the start of a non-JSON body', () => {
    const error = errorFromResponse(502, undefined, '<html>\n  <body>Bad gateway</body></html>', undefined, 0);
    assert.equal(error.kind, 'server-error');
    assert.equal(error.message, 'HTTP 502: <html> <body>Bad gateway</body></html>');
  });

  it('finds a top-level problem and ignores non-problem errors', () => {
    assert.equal(problemsOf({ title: 'Unauthorized', type: 'about:blank', status: 401 }).length, 1);
    assert.equal(problemsOf({ errors: [1, 'x', null] }).length, 0);
    assert.equal(describeProblem({ type: 'https://api.x.com/2/problems/usage-capped' }), 'usage-capped');
  });
});

describe('rate-limit headers', () => {
  it('parses the three headers and refuses partial or junk values', () => {
    const headers: Record<string, string> = { 'x-rate-limit-limit': '900', 'x-rate-limit-remaining': '899', 'x-rate-limit-reset': '1764160000' };
    assert.deepEqual(parseRateLimit((n) => headers[n]), { limit: 900, remaining: 899, reset: 1764160000 });
    assert.equal(parseRateLimit((n) => (n === 'x-rate-limit-limit' ? '900' : undefined)), undefined);
    assert.equal(parseRateLimit((n) => (n === 'x-rate-limit-remaining' ? '-1' : headers[n])), undefined);
  });
  it('counts down to the reset and formats durations', () => {
    assert.equal(secondsUntilReset({ reset: 100 }, 40_500), 60);
    assert.equal(secondsUntilReset({ reset: 100 }, 200_000), 0);
    assert.equal(formatDuration(59), '59 s');
    assert.equal(formatDuration(900), '15 min');
  });
});

describe('JSON formatting that keeps every digit', () => {
  it('indents like JSON.stringify', () => {
    const text = '{"data":{"id":"1","list":[1,2,{"a":null}],"empty":{},"none":[]},"ok":true}';
    assert.equal(formatJsonText(text), JSON.stringify(JSON.parse(text), null, 2));
  });
  it('keeps integers beyond 2^53 exactly', () => {
    const formatted = formatJsonText('{"id":1234567890123456789}');
    assert.equal(formatted, '{\n  "id": 1234567890123456789\n}');
  });
  it('keeps escapes inside strings untouched', () => {
    const text = '{"s":"a \\"quoted\\" {brace}, [x]: \\\\"}';
    assert.equal(formatJsonText(text), JSON.stringify(JSON.parse(text), null, 2));
  });
  it('indents like JSON.stringify down to the deepest indented level, and writes deeper containers on one line', () => {
    const nested = (depth: number): string => '{"a":['.repeat(depth) + '1,"x"' + ']}'.repeat(depth);
    // Each level of nested() is an object holding an array: 32 levels nest 64 containers.
    const deepest = nested(MAX_INDENTED_DEPTH / 2);
    assert.equal(formatJsonText(deepest), JSON.stringify(JSON.parse(deepest), null, 2));
    const deeper = formatJsonText(nested(MAX_INDENTED_DEPTH / 2 + 1))!;
    const inner = ' '.repeat(2 * MAX_INDENTED_DEPTH) + '{"a": [1, "x"]}\n';
    assert.ok(deeper.includes(`\n${inner}`), 'the 65th container is on one line, at the indentation of the 64th');
    assert.deepEqual(JSON.parse(deeper), JSON.parse(nested(MAX_INDENTED_DEPTH / 2 + 1)));
  });
  for (const depth of [10_000, 100_000]) {
    it(`formats ${depth.toLocaleString('en')}-deep input in linear size without throwing`, () => {
      const inputs = [
        '['.repeat(depth) + ']'.repeat(depth),
        '{"k":'.repeat(depth) + '"v"' + '}'.repeat(depth),
        '[{"id":"1","n":[1,2]},'.repeat(depth / 2) + 'null' + '}]'.replace('}', '').repeat(depth / 2),
      ];
      for (const input of inputs) {
        const output = formatJsonText(input);
        assert.ok(output !== undefined, input.slice(0, 40));
        // The first 64 levels are indented (about 8,000 characters each way); everything deeper adds ': ' and ', '.
        assert.ok(output.length <= 2 * input.length + 20_000, `${output.length} characters for ${input.length}`);
        assert.equal(output.replace(/\s+/g, ''), input, 'only whitespace added');
      }
    });
  }
  it('puts the rest on one line once the indentation budget is spent, so wide deep documents stay linear too', () => {
    // 300,000 elements at depth 60 would take 120 characters of indentation each: 36 million for 600 KB.
    const input = '['.repeat(60) + '0,'.repeat(300_000) + '0' + ']'.repeat(60);
    const output = formatJsonText(input)!;
    assert.ok(output.length <= 7 * input.length + INDENT_BUDGET_SLACK + 200, `${output.length} characters for ${input.length}`);
    assert.equal(output.replace(/\s+/g, ''), input);
    assert.ok(output.endsWith('0, 0, 0' + ']'.repeat(60)), 'the tail, closers included, on one line');
    assert.doesNotThrow(() => JSON.parse(output));
  });
  it('gives up on damaged text', () => {
    assert.equal(formatJsonText('{"a":'), undefined);
    assert.equal(formatJsonText('{"a":1]'), undefined);
    assert.equal(formatJsonText(''), undefined);
  });
});

describe('suggestions', () => {
  it('measures transpositions as one edit', () => {
    assert.equal(editDistance('craeted_at', 'created_at'), 1);
  });
  it('suggests the closest value only when it is plausible', () => {
    const fields = ['created_at', 'description', 'public_metrics'];
    assert.equal(closestValue('create_at', fields), 'created_at');
    assert.equal(closestValue('PUBLIC_METRICS', fields), 'public_metrics');
    assert.equal(closestValue('zzz', fields), undefined);
  });
});

describe('credential input', () => {
  it('accepts each kind and lists its secrets', () => {
    const oauth1 = validateCredentials({ kind: 'oauth1', consumerKey: 'a', consumerSecret: 'b', accessToken: 'c', accessTokenSecret: 'd' });
    assert.ok(oauth1.ok);
    if (oauth1.ok) assert.deepEqual(secretsOf(oauth1.credentials), ['a', 'b', 'c', 'd']);
    assert.ok(validateCredentials({ kind: 'bearer', token: 'AAAA' }).ok);
    assert.ok(validateCredentials({ kind: 'oauth2', accessToken: 'tok' }).ok);
  });
  it('refuses bad input without repeating the secret', () => {
    const spaced = validateCredentials({ kind: 'bearer', token: 'has space secret123' });
    assert.equal(spaced.ok, false);
    if (!spaced.ok) assert.ok(!spaced.message.includes('secret123'));
    const missing = validateCredentials({ kind: 'oauth1', consumerKey: 'a' });
    assert.equal(missing.ok, false);
    if (!missing.ok) assert.match(missing.message, /consumerSecret/);
    assert.equal(validateCredentials({ kind: 'basic' }).ok, false);
    assert.equal(validateCredentials(null).ok, false);
  });
});
