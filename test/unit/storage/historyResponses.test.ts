// The responses kept for history entries, on a real temp folder in plain Node: atomic files, the caps, eviction of
// orphans and of the oldest, Clear History deleting them, and a damaged or hostile file read as nothing.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { StoredResponse } from '../../../src/core/savedLookups/storedResponse';
import { HistoryResponses, RESPONSES_DIR_NAME } from '../../../src/storage/historyResponses';

const AT = '2025-03-01T10:00:00.000Z';

function response(text: string): StoredResponse {
  return { at: AT, ok: true, status: 200, headers: { 'content-type': 'application/json' }, text, problems: [], sandbox: true, signedWith: 'sandbox' };
}

describe('history responses on disk', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-responses-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps a response in its own file and reads it back; creates nothing until then', async () => {
    const responses = new HistoryResponses(root);
    assert.equal(fs.existsSync(responses.folder), false);
    assert.equal(await responses.read('a'), undefined);
    assert.deepEqual(await responses.keep('a', response('{"data":{}}\n')), { kept: true, bytes: fs.statSync(path.join(root, RESPONSES_DIR_NAME, 'a.json')).size });
    assert.deepEqual(await responses.read('a'), response('{"data":{}}\n'));
    assert.deepEqual(fs.readdirSync(responses.folder), ['a.json'], 'no temp file left behind');
  });

  it('does not keep a response past the per-entry cap, nor one whose id could name another file', async () => {
    const responses = new HistoryResponses(root, { maxBytes: 500 });
    const result = await responses.keep('big', response('x'.repeat(600)));
    assert.equal(result.kept, false);
    assert.equal(fs.existsSync(path.join(responses.folder, 'big.json')), false);
    assert.deepEqual(await responses.keep('../lookups', response('{}')), { kept: false, reason: 'unsafe-id' });
    assert.equal(await responses.read('../lookups'), undefined);
    assert.equal(fs.existsSync(path.join(root, 'lookups.json')), false);
  });

  it('deletes the responses of entries gone from the history, and the oldest past the total cap', async () => {
    let now = Date.now() + 60_000;
    const writer = new HistoryResponses(root);
    for (const id of ['a', 'b', 'c', 'gone']) await writer.keep(id, response('y'.repeat(200)));
    const size = fs.statSync(writer.fileOf('a')).size;
    // Room for two of the three entries still in the history.
    const responses = new HistoryResponses(root, { totalMaxBytes: 2 * size + 10, graceMs: 10_000, now: () => now });
    // History newest first: c, b, a; "gone" was cut from it.
    assert.deepEqual((await responses.prune(['c', 'b', 'a'])).sort(), ['a', 'gone']);
    assert.deepEqual(fs.readdirSync(responses.folder).sort(), ['b.json', 'c.json']);
    // A file younger than the grace is another window's, whose entry this one has not read yet.
    now = Date.now();
    await responses.keep('fresh', response('{}'));
    assert.ok(!(await responses.prune(['c', 'b'])).includes('fresh'));
    assert.ok(fs.existsSync(responses.fileOf('fresh')));
  });

  it('clears every kept response and the folder (Clear History)', async () => {
    const responses = new HistoryResponses(root);
    await responses.keep('a', response('{}'));
    await responses.keep('b', response('{}'));
    fs.writeFileSync(path.join(responses.folder, 'a.json.123abc.tmp'), 'partial');
    assert.equal(await responses.clear(), 2);
    assert.equal(fs.existsSync(responses.folder), false);
    assert.equal(await responses.clear(), 0);
  });

  it('reads a damaged or hand-edited file as nothing, or as only what checks out', async () => {
    const responses = new HistoryResponses(root);
    fs.mkdirSync(responses.folder, { recursive: true });
    fs.writeFileSync(path.join(responses.folder, 'broken.json'), '{"version":1,"response":');
    assert.equal(await responses.read('broken'), undefined);
    fs.writeFileSync(path.join(responses.folder, 'edited.json'), JSON.stringify({
      version: 1,
      response: { ...response('{}'), headers: { 'set-cookie': 'sid=abcdef123456', 'x-ok': '1' }, bearer: 'AAAAAAAAAAAAAAAAsecret' },
    }));
    const read = await responses.read('edited');
    assert.deepEqual(read?.headers, { 'x-ok': '1' });
    assert.ok(!JSON.stringify(read).includes('secret'));
  });
});
