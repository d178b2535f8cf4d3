// Nothing a response says is taken as markup: hovers escape response keys, only links we build are links, and a
// problem's `type` is linked only when it is one of X's own problem URIs.
import { strict as assert } from 'node:assert';
import { xProblemTypeUrl } from '../../../../src/core/response/apiError';
import { formatFieldDocMarkdown, docForResponsePath } from '../../../../src/core/fieldDocs/lookup';
import { hoverAt } from '../../../../src/core/inline/hover';
import { InlineIndex } from '../../../../src/core/inline/documentIndex';
import { JsonIndex } from '../../../../src/core/response/jsonIndex';
import { escapeMarkdown, notificationText } from '../../../../src/core/util/markdown';
import { resultHoverMarkdown } from '../../../../src/core/response/hoverMarkdown';
import { escapeControls } from '../../../../src/core/util/terminal';

const LOOK_UP = 'xapi.lookUpFromResult';

const CRAFTED_KEYS = [
  '[look up](command:xapi.setCredentials)',
  '![x](https://evil/t.png)',
  '<img src=x onerror=alert(1)>',
  '`code` and ``more``',
  '**bold** _em_ ~~gone~~',
  'https://evil.example/track?u=1 www.evil.example',
  '$(warning) fake icon',
  '&lt;entity&gt; &#x5b;',
  'line\nbreak\r\n# heading\n> quote',
  '[ref]: https://evil/ref',
  'a\\[b\\](command:xapi.clearCredentials)',
];

/** The Markdown with every backslash escape taken out: what is left is what a renderer would act on. */
function unescaped(markdown: string): string {
  return markdown.replace(/\\[\s\S]/g, '');
}

/** Asserts that nothing of the Markdown is a link, an image, HTML, code, an autolink or an icon. */
function assertInert(markdown: string, where: string): void {
  const live = unescaped(markdown);
  for (const pattern of [/\[/, /\]/, /\(/, /</, /!/, /`/, /\$/, /&/, /:\/\//, /www\./, /command:/]) {
    assert.doesNotMatch(live, pattern, `${where}: ${JSON.stringify(markdown)}`);
  }
}

/** The Markdown a hover on `key` shows, through the same index and builder the editor uses. */
function hoverOnKey(key: string, value = '1'): string | undefined {
  const text = JSON.stringify({ data: { id: '2244994945', [key]: value } }, null, 2);
  const offset = text.indexOf(JSON.stringify(key)) + 1;
  const location = JsonIndex.build(text).locate(offset);
  assert.ok(location, key);
  return resultHoverMarkdown(location, { lookUpCommand: LOOK_UP, problemCount: 0 });
}

describe('markup from responses', () => {
  describe('escapeMarkdown', () => {
    it('escapes every crafted key so that it reads back as itself and renders as nothing but text', () => {
      for (const key of CRAFTED_KEYS) {
        const escaped = escapeMarkdown(key);
        assertInert(escaped, key);
        assert.doesNotMatch(escaped, /[\n\r]/, 'no line break can end the paragraph or start a block');
        const shown = escaped.replace(/\\([!-/:-@[-`{-~])/g, '$1');
        assert.equal(shown, escapeControls(key).replace(/[\n]/g, '\\x0a'), key);
      }
    });
  });

  describe('result hovers', () => {
    it('show a crafted undocumented key as plain text with no live link, image or HTML', () => {
      for (const key of CRAFTED_KEYS) {
        const markdown = hoverOnKey(key);
        assert.ok(markdown, key);
        assert.ok(markdown.startsWith(`**${escapeMarkdown(`data.${key}`)}**`), markdown);
        assertInert(markdown.replace(/^\*\*|\*\*\n\nNot a documented field of the covered endpoints\.$/g, ''), key);
      }
    });

    it('link only a digits-only user id, to the one look-up command', () => {
      const text = JSON.stringify({ data: { id: '2244994945', pinned_tweet_id: '1', username: '[x](command:xapi.setCredentials)' } }, null, 2);
      const index = JsonIndex.build(text);
      const atValue = (needle: string): string | undefined =>
        resultHoverMarkdown(index.locate(text.indexOf(needle) + 2)!, { lookUpCommand: LOOK_UP });
      const id = atValue('"2244994945"');
      assert.ok(id);
      const links = [...unescaped(id).matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
      assert.deepEqual(links, [`command:${LOOK_UP}?${encodeURIComponent(JSON.stringify({ id: '2244994945' }))}`]);
      // A documented field's hover is our own doc text; the crafted value is not in it.
      const username = atValue('"[x]');
      assert.equal(username, formatFieldDocMarkdown(docForResponsePath(['data', 'username'])!));
      assert.ok(!username.includes('command:xapi.setCredentials'));
    });

    it('a crafted value where an id belongs gets no link', () => {
      const text = JSON.stringify({ data: { id: '1)[evil](command:xapi.setCredentials' } });
      const markdown = resultHoverMarkdown(JsonIndex.build(text).locate(text.indexOf('"1)') + 2)!, { lookUpCommand: LOOK_UP });
      assert.ok(markdown === undefined || !markdown.includes('command:'), markdown);
    });
  });

  describe('inline hovers in the user\'s own code', () => {
    it('show only our own docs: a crafted key in a pasted response yields nothing of its text', () => {
      for (const key of CRAFTED_KEYS) {
        const text = JSON.stringify({ data: { [key]: 1, errors: [] }, errors: [{ parameters: { [key]: ['x'] } }] }, null, 2);
        for (let at = text.indexOf(JSON.stringify(key)); at >= 0; at = text.indexOf(JSON.stringify(key), at + 1)) {
          const info = hoverAt(InlineIndex.build(text, 'json'), at + 1, '2.166');
          if (info === undefined) continue;
          const markdown = formatFieldDocMarkdown(info.doc) + (info.note ?? '');
          assert.ok(!markdown.includes(key) && !markdown.includes('command:xapi.setCredentials'), markdown);
        }
      }
    });
  });

  describe('problem type links', () => {
    it('are X\'s own problem URIs and nothing else', () => {
      assert.equal(xProblemTypeUrl('https://api.twitter.com/2/problems/resource-not-found'), 'https://api.twitter.com/2/problems/resource-not-found');
      assert.equal(xProblemTypeUrl('https://api.x.com/2/problems/invalid-request'), 'https://api.x.com/2/problems/invalid-request');
      for (const type of [
        'about:blank',
        'http://api.x.com/2/problems/invalid-request',
        'https://api.x.com.evil.example/2/problems/invalid-request',
        'https://evil.example/2/problems/invalid-request',
        'https://api.x.com/2/problems/invalid-request?u=tracking',
        'https://api.x.com/2/problems/../../evil',
        'https://user@api.x.com/2/problems/x',
        'command:xapi.setCredentials',
        'javascript:alert(1)',
        42,
        undefined,
      ]) {
        assert.equal(xProblemTypeUrl(type), undefined, String(type));
      }
    });
  });

  describe('notifications', () => {
    it('keep server text from forming a link', () => {
      const said = notificationText('Forbidden: [Set Credentials](command:xapi.setCredentials) or [see](https://evil/)');
      assert.doesNotMatch(said, /\]\(/);
      assert.equal(said, 'Forbidden: [Set Credentials] (command:xapi.setCredentials) or [see] (https://evil/)');
    });
  });

  describe('escapeControls', () => {
    it('writes out C0, DEL and C1 controls but keeps line feeds and tabs', () => {
      assert.equal(escapeControls('a\x1b]52;c;ZXZpbA==\x07b\tc\nd\re\x7f\u009b[2J\u0085'), 'a\\x1b]52;c;ZXZpbA==\\x07b\tc\nd\\x0de\\x7f\\x9b[2J\\x85');
      assert.equal(escapeControls('plain “text” ok ✓'), 'plain “text” ok ✓');
    });
  });
});
