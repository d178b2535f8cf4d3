/** `x-api-explorer catalog`: the endpoints and field enums of one vocabulary, as JSON or as text. */
import { ENDPOINTS, ENDPOINT_IDS } from '../core/catalog/endpoints';
import { docForParameterValue } from '../core/fieldDocs/lookup';
import { VOCABULARY_FIELDS, type Vocabulary } from '../core/catalog/vocabulary';

type FieldParam = 'user.fields' | 'tweet.fields' | 'post.fields' | 'expansions';

function enumEntries(param: FieldParam, values: readonly string[]): { value: string; description: string }[] {
  return values.map((value) => ({ value, description: docForParameterValue(param, value)?.description ?? '' }));
}

export function catalogJson(vocabulary: Vocabulary): string {
  const fields = VOCABULARY_FIELDS[vocabulary];
  const catalog = {
    vocabulary,
    endpoints: ENDPOINT_IDS.map((id) => {
      const spec = ENDPOINTS[id];
      return {
        id,
        method: spec.method,
        path: spec.path,
        summary: spec.summary,
        api: spec.api,
        pathParam: spec.pathParam,
        listParam: spec.listParam,
        takesFields: spec.takesFields,
        paged: spec.paged,
        auth: spec.auth,
        rateLimit: spec.rateLimit,
        docsUrl: spec.docsUrl,
      };
    }),
    parameters: {
      'user.fields': enumEntries('user.fields', fields.userFields),
      expansions: enumEntries('expansions', fields.expansions),
      [fields.tweetFieldsParam]: enumEntries(fields.tweetFieldsParam, fields.tweetFields),
    },
  };
  return JSON.stringify(catalog, null, 2) + '\n';
}

export function catalogText(vocabulary: Vocabulary): string {
  const fields = VOCABULARY_FIELDS[vocabulary];
  const lines = [`Endpoints (vocabulary ${vocabulary}):`];
  for (const id of ENDPOINT_IDS) {
    const spec = ENDPOINTS[id];
    const limit = spec.rateLimit.perApp ? `${spec.rateLimit.perApp}/app, ${spec.rateLimit.perUser}/user` : `${spec.rateLimit.perUser}/user`;
    lines.push(`  ${spec.method} ${spec.path.padEnd(34)} ${spec.summary}; auth ${spec.auth.join('|')}; ${limit} per 15 min`);
  }
  for (const [param, values] of [['user.fields', fields.userFields], ['expansions', fields.expansions], [fields.tweetFieldsParam, fields.tweetFields]] as const) {
    lines.push('', `${param} (${values.length}):`, `  ${values.join(', ')}`);
  }
  return lines.join('\n') + '\n';
}
