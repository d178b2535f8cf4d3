import { strict as assert } from 'node:assert';
import { formatJsonText, INDENT_BUDGET_SLACK, MAX_INDENTED_DEPTH } from '../../../../src/core/response/jsonFormat';

describe('JSON formatting that keeps every digit', () => {
  it('indents like JSON.stringify', () => {
    const text = '{"data":{"id":"1","list":[1,2,{"a":null}],"empty":{},"none":[]},"ok":true}';
    assert.equal(formatJsonText(text), JSON.stringify(JSON.parse(text), null, 2));
  });
  it('keeps integers beyond 2^53 exactly', () => {
    const formatted = formatJsonText('{"id":1234567890123456789}');
    assert.equal(formatted, '{\n  "id": 1234567890123456789\n}');
  });
  it('keeps escapes inside strings untouched', () => {
    const text = '{"s":"a \\"quoted\\" {brace}, [x]: \\\\"}';
    assert.equal(formatJsonText(text), JSON.stringify(JSON.parse(text), null, 2));
  });
  it('indents like JSON.stringify down to the deepest indented level, and writes deeper containers on one line', () => {
    const nested = (depth: number): string => '{"a":['.repeat(depth) + '1,"x"' + ']}'.repeat(depth);
    // Each level of nested() is an object holding an array: 32 levels nest 64 containers.
    const deepest = nested(MAX_INDENTED_DEPTH / 2);
    assert.equal(formatJsonText(deepest), JSON.stringify(JSON.parse(deepest), null, 2));
    const deeper = formatJsonText(nested(MAX_INDENTED_DEPTH / 2 + 1))!;
    const inner = ' '.repeat(2 * MAX_INDENTED_DEPTH) + '{"a": [1, "x"]}\n';
    assert.ok(deeper.includes(`\n${inner}`), 'the 65th container is on one line, at the indentation of the 64th');
    assert.deepEqual(JSON.parse(deeper), JSON.parse(nested(MAX_INDENTED_DEPTH / 2 + 1)));
  });
  for (const depth of [10_000, 100_000]) {
    it(`formats ${depth.toLocaleString('en')}-deep input in linear size without throwing`, () => {
      const inputs = [
        '['.repeat(depth) + ']'.repeat(depth),
        '{"k":'.repeat(depth) + '"v"' + '}'.repeat(depth),
        '[{"id":"1","n":[1,2]},'.repeat(depth / 2) + 'null' + '}]'.replace('}', '').repeat(depth / 2),
      ];
      for (const input of inputs) {
        const output = formatJsonText(input);
        assert.ok(output !== undefined, input.slice(0, 40));
        // The first 64 levels are indented (about 8,000 characters each way); everything deeper adds ': ' and ', '.
        assert.ok(output.length <= 2 * input.length + 20_000, `${output.length} characters for ${input.length}`);
        assert.equal(output.replace(/\s+/g, ''), input, 'only whitespace added');
      }
    });
  }
  it('puts the rest on one line once the indentation budget is spent, so wide deep documents stay linear too', () => {
    // 300,000 elements at depth 60 would take 120 characters of indentation each: 36 million for 600 KB.
    const input = '['.repeat(60) + '0,'.repeat(300_000) + '0' + ']'.repeat(60);
    const output = formatJsonText(input)!;
    assert.ok(output.length <= 7 * input.length + INDENT_BUDGET_SLACK + 200, `${output.length} characters for ${input.length}`);
    assert.equal(output.replace(/\s+/g, ''), input);
    assert.ok(output.endsWith('0, 0, 0' + ']'.repeat(60)), 'the tail, closers included, on one line');
    assert.doesNotThrow(() => JSON.parse(output));
  });
  it('gives up on damaged text', () => {
    assert.equal(formatJsonText('{"a":'), undefined);
    assert.equal(formatJsonText('{"a":1]'), undefined);
    assert.equal(formatJsonText(''), undefined);
  });
});
