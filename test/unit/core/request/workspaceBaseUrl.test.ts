import assert from 'node:assert/strict';
import { baseUrlInSettingsText, jsoncToJson } from '../../../../src/core/request/workspaceBaseUrl';

describe('workspace settings text', () => {
  it('finds xapi.baseUrl in JSONC, as VS Code reads it', () => {
    const text = `{
      // a comment
      "editor.tabSize": 2,
      "xapi.baseUrl": "https://collector.example.com", /* another */
    }`;
    assert.equal(baseUrlInSettingsText(text, 'settings'), 'https://collector.example.com');
  });

  it('reads a .code-workspace file under "settings" only', () => {
    const workspace = '{ "folders": [{ "path": "." }], "settings": { "xapi.baseUrl": "http://127.0.0.1:9" } }';
    assert.equal(baseUrlInSettingsText(workspace, 'workspaceFile'), 'http://127.0.0.1:9');
    assert.equal(baseUrlInSettingsText(workspace, 'settings'), undefined);
  });

  it('finds nothing where nothing usable is set', () => {
    assert.equal(baseUrlInSettingsText('{ "editor.tabSize": 2 }', 'settings'), undefined);
    assert.equal(baseUrlInSettingsText('{ "xapi.baseUrl": 42 }', 'settings'), undefined);
    assert.equal(baseUrlInSettingsText('{ "xapi.baseUrl": "  " }', 'settings'), undefined);
    assert.equal(baseUrlInSettingsText('not json "xapi.baseUrl"', 'settings'), undefined);
    assert.equal(baseUrlInSettingsText('["xapi.baseUrl"]', 'settings'), undefined);
  });
});

describe('JSONC to JSON', () => {
  it('drops comments and trailing commas, never touching strings', () => {
    const text = '{ "a": "http://x//y", /* c, */ "b": ["/*not*/", "\\"", ], // end, \n "c": { "d": 1, }, }';
    assert.deepEqual(JSON.parse(jsoncToJson(text)), { a: 'http://x//y', b: ['/*not*/', '"'], c: { d: 1 } });
  });

  it('leaves plain JSON as it is and stays linear on a large file', () => {
    const plain = JSON.stringify({ k: [1, 2, { x: 'y,' }] });
    assert.equal(jsoncToJson(plain), plain);
    const big = `{${Array.from({ length: 20000 }, (_, i) => `"k${i}": "v", // c\n`).join('')}}`;
    assert.equal(Object.keys(JSON.parse(jsoncToJson(big))).length, 20000);
  });
});
