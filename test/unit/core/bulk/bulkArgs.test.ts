import { strict as assert } from 'node:assert';
import { bulkCommandArgs } from '../../../../src/core/bulk/bulkArgs';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => String(1000 + i));

describe('bulk command arguments', () => {
  it('leaves 100 values or fewer without a confirm key to the single lookup', () => {
    assert.deepEqual(bulkCommandArgs({ ids: ids(100) }, 'usersByIds'), { kind: 'single' });
    assert.deepEqual(bulkCommandArgs({ id: '1' }, 'usersByIds'), { kind: 'single' });
    assert.deepEqual(bulkCommandArgs(undefined, 'usersByIds'), { kind: 'single' });
    // The other endpoint's list key does not make it bulk.
    assert.deepEqual(bulkCommandArgs({ usernames: ids(150) }, 'usersByIds'), { kind: 'single' });
  });

  it('takes more than 100 values, as a list or a comma-joined string, with fields and confirm', () => {
    const many = bulkCommandArgs({ ids: ids(250), userFields: 'created_at,public_metrics', confirm: false }, 'usersByIds');
    assert.equal(many.kind, 'bulk');
    if (many.kind !== 'bulk') return;
    assert.equal(many.args.values.length, 250);
    assert.deepEqual(many.args.userFields, ['created_at', 'public_metrics']);
    assert.equal(many.args.confirm, false);
    const joined = bulkCommandArgs({ usernames: ids(101).map((id) => `u${id}`).join(',') }, 'usersByUsernames');
    assert.equal(joined.kind === 'bulk' && joined.args.values.length, 101);
    assert.equal(joined.kind === 'bulk' && joined.args.confirm, true);
  });

  it('treats a confirm key as bulk even for a few values, and keeps the values unchecked for the reader to list', () => {
    const few = bulkCommandArgs({ ids: ['12', 'abc', 7], confirm: true }, 'usersByIds');
    assert.deepEqual(few, { kind: 'bulk', args: { values: ['12', 'abc', 7], confirm: true } });
  });

  it('refuses unknown keys, a non-boolean confirm, another endpoint and non-list values', () => {
    const unknown = bulkCommandArgs({ ids: ids(150), token: 'x' }, 'usersByIds');
    assert.equal(unknown.kind, 'invalid');
    assert.match(unknown.kind === 'invalid' ? unknown.message : '', /unknown key "token"/);
    assert.equal(bulkCommandArgs({ ids: ids(150), confirm: 'no' }, 'usersByIds').kind, 'invalid');
    assert.equal(bulkCommandArgs({ ids: ids(150), endpoint: 'usersByUsernames' }, 'usersByIds').kind, 'invalid');
    assert.equal(bulkCommandArgs({ ids: 12, confirm: false }, 'usersByIds').kind, 'invalid');
    assert.equal(bulkCommandArgs({ ids: ids(150), userFields: [1] }, 'usersByIds').kind, 'invalid');
  });
});
