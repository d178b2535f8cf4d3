/**
 * Reads a v2 lookup's query the way X does: unknown or repeated parameters, malformed ids, lists over 100, values
 * outside the enums and values listed twice (the spec marks `*.fields` and `expansions` `uniqueItems`) are 400
 * Invalid Request with X's messages. The vocabulary is inferred from the names used.
 *
 * The answer stays small whatever comes in: at most MAX_PROBLEMS problems, an over-long list is one problem that says
 * how many values came (not one per value), and echoed values are clipped.
 */
import { ID_PATTERN, USERNAME_PATTERN } from '../core/catalog/endpoints';
import { VOCABULARY_FIELDS, type Vocabulary } from '../core/catalog/vocabulary';
import { clip, MAX_ECHO_CHARS, MAX_ECHO_VALUES, MAX_ITEM_CHARS, MAX_PROBLEMS } from './limits';
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

/** The spec's `maxItems` for `ids` and `usernames`. */
const MAX_LIST_ITEMS = 100;

function only2167(name: string, values: readonly string[]): boolean {
  const v166 = VOCABULARY_FIELDS['2.166'];
  const v167 = VOCABULARY_FIELDS['2.167'];
  if (name === 'post.fields') return true;
  if (name === 'expansions') return values.some((v) => v167.expansions.includes(v) && !v166.expansions.includes(v));
  if (name === 'user.fields') return values.some((v) => v167.userFields.includes(v) && !v166.userFields.includes(v));
  return false;
}

/**
 * Collects problems up to the cap, each message once (`ids=a,a,a` is one bad value, not three); callers check `full`
 * before building a message nobody will read.
 */
class ProblemList {
  readonly items: QueryProblem[] = [];
  private readonly messages = new Set<string>();
  get full(): boolean {
    return this.items.length >= MAX_PROBLEMS;
  }
  add(message: string, name: string, values: readonly string[]): void {
    if (this.full || this.messages.has(message)) return;
    this.messages.add(message);
    this.items.push({ message, parameters: { [clip(name, MAX_ITEM_CHARS)]: values.map((v) => clip(v, MAX_ECHO_CHARS)) } });
  }
}

/** `listParam` is `ids` or `usernames` for the multi-user lookups, undefined otherwise. */
export function parseV2Query(params: URLSearchParams, listParam: 'ids' | 'usernames' | undefined): ParsedQuery {
  const problems = new ProblemList();
  const allowed = new Set<string>([...FIELD_PARAMS, ...(listParam ? [listParam] : [])]);
  // Every occurrence, in order, so `?ids=1&ids=2` is reported instead of one silently winning.
  const occurrences = new Map<string, string[]>();
  for (const [name, raw] of params) {
    const seen = occurrences.get(name);
    if (seen) seen.push(raw);
    else occurrences.set(name, [raw]);
  }
  const values = new Map<string, string[]>();
  for (const [name, raws] of occurrences) {
    if (!allowed.has(name)) {
      if (problems.full) continue;
      const expected = [...(listParam ? [listParam] : []), 'expansions', 'tweet.fields', 'user.fields'].join(',');
      problems.add(`The query parameter [${clip(name, MAX_ITEM_CHARS)}] is not one of [${expected}]`, name, raws.slice(0, MAX_ECHO_VALUES));
      continue;
    }
    if (raws.length > 1) {
      problems.add(
        `The query parameter [${name}] is given ${raws.length} times; give it once, with its values comma-separated`,
        name,
        raws.slice(0, MAX_ECHO_VALUES),
      );
    }
    values.set(name, raws[0].split(','));
  }
  const raw = (name: string): string => occurrences.get(name)?.[0] ?? '';
  const vocabulary: Vocabulary = [...values].some(([name, list]) => only2167(name, list)) ? '2.167' : '2.166';
  const fields = VOCABULARY_FIELDS[vocabulary];
  if (values.has('tweet.fields') && values.has('post.fields')) {
    problems.add('Use either tweet.fields or post.fields, not both', 'post.fields', [raw('post.fields')]);
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
      problems.add(`The query parameter [${name}] is not one of [expansions,${fields.tweetFieldsParam},user.fields]`, name, [raw(name)]);
      continue;
    }
    for (const value of list) {
      if (!enumOf(name).includes(value)) {
        if (problems.full) continue;
        problems.add(`The \`${name}\` query parameter value [${clip(value, MAX_ITEM_CHARS)}] is not one of [${enumOf(name).join(',')}]`, name, [raw(name)]);
      } else if (set.has(value)) {
        // uniqueItems (one problem per value, however often it recurs: the list drops repeated messages).
        problems.add(`The \`${name}\` query parameter value [${value}] is repeated; each value may be given once`, name, [raw(name)]);
      } else {
        set.add(value);
      }
    }
  }
  let list: string[] | undefined;
  if (listParam) {
    const items = values.get(listParam);
    if (!items) {
      problems.add(`The \`${listParam}\` query parameter can not be empty`, listParam, []);
    } else if (items.length > MAX_LIST_ITEMS) {
      // One problem with the count: checking each of thousands of values would only bury it.
      problems.add(
        `The number of values in the \`${listParam}\` query parameter list [${items.length}] is not between 1 and ${MAX_LIST_ITEMS}`,
        listParam,
        [raw(listParam)],
      );
    } else {
      const pattern = listParam === 'ids' ? ID_PATTERN : USERNAME_PATTERN;
      for (const value of items) {
        if (problems.full) break;
        if (!pattern.test(value)) {
          problems.add(`The \`${listParam}\` query parameter value [${clip(value, MAX_ITEM_CHARS)}] does not match ${pattern.source}`, listParam, [raw(listParam)]);
        }
      }
      list = items;
    }
  }
  const tweetFields = vocabulary === '2.167' ? sets['post.fields'] : sets['tweet.fields'];
  return {
    selection: { vocabulary, userFields: sets['user.fields'], tweetFields, expansions: sets.expansions },
    list,
    problems: problems.items,
  };
}
