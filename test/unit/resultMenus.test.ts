// The result editor's title button and the History entry's inline button, as the manifest declares them: each says
// what it does (issue 11), and a History click is not the command that sends.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Commands, RESULT_SCHEME, Settings } from '../../src/host/common/ids';
import { projectRoot } from '../../tools/workbench/projectFiles';

const manifest = JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(resolve(projectRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;

function titleOf(command: string): string {
  const declared = (manifest.contributes.commands as { command: string; title: string }[]).find((c) => c.command === command);
  assert.ok(declared, command);
  return nls[declared.title.slice(1, -1)];
}

describe('manifest: result and history buttons', () => {
  it('gives the result editor a "Rerun This Lookup" button, not "Rerun Last Lookup"', () => {
    const onResults = (manifest.contributes.menus['editor/title'] as { command: string; when: string }[]).filter((e) => e.when.includes(`resourceScheme == ${RESULT_SCHEME}`));
    assert.ok(onResults.some((e) => e.command === Commands.rerunThisLookup));
    assert.ok(!onResults.some((e) => e.command === Commands.rerunLastLookup));
    assert.equal(titleOf(Commands.rerunThisLookup), 'Rerun This Lookup');
  });

  it('runs a History entry again only from its explicit button', () => {
    const inline = (manifest.contributes.menus['view/item/context'] as { command: string; when: string; group: string }[])
      .filter((e) => e.when.includes('viewItem == historyEntry') && e.group.startsWith('inline'));
    assert.deepEqual(inline.map((e) => e.command), [Commands.rerunHistoryEntry]);
    assert.equal(titleOf(Commands.rerunHistoryEntry), 'Run Again');
    assert.equal(titleOf(Commands.compareHistoryEntries), 'Compare with...');
  });

  it('declares xapi.history.keepResponses on by default', () => {
    const groups = manifest.contributes.configuration as { properties: Record<string, { default?: unknown }> }[];
    const declared = groups.find((group) => Settings.historyKeepResponses in group.properties);
    assert.equal(declared?.properties[Settings.historyKeepResponses].default, true);
  });
});
