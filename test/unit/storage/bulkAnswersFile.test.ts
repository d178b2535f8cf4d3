import { strict as assert } from 'node:assert';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BulkAnswersFile } from '../../../src/storage/bulkAnswersFile';

describe('bulk answers file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xapi-bulk-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps each answered batch and reads back the done ones, skipping a line cut short', async () => {
    const file = new BulkAnswersFile(join(dir, 'storage'));
    await file.append(0, { data: [{ id: '1', username: 'a' }], errors: [], includes: {} });
    await file.append(1, { data: [{ id: '2', username: 'b' }], errors: [{ title: 'Not Found Error', parameter: 'ids', value: '404' }], includes: { tweets: [{ id: '9' }] } });
    await file.append(2, { data: [{ id: '3' }], errors: [], includes: {} });
    await appendFile(file.file, '{"index":3,"answer":{"data":[{"id":');
    const read = await file.read([0, 1, 3]);
    assert.deepEqual([...read.keys()], [0, 1]);
    assert.deepEqual(read.get(1)?.includes, { tweets: [{ id: '9' }] });
    assert.equal(read.get(1)?.errors.length, 1);
    assert.ok(!(await readFile(file.file, 'utf8')).includes('Bearer'));
    await file.clear();
    assert.equal((await file.read([0])).size, 0);
  });
});
