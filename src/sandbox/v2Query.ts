/**
 * Reads a v2 lookup's query the way X does: unknown parameters, malformed ids, lists over 100 and values outside the
 * enums are 400 Invalid Request with X's messages. The vocabulary is inferred from the names used.
 */
import { ID_PATTERN, USERNAME_PATTERN } from '../core/catalog';
import { VOCABULARY_FIELDS, type Vocabulary } from '../core/vocabulary';
import type { Selection } from './projection';

export interface QueryProblem {
  readonly message: string;
  readonly parameters: Record<string, string[]>;
}

export interface ParsedQuery {
  readonly selection: Selection;
  /** `ids` or `usernames`, split. */
  readonly list?: readonly string[];
  readonly problems: readonly QueryProblem[];
}

const FIELD_PARAMS = ['user.fields', 'expansions', 'tweet.fields', 'post.fields'] as const;

function only2167(name: string, values: readonly string[]): boolean {
  const v166 = VOCABULARY_FIELDS['2.166'];
  const v167 = VOCABULARY_FIELDS['2.167'];
  if (name === 'post.fields') return true;
  if (name === 'expansions') return values.some((v) => v167.expansions.includes(v) && !v166.expansions.includes(v));
  if (name === 'user.fields') return values.some((v) => v167.userFields.includes(v) && !v166.userFields.includes(v));
  return false;
}

/** `listParam` is `ids` or `usernames` for the multi-user lookups, undefined otherwise. */
export function parseV2Query(params: URLSearchParams, listParam: 'ids' | 'usernames' | undefined): ParsedQuery {
  const problems: QueryProblem[] = [];
  const allowed = new Set<string>([...FIELD_PARAMS, ...(listParam ? [listParam] : [])]);
  const values = new Map<string, string[]>();
  for (const [name, raw] of params) {
    if (!allowed.has(name)) {
      const expected = [...(listParam ? [listParam] : []), 'expansions', 'tweet.fields', 'user.fields'].join(',');
      problems.push({ message: `The query parameter [${name}] is not one of [${expected}]`, parameters: { [name]: [raw] } });
      continue;
    }
    values.set(name, raw.split(','));
  }
  const vocabulary: Vocabulary = [...values].some(([name, list]) => only2167(name, list)) ? '2.167' : '2.166';
  const fields = VOCABULARY_FIELDS[vocabulary];
  if (values.has('tweet.fields') && values.has('post.fields')) {
    problems.push({ message: 'Use either tweet.fields or post.fields, not both', parameters: { 'post.fields': [params.get('post.fields') ?? ''] } });
  }
  const enumOf = (name: string): readonly string[] =>
    name === 'user.fields' ? fields.userFields : name === 'expansions' ? fields.expansions : fields.tweetFields;
  const sets: Record<string, Set<string>> = {};
  for (const name of FIELD_PARAMS) {
    const list = values.get(name);
    const set = new Set<string>();
    sets[name] = set;
    if (!list) continue;
    if (name === (vocabulary === '2.167' ? 'tweet.fields' : 'post.fields')) {
      problems.push({ message: `The query parameter [${name}] is not one of [expansions,${fields.tweetFieldsParam},user.fields]`, parameters: { [name]: [list.join(',')] } });
      continue;
    }
    for (const value of list) {
      if (!enumOf(name).includes(value)) {
        problems.push({
          message: `The \`${name}\` query parameter value [${value}] is not one of [${enumOf(name).join(',')}]`,
          parameters: { [name]: [list.join(',')] },
        });
      } else {
        set.add(value);
      }
    }
  }
  let list: string[] | undefined;
  if (listParam) {
    const raw = values.get(listParam);
    if (!raw) {
      problems.push({ message: `The \`${listParam}\` query parameter can not be empty`, parameters: { [listParam]: [] } });
    } else {
      const pattern = listParam === 'ids' ? ID_PATTERN : USERNAME_PATTERN;
      if (raw.length > 100) {
        problems.push({
          message: `The number of values in the \`${listParam}\` query parameter list [${raw.length}] is not between 1 and 100`,
          parameters: { [listParam]: [raw.join(',')] },
        });
      }
      for (const value of raw) {
        if (!pattern.test(value)) {
          problems.push({
            message: `The \`${listParam}\` query parameter value [${value}] does not match ${pattern.source}`,
            parameters: { [listParam]: [raw.join(',')] },
          });
        }
      }
      list = raw;
    }
  }
  const tweetFields = vocabulary === '2.167' ? sets['post.fields'] : sets['tweet.fields'];
  return {
    selection: { vocabulary, userFields: sets['user.fields'], tweetFields, expansions: sets.expansions },
    list,
    problems,
  };
}
