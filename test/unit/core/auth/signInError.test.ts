import { strict as assert } from 'node:assert';
import { isSignInError, SignInError } from '../../../../src/core/auth/signInError';
import type * as SignInErrorModule from '../../../../src/core/auth/signInError';

/** A second copy of the module, as the engine bundle (dist/engine.js) has one of its own beside the host's. */
function otherCopy(): typeof SignInErrorModule {
  const file = require.resolve('../../../../src/core/auth/signInError');
  const kept = require.cache[file];
  delete require.cache[file];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as typeof SignInErrorModule;
  } finally {
    require.cache[file] = kept;
  }
}

describe('isSignInError', () => {
  it('recognises its own errors', () => {
    assert.equal(isSignInError(new SignInError('invalid-grant', 'sign in again')), true);
  });

  it('recognises the errors of another bundle\'s copy of the class, with their reason', () => {
    const other = otherCopy();
    assert.notEqual(other.SignInError, SignInError, 'the copy is a class of its own');
    const error: unknown = new other.SignInError('invalid-grant', 'the refresh token was used', { oauthError: 'invalid_grant', status: 400 });
    assert.equal(error instanceof SignInError, false);
    assert.equal(isSignInError(error), true);
    assert.equal(isSignInError(error) && error.reason, 'invalid-grant');
  });

  it('refuses what only looks a little like one', () => {
    const named = Object.assign(new Error('x'), { name: 'SignInError' });
    assert.equal(isSignInError(named), false, 'no reason');
    assert.equal(isSignInError(Object.assign(new Error('x'), { name: 'SignInError', reason: 'gremlins', detail: {} })), false, 'an unknown reason');
    assert.equal(isSignInError({ name: 'SignInError', reason: 'denied', detail: {}, message: 'x' }), false, 'not an Error');
    assert.equal(isSignInError(new Error('denied')), false);
    assert.equal(isSignInError(undefined), false);
  });
});
