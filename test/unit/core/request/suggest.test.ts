import { strict as assert } from 'node:assert';
import { closestValue, editDistance } from '../../../../src/core/request/suggest';

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
