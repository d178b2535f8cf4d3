import { strict as assert } from 'node:assert';
import { problemsOf } from '../../../../src/core/response/apiError';
import { formatJsonText } from '../../../../src/core/response/jsonFormat';
import { JsonIndex } from '../../../../src/core/response/jsonIndex';
import { resultDiagnostics } from '../../../../src/core/response/resultDiagnostics';

const NOT_FOUND = (id: string) => ({
  value: id, detail: `Could not find user with ids: [${id}].`, title: 'Not Found Error', resource_type: 'user',
  parameter: 'ids', resource_id: id, type: 'https://api.twitter.com/2/problems/resource-not-found',
});
const BODY = { data: [{ id: '2244994945', name: 'X Developers', username: 'XDevelopers' }], errors: [NOT_FOUND('1404'), NOT_FOUND('2404')] };

/** A result document's text and an index of it that counts how often it was built. */
function documentOf(text: string): { text: string; index: () => JsonIndex; builds: () => number } {
  let builds = 0;
  return { text, index: () => (builds++, JsonIndex.build(text)), builds: () => builds };
}

describe('resultDiagnostics', () => {
  it('puts each partial error of a success on its own element of errors, as a warning that links to X', () => {
    const doc = documentOf(formatJsonText(JSON.stringify(BODY))! + '\n');
    const found = resultDiagnostics({ ok: true, problems: problemsOf(BODY) }, doc.index);
    assert.deepEqual(found.map(({ start, end }) => JSON.parse(doc.text.slice(start, end)) as unknown), BODY.errors);
    assert.deepEqual(found.map((d) => d.message), [
      'Not Found Error: Could not find user with ids: [1404].',
      'Not Found Error: Could not find user with ids: [2404].',
    ]);
    assert.deepEqual(found.map((d) => d.severity), ['warning', 'warning']);
    assert.equal(found[0].typeUrl, 'https://api.twitter.com/2/problems/resource-not-found');
    assert.equal(doc.builds(), 1, 'one index for all problems');
  });

  it('finds the elements whatever the layout: compact, or written by someone else entirely', () => {
    for (const text of [JSON.stringify(BODY), JSON.stringify({ errors: BODY.errors, data: BODY.data }, null, '\t')]) {
      const found = resultDiagnostics({ ok: true, problems: problemsOf(BODY) }, documentOf(text).index);
      assert.deepEqual(found.map(({ start, end }) => JSON.parse(text.slice(start, end)) as unknown), BODY.errors, text);
    }
  });

  it('ignores an errors array that is not the top-level one', () => {
    const body = { data: { errors: [{ title: 'nested, not ours' }] }, errors: [NOT_FOUND('1404')] };
    const text = JSON.stringify(body, null, 2);
    const [only] = resultDiagnostics({ ok: true, problems: problemsOf(body) }, documentOf(text).index);
    assert.deepEqual(JSON.parse(text.slice(only.start, only.end)), body.errors[0]);
  });

  it('puts a problem past the end of errors on the first element, and a top-level problem at the top', () => {
    const text = JSON.stringify({ errors: [NOT_FOUND('1404')] }, null, 2);
    const found = resultDiagnostics({ ok: false, problems: [NOT_FOUND('1404'), { title: 'Another' }] }, documentOf(text).index);
    assert.deepEqual(found.map(({ start, end }) => [start, end]), [[text.indexOf('    {') + 4, text.indexOf('\n  ]')], [text.indexOf('    {') + 4, text.indexOf('\n  ]')]]);
    assert.deepEqual(found.map((d) => d.severity), ['error', 'error']);
    assert.equal(found[1].typeUrl, undefined, 'no X problem type, no link');

    const problem = { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' };
    const [top] = resultDiagnostics({ ok: false, problems: problemsOf(problem) }, documentOf(JSON.stringify(problem, null, 2)).index);
    assert.deepEqual(top, { start: 0, end: 1, message: 'Unauthorized', severity: 'error' });
  });

  it('links only X\'s own problem types, never one a server made up', () => {
    const body = { errors: [{ title: 'Phish', type: 'https://evil.example/2/problems/resource-not-found' }, { title: 'Capped', type: 'https://api.x.com/2/problems/usage-capped' }] };
    const found = resultDiagnostics({ ok: false, problems: problemsOf(body) }, documentOf(JSON.stringify(body)).index);
    assert.deepEqual(found.map((d) => d.typeUrl), [undefined, 'https://api.x.com/2/problems/usage-capped']);
  });

  it('says a failure without problems at the top, and leaves a clean success alone without indexing it', () => {
    const doc = documentOf('{\n  "x-api-explorer": "The lookup failed before a JSON body arrived."\n}\n');
    assert.deepEqual(resultDiagnostics({ ok: false, problems: [], errorMessage: 'connection refused' }, doc.index), [
      { start: 0, end: 1, message: 'connection refused', severity: 'error' },
    ]);
    assert.deepEqual(resultDiagnostics({ ok: false, problems: [] }, doc.index), []);
    assert.deepEqual(resultDiagnostics({ ok: true, problems: [], errorMessage: 'ignored for a success' }, doc.index), []);
    assert.equal(doc.builds(), 0);
  });

  it('still finds the complete elements of a damaged text', () => {
    const text = JSON.stringify(BODY, null, 2).slice(0, -20);
    const found = resultDiagnostics({ ok: true, problems: problemsOf(BODY) }, documentOf(text).index);
    assert.deepEqual(JSON.parse(text.slice(found[0].start, found[0].end)), BODY.errors[0]);
    assert.ok(found[1].end <= text.length, 'the cut element runs to the end of the text, not past it');
  });
});
