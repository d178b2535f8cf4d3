import { strict as assert } from 'node:assert';
import { VOCABULARY_FIELDS } from '../../../../src/core/catalog/vocabulary';
import { docForParameterValue } from '../../../../src/core/fieldDocs/lookup';
import { plainDescription } from '../../../../src/core/fieldDocs/plainText';

describe('field docs as plain text', () => {
  it('drops the code marks and keeps the words inside them', () => {
    assert.equal(plainDescription({ description: 'Counts of `followers_count` and `tweet_count`.' }), 'Counts of followers_count and tweet_count.');
  });

  it('leaves no Markdown in any doc the field picker shows', () => {
    let marked = 0;
    for (const vocabulary of ['2.166', '2.167'] as const) {
      const fields = VOCABULARY_FIELDS[vocabulary];
      const rows = [
        ...fields.userFields.map((value) => docForParameterValue('user.fields', value)),
        ...fields.expansions.map((value) => docForParameterValue('expansions', value)),
        ...fields.tweetFields.map((value) => docForParameterValue(fields.tweetFieldsParam, value)),
      ];
      for (const doc of rows) {
        if (doc === undefined) continue;
        if (doc.description.includes('`')) marked++;
        assert.doesNotMatch(plainDescription(doc), /[`*]|\]\(/, doc.path);
      }
    }
    assert.ok(marked > 0, 'some docs carry code marks, so the test above has something to strip');
  });
});
