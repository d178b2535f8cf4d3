import { strict as assert } from 'node:assert';
import { AUTH_KINDS, AUTH_LABELS, ENDPOINT_IDS, ENDPOINTS } from '../../../../src/core/catalog/endpoints';
import type { LookupRequest } from '../../../../src/core/request/lookupRequest';
import { cliCommand } from '../../../../src/core/snippets/curl';
import { LOOKUP_COMMANDS, parseCli } from '../../../../src/cli/args';

const SAMPLE: Readonly<Record<string, LookupRequest>> = {
  userById: { endpoint: 'userById', id: '2244994945' },
  usersByIds: { endpoint: 'usersByIds', ids: ['2244994945', '783214'] },
  userByUsername: { endpoint: 'userByUsername', username: 'XDevelopers' },
  usersByUsernames: { endpoint: 'usersByUsernames', usernames: ['XDevelopers', 'X'] },
  me: { endpoint: 'me' },
  customProfile: { endpoint: 'customProfile', id: '100001' },
  customProfiles: { endpoint: 'customProfiles' },
};

describe('endpoint catalogue', () => {
  it('holds every fact shown about an endpoint', () => {
    const cliNames = new Set<string>();
    for (const id of ENDPOINT_IDS) {
      const spec = ENDPOINTS[id];
      assert.equal(spec.id, id);
      assert.match(spec.cliName, /^[a-z]+(-[a-z]+)*$/, id);
      cliNames.add(spec.cliName);
      assert.match(spec.noun, /^[a-z][a-z ]*$/, id);
      assert.equal(spec.recordNoun, spec.api === 'v1.1' ? 'profile' : 'user', id);
      assert.match(spec.icon, /^[a-z]+(-[a-z]+)*$/, id);
      // An example exactly where an input asks for a value.
      assert.equal(spec.example !== undefined, spec.pathParam !== undefined || spec.listParam !== undefined, id);
    }
    assert.equal(cliNames.size, ENDPOINT_IDS.length, 'CLI names are unique');
  });

  it('gives the CLI its subcommands, and the copied CLI line parses back to the same lookup', () => {
    assert.deepEqual(Object.keys(LOOKUP_COMMANDS), ENDPOINT_IDS.map((id) => ENDPOINTS[id].cliName));
    for (const id of ENDPOINT_IDS) {
      const line = cliCommand(SAMPLE[id], 'oauth1', undefined, '2.166');
      const argv = line.split(' ').slice(1).map((word) => word.replace(/^'(.*)'$/, '$1'));
      const parsed = parseCli(argv);
      assert.ok(parsed.ok, line);
      assert.equal(parsed.command.kind === 'lookup' && parsed.command.endpoint, id, line);
    }
    assert.equal(parseCli(['constructor']).ok, false);
  });

  it('names every auth kind in one table, in all three forms', () => {
    assert.deepEqual(Object.keys(AUTH_LABELS).sort(), [...AUTH_KINDS].sort());
    for (const kind of AUTH_KINDS) {
      const label = AUTH_LABELS[kind];
      for (const form of [label.short, label.kind, label.full]) assert.ok(form.length > 0 && form.trim() === form, `${kind}: ${form}`);
    }
    assert.equal(AUTH_LABELS.bearer.kind, 'app-only Bearer');
    assert.equal(AUTH_LABELS.oauth1.full, 'OAuth 1.0a user context');
  });
});
