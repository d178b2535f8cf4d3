import { strict as assert } from 'node:assert';
import {
  builderArgs,
  fileInArgs,
  lookupCommandArgs,
  nameInArgs,
  requestInArgs,
  resultLinkArgs,
  storeCommandOptions,
  storeEntryInArgs,
} from '../../../../src/core/request/commandArgs';
import { NAME_MAX_LENGTH } from '../../../../src/core/savedLookups/name';

const JACK = { endpoint: 'userById', id: '2244994945' } as const;

describe('command arguments', () => {
  it('lookup commands: the request for the command\'s endpoint', () => {
    assert.deepEqual(lookupCommandArgs({ ids: '1, 2' }, 'usersByIds'), { ok: true, value: { endpoint: 'usersByIds', ids: ['1', '2'] } });
    assert.equal(lookupCommandArgs({ id: '1', token: 'x' }, 'userById').ok, false);
  });

  it('rerun, save and copy: { request }, a saved lookup element or a history element', () => {
    assert.deepEqual(requestInArgs({ request: JACK }), { kind: 'request', request: JACK });
    assert.deepEqual(requestInArgs({ kind: 'lookup', lookup: { id: 's1', name: 'Jack', request: JACK } }), { kind: 'request', request: JACK });
    assert.deepEqual(requestInArgs({ kind: 'history', entry: { id: 'h1', request: JACK, ok: true } }), { kind: 'request', request: JACK });
    for (const nothing of [undefined, null, 'x', 7, {}, { name: 'only a name' }, { lookup: 'not an object' }]) {
      assert.deepEqual(requestInArgs(nothing), { kind: 'none' }, JSON.stringify(nothing));
    }
    const invalid = requestInArgs({ request: { endpoint: 'userById', id: 1 } });
    assert.equal(invalid.kind, 'invalid');
    assert.match(invalid.kind === 'invalid' ? invalid.message : '', /id must be a string/);
  });

  it('save: a name when given as text', () => {
    assert.equal(nameInArgs({ name: 'Mine' }), 'Mine');
    for (const none of [undefined, {}, { name: 7 }, 'Mine']) assert.equal(nameInArgs(none), undefined);
  });

  it('the builder: { request, name? } or a bare request; anything else opens it as it was', () => {
    assert.deepEqual(builderArgs({ request: { endpoint: 'userById', id: '1' }, name: 'One' }), { request: { endpoint: 'userById', id: '1' }, name: 'One' });
    assert.deepEqual(builderArgs({ endpoint: 'me' }), { request: { endpoint: 'me' } });
    assert.deepEqual(builderArgs({ request: { endpoint: 'me' }, name: '   ' }), { request: { endpoint: 'me' } });
    assert.equal(builderArgs({ request: { endpoint: 'me' }, name: 'x'.repeat(500) })?.name?.length, NAME_MAX_LENGTH);
    for (const none of [undefined, 'userById', { endpoint: 'nope' }, { kind: 'lookup', lookup: { id: 's1' } }, { request: { endpoint: 'me', token: 't' } }]) {
      assert.equal(builderArgs(none), undefined, JSON.stringify(none));
    }
  });

  it('result links: { id } by id, { username } by username, and nothing else', () => {
    assert.deepEqual(resultLinkArgs({ id: '783214' }), { ok: true, value: { endpoint: 'userById', id: '783214' } });
    assert.deepEqual(resultLinkArgs({ username: 'X' }), { ok: true, value: { endpoint: 'userByUsername', username: 'X' } });
    // Extra keys of a link are not read at all: fields cannot be smuggled in.
    assert.deepEqual(resultLinkArgs({ id: '1', userFields: ['created_at'], endpoint: 'me' }), { ok: true, value: { endpoint: 'userById', id: '1' } });
    assert.equal(resultLinkArgs({ id: 783214 }).ok, false);
    assert.equal(resultLinkArgs(undefined).ok, true, 'no id: the empty lookup, which validation then refuses');
  });

  it('saved-lookup commands: which entry, and the automation options', () => {
    assert.deepEqual(storeEntryInArgs({ id: 's1' }), { kind: 'saved', id: 's1' });
    assert.deepEqual(storeEntryInArgs({ kind: 'lookup', lookup: { id: 's2' } }), { kind: 'saved', id: 's2' });
    assert.deepEqual(storeEntryInArgs({ historyId: 'h1' }), { kind: 'history', id: 'h1' });
    assert.deepEqual(storeEntryInArgs({ kind: 'history', entry: { id: 'h2' } }), { kind: 'history', id: 'h2' });
    for (const none of [undefined, 's1', {}, { id: 7 }, { lookup: { id: 's2' } }, { kind: 'group', group: { type: 'folder' } }]) {
      assert.equal(storeEntryInArgs(none), undefined, JSON.stringify(none));
    }
    assert.deepEqual(storeCommandOptions({ id: 's1', name: 'New', confirm: false }), { name: 'New', confirm: false });
    assert.deepEqual(storeCommandOptions(undefined), { confirm: true });
    assert.deepEqual(storeCommandOptions({ confirm: 'no' }), { confirm: true });
  });

  it('export and import: a URI or a path given as text', () => {
    assert.deepEqual(fileInArgs({ uri: 'file:///tmp/x.json' }), { kind: 'uri', text: 'file:///tmp/x.json' });
    assert.deepEqual(fileInArgs({ uri: '/tmp/x.json' }), { kind: 'path', text: '/tmp/x.json' });
    for (const none of [undefined, {}, { uri: '' }, { uri: 7 }]) assert.equal(fileInArgs(none), undefined);
  });
});
