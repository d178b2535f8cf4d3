import { strict as assert } from 'node:assert';
import { describeProblem, describeV1Error, errorFromResponse, problemsOf, v1ErrorsOf } from '../../../../src/core/response/apiError';

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
