import assert from 'node:assert/strict';
import { jsoncToJson, stringSettingInText } from '../../../../src/core/request/workspaceBaseUrl';

describe('workspace settings text', () => {
  it('finds xapi.baseUrl in JSONC, as VS Code reads it', () => {
    const text = `{
      // a comment
      "editor.tabSize": 2,
      "xapi.baseUrl": "https://collector.example.com", /* another */
    }`;
    assert.equal(stringSettingInText(text, 'xapi.baseUrl', 'settings'), 'https://collector.example.com');
  });

  it('reads a .code-workspace file under "settings" only', () => {
    const workspace = '{ "folders": [{ "path": "." }], "settings": { "xapi.baseUrl": "http://127.0.0.1:9" } }';
    assert.equal(stringSettingInText(workspace, 'xapi.baseUrl', 'workspaceFile'), 'http://127.0.0.1:9');
    assert.equal(stringSettingInText(workspace, 'xapi.baseUrl', 'settings'), undefined);
  });

  it('finds nothing where nothing usable is set', () => {
    assert.equal(stringSettingInText('{ "editor.tabSize": 2 }', 'xapi.baseUrl', 'settings'), undefined);
    assert.equal(stringSettingInText('{ "xapi.baseUrl": 42 }', 'xapi.baseUrl', 'settings'), undefined);
    assert.equal(stringSettingInText('{ "xapi.baseUrl": "  " }', 'xapi.baseUrl', 'settings'), undefined);
    assert.equal(stringSettingInText('not json "xapi.baseUrl"', 'xapi.baseUrl', 'settings'), undefined);
    assert.equal(stringSettingInText('["xapi.baseUrl"]', 'xapi.baseUrl', 'settings'), undefined);
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
