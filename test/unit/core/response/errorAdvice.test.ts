// What a failed lookup's notification advises, by error kind, and how serious it is (shared with the diagnostics).
import { strict as assert } from 'node:assert';
import { adviceFor, failureSeverity } from '../../../../src/core/response/errorAdvice';
import { resultDiagnostics } from '../../../../src/core/response/resultDiagnostics';
import type { JsonIndex } from '../../../../src/core/response/jsonIndex';

describe('advice on a failed lookup', () => {
  it('explains a 402 out-of-credits answer: add credits, then send again or resume', () => {
    const { advice } = adviceFor('out-of-credits', { sandbox: false });
    assert.match(advice ?? '', /run out of credits .*developer console.*Resume Bulk Lookup/);
  });

  it('says what to check after a network failure, with a button for each', () => {
    const { advice, actions } = adviceFor('network', { sandbox: false });
    assert.match(advice ?? '', /network connection or proxy/);
    assert.match(advice ?? '', /xapi\.baseUrl/);
    assert.match(advice ?? '', /xapi\.sandbox: always/);
    assert.deepEqual(actions, [{ kind: 'openSetting', setting: 'baseUrl' }, { kind: 'useSandbox' }, { kind: 'showLog' }]);
  });

  it('offers the timeout setting after a timeout, and credentials after a 401', () => {
    assert.deepEqual(adviceFor('timeout', { sandbox: false }).actions.map((a) => a.kind), ['openSetting', 'openSetting', 'useSandbox', 'showLog']);
    assert.deepEqual(adviceFor('unauthorized', { sandbox: false }).actions.map((a) => a.kind), ['setCredentials', 'signIn', 'showLog']);
  });

  it('offers only the log for the sandbox and for kinds with nothing to check', () => {
    assert.deepEqual(adviceFor('network', { sandbox: true }), { actions: [{ kind: 'showLog' }] });
    assert.deepEqual(adviceFor('not-found', { sandbox: false }), { actions: [{ kind: 'showLog' }] });
    assert.deepEqual(adviceFor(undefined, { sandbox: false }), { actions: [{ kind: 'showLog' }] });
    for (const kind of ['network', 'timeout', 'invalid-body', 'unauthorized', 'forbidden', 'server-error', 'rate-limited']) {
      const { actions } = adviceFor(kind, { sandbox: false });
      assert.deepEqual(actions[actions.length - 1], { kind: 'showLog' }, kind);
    }
  });

  it('rates a lookup that found nothing a warning, in the notification and the diagnostics alike', () => {
    assert.equal(failureSeverity('resource-errors'), 'warning');
    assert.equal(failureSeverity('not-found'), 'warning');
    assert.equal(failureSeverity('network'), 'error');
    assert.equal(failureSeverity('unauthorized'), 'error');
    const index = { elementsAt: () => [{ start: 10, end: 20 }] } as unknown as JsonIndex;
    const notFound = resultDiagnostics({ ok: false, errorKind: 'resource-errors', problems: [{ title: 'Not Found Error', detail: 'Could not find user with id: [1].' }] }, () => index);
    assert.deepEqual(notFound.map((d) => d.severity), [failureSeverity('resource-errors')]);
    const refused = resultDiagnostics({ ok: false, errorKind: 'network', problems: [], errorMessage: 'the server refused the connection' }, () => index);
    assert.deepEqual(refused.map((d) => d.severity), [failureSeverity('network')]);
  });
});
