import { strict as assert } from 'node:assert';
import { estimateBulkCost, estimateCost } from '../../../../src/core/catalog/cost';
import { csvColumns, csvUserRow } from '../../../../src/core/bulk/csvColumns';
import { answerOfBody, countMissing, IncludesMerger, mergeBatchAnswers } from '../../../../src/core/bulk/merge';
import { estimatePlan, planBulk, type BulkPlan } from '../../../../src/core/bulk/plan';
import { endRun, markBatchDone, newProgress, parseProgress, pendingBatches, progressMatches } from '../../../../src/core/bulk/progress';

const ids = (n: number, from = 1): string[] => Array.from({ length: n }, (_, i) => String(from + i));

function plan(values: readonly string[], extra: { userFields?: string[] } = {}): BulkPlan {
  const planned = planBulk({ endpoint: 'usersByIds', values, ...extra }, { vocabulary: '2.166', auth: 'bearer' });
  if (!planned.ok) assert.fail(planned.issues.map((i) => i.message).join('; '));
  return planned.plan;
}

describe('bulk plan', () => {
  it('cuts any number of values into requests of at most 100, in order', () => {
    const p = plan(ids(250), { userFields: ['public_metrics'] });
    assert.deepEqual(p.batches.map((b) => b.values.length), [100, 100, 50]);
    assert.deepEqual(p.batches.map((b) => b.index), [0, 1, 2]);
    assert.equal(p.batches[2].values[0], '201');
    assert.equal(p.batches[0].request.pathAndQuery, `/2/users?ids=${ids(100).join(',')}&user.fields=public_metrics`);
    assert.equal(plan(ids(10_000)).batches.length, 100);
    assert.equal(plan(ids(100)).batches.length, 1);
    assert.equal(plan(ids(101)).batches.length, 2);
  });

  it('refuses the whole plan for a malformed value, a repeat across batches or a bad field, and sends nothing', () => {
    const bad = planBulk({ endpoint: 'usersByIds', values: [...ids(150), '12x', '5'] }, { vocabulary: '2.166', auth: 'bearer' });
    assert.equal(bad.ok, false);
    const messages = bad.ok ? [] : bad.issues.map((i) => i.message);
    assert.ok(messages.some((m) => /"12x" is not an id: an id is 1 to 19 digits/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /lists "5" more than once/.test(m)), messages.join('\n'));
    const field = planBulk({ endpoint: 'usersByUsernames', values: ['a', 'b'], userFields: ['create_at'] }, { vocabulary: '2.166', auth: 'bearer' });
    assert.match(field.ok ? '' : field.issues[0].message, /did you mean created_at/);
    const empty = planBulk({ endpoint: 'usersByIds', values: [] }, { vocabulary: '2.166', auth: 'bearer' });
    assert.match(empty.ok ? '' : empty.issues[0].message, /no ids to look up/);
  });

  it('gives the same planId for the same input and another for any change', () => {
    const a = plan(ids(120)).planId;
    assert.equal(plan(ids(120)).planId, a);
    assert.notEqual(plan(ids(121)).planId, a);
    assert.notEqual(plan(ids(120), { userFields: ['id'] }).planId, a);
    assert.notEqual(plan(['12', '3']).planId, plan(['1', '23']).planId);
  });

  it('prices the plan at $0.010 a user, users billed earlier today free', () => {
    const p = plan(ids(250));
    assert.deepEqual(estimatePlan(p), { users: 250, alreadyBilledToday: 0, billable: 250, unitUsd: 0.01, totalUsd: 2.5, batches: 3 });
    const billed = new Set(['1', '2', '3']);
    assert.deepEqual(estimatePlan(p, (kind, value) => kind === 'id' && billed.has(value)),
      { users: 250, alreadyBilledToday: 3, billable: 247, unitUsd: 0.01, totalUsd: 2.47, batches: 3 });
    assert.equal(estimateBulkCost('id', ids(10_000)).totalUsd, 100);
    assert.deepEqual(estimateBulkCost('username', ['Jack', 'jack', 'bad name', 'x']),
      { users: 2, alreadyBilledToday: 0, billable: 2, unitUsd: 0.01, totalUsd: 0.02, batches: 1 });
  });

  it("takes the ledger's discount in the single lookup's estimate too", () => {
    const billed = (kind: string, value: string) => kind === 'username' && value.toLowerCase() === 'jack';
    assert.deepEqual(estimateCost({ endpoint: 'usersByUsernames', usernames: ['JACK', 'x'] }, billed),
      { kind: 'perUser', users: 2, unitUsd: 0.01, totalUsd: 0.01, alreadyBilledToday: 1 });
    assert.deepEqual(estimateCost({ endpoint: 'userByUsername', username: 'Jack' }, billed),
      { kind: 'perUser', users: 1, unitUsd: 0.01, totalUsd: 0, alreadyBilledToday: 1 });
  });
});

describe('bulk progress record', () => {
  const at = new Date('2026-03-01T10:00:00Z');

  it('marks batches done, knows what is pending, and survives JSON', () => {
    const p = plan(ids(350));
    let progress = newProgress(p, at);
    progress = markBatchDone(progress, 2, { found: 90, notFound: 10, requests: 1 }, at);
    progress = markBatchDone(progress, 0, { found: 100, notFound: 0, requests: 3 }, at);
    assert.deepEqual(progress.done, [0, 2]);
    assert.deepEqual(pendingBatches(p, progress), [1, 3]);
    progress = endRun(progress, 'cancelled', at, 'cancelled');
    const back = parseProgress(JSON.parse(JSON.stringify(progress)));
    assert.deepEqual(back, JSON.parse(JSON.stringify(progress)));
    assert.equal(back?.status, 'cancelled');
    assert.ok(back && progressMatches(p, back));
    assert.equal(progressMatches(plan(ids(351)), progress), false);
    // Counts and the plan's identity only: no value of the plan is in it.
    assert.ok(!JSON.stringify(progress).includes('"1"'));
  });

  it('is complete when every batch is done, whatever ended the run', () => {
    const p = plan(ids(50));
    const progress = markBatchDone(newProgress(p, at), 0, { found: 50, notFound: 0, requests: 1 }, at);
    assert.equal(progress.status, 'complete');
    assert.equal(endRun(progress, 'stopped', at, 'x').status, 'complete');
  });

  it('refuses a record that is not one', () => {
    const good = JSON.parse(JSON.stringify(newProgress(plan(ids(5)), at)));
    for (const bad of [null, 3, { ...good, version: 2 }, { ...good, done: [5] }, { ...good, done: ['0'] }, { ...good, planId: 'zz' },
      { ...good, status: 'paused' }, { ...good, found: -1 }]) {
      assert.equal(parseProgress(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('bulk merge', () => {
  const tweet = (id: string) => ({ id, text: `t${id}` });

  it('merges data and errors in order and includes without duplicates', () => {
    const a = answerOfBody({
      data: [{ id: '1' }, { id: '2' }],
      includes: { tweets: [tweet('10'), tweet('11')], users: [{ id: '7' }] },
      errors: [{ parameter: 'ids', value: '3', title: 'Not Found Error' }],
    });
    const b = answerOfBody({
      data: [{ id: '4' }],
      includes: { tweets: [tweet('11'), tweet('12')], media: [{ media_key: '3_1' }, { media_key: '3_1' }], users: [{ id: '7' }, { id: '8' }] },
      errors: [{ parameter: 'pinned_tweet_id', value: '99', title: 'Not Found Error' }],
    });
    const merged = mergeBatchAnswers([a, b]);
    assert.deepEqual(merged.data.map((u) => u.id), ['1', '2', '4']);
    assert.deepEqual(merged.includes?.tweets.map((t) => t.id), ['10', '11', '12']);
    assert.deepEqual(merged.includes?.users.map((u) => u.id), ['7', '8']);
    assert.deepEqual(merged.includes?.media, [{ media_key: '3_1' }]);
    assert.deepEqual(merged.errors?.map((e) => e.value), ['3', '99']);
    assert.equal(countMissing(a, 'ids'), 1);
    assert.equal(countMissing(b, 'ids'), 0);
  });

  it('leaves includes and errors out when there are none, and reads a single-object data', () => {
    assert.deepEqual(mergeBatchAnswers([answerOfBody({ data: { id: '1' } }), answerOfBody({ errors: [] }), answerOfBody('x')]), { data: [{ id: '1' }] });
  });

  it('keeps included objects without a key apart by their content', () => {
    const merger = new IncludesMerger();
    merger.add({ places: [{ name: 'a' }, { name: 'a' }, { name: 'b' }] });
    assert.deepEqual(merger.result().places, [{ name: 'a' }, { name: 'b' }]);
  });
});

describe('CSV columns', () => {
  it('flattens documented plain members, in the vocabulary asked for, and keeps objects as JSON', () => {
    assert.deepEqual(csvColumns(['public_metrics', 'entities', 'username', 'created_at'], '2.166'), [
      'id', 'name', 'username',
      'public_metrics.followers_count', 'public_metrics.following_count', 'public_metrics.tweet_count', 'public_metrics.listed_count',
      'public_metrics.like_count', 'entities', 'created_at',
    ]);
    const v167 = csvColumns(['public_metrics'], '2.167');
    assert.ok(v167.includes('public_metrics.post_count') && !v167.includes('public_metrics.tweet_count'), v167.join());
    assert.deepEqual(csvColumns(undefined, '2.166'), ['id', 'name', 'username']);
  });

  it('writes one row per user: numbers as they are, text quoted and defused, missing fields empty', () => {
    const columns = ['id', 'name', 'username', 'public_metrics.followers_count', 'description', 'entities', 'protected', 'location'];
    const row = csvUserRow({
      id: '1', name: '=cmd|calc', username: 'u1', public_metrics: { followers_count: -1 }, description: 'a, "b"',
      entities: { url: { urls: [] } }, protected: false,
    }, columns);
    assert.equal(row, `1,'=cmd|calc,u1,-1,"a, ""b""","{""url"":{""urls"":[]}}",false,\r\n`);
  });
});
