/**
 * The lookup a hover link runs to show a field for real: `xapi.lookupUser` with @XDevelopers' id and the smallest
 * user.fields / tweet.fields / expansions that bring the field, in the vocabulary requests are sent in. Without
 * credentials the built-in sandbox answers it.
 */
import type { FieldDoc } from '../fieldDocs/types';
import { VOCABULARY_FIELDS, type Vocabulary } from '../catalog/vocabulary';
import type { InlineParam } from './model';
import { counterpartOf, tweetExpansionsOf, valuesOf } from './paramValues';

/** The id the links look up: @XDevelopers, which the sandbox knows with every field. */
export const SANDBOX_USER_ID = '2244994945';

/** Arguments of `xapi.lookupUser` (see lookupInput.ts). */
export interface SandboxLookupArgs {
  readonly id: string;
  readonly userFields?: readonly string[];
  readonly tweetFields?: readonly string[];
  readonly expansions?: readonly string[];
}

function pinned(vocabulary: Vocabulary): string {
  return tweetExpansionsOf(vocabulary)[0];
}

/**
 * The lookup that requests `value` of `param`, sent in `vocabulary` (the setting). A value of the other vocabulary
 * is translated when 2.167 renamed it; undefined when the setting's vocabulary cannot ask for it at all.
 */
export function lookupForParam(param: InlineParam, value: string, vocabulary: Vocabulary): SandboxLookupArgs | undefined {
  // tweet.fields and post.fields both mean "the setting's tweet enum": the engine sends it under the right name.
  const kind: InlineParam = param === 'post.fields' ? 'tweet.fields' : param;
  const sent = valuesOf(kind, vocabulary).includes(value) ? value : counterpartOf(kind, value, vocabulary);
  if (sent === undefined) return undefined;
  switch (kind) {
    case 'user.fields':
      return { id: SANDBOX_USER_ID, userFields: [sent] };
    case 'expansions':
      return { id: SANDBOX_USER_ID, expansions: [sent] };
    default:
      return { id: SANDBOX_USER_ID, tweetFields: [sent], expansions: [pinned(vocabulary)] };
  }
}

/**
 * The lookup that shows a documented response field: from the doc's `requestedBy` (the first alternative the
 * vocabulary can send), or for default fields just the object that holds them. `object` says where the field sits.
 */
export function lookupForDoc(doc: FieldDoc, object: 'user' | 'tweet', vocabulary: Vocabulary): SandboxLookupArgs | undefined {
  const requestedBy = doc.requestedBy;
  if (requestedBy === undefined || requestedBy === 'default') {
    return object === 'tweet' ? { id: SANDBOX_USER_ID, expansions: [pinned(vocabulary)] } : { id: SANDBOX_USER_ID };
  }
  for (const token of requestedBy.split(' or ')) {
    const eq = token.indexOf('=');
    const param = token.slice(0, eq) as InlineParam;
    const args = lookupForParam(param, token.slice(eq + 1), vocabulary);
    if (args !== undefined) return args;
  }
  return undefined;
}

/** How the link reads: the request it sends, e.g. `GET /2/users/2244994945?user.fields=created_at`. */
export function describeLookup(args: SandboxLookupArgs, vocabulary: Vocabulary): string {
  const query: string[] = [];
  if (args.userFields?.length) query.push(`user.fields=${args.userFields.join(',')}`);
  if (args.expansions?.length) query.push(`expansions=${args.expansions.join(',')}`);
  if (args.tweetFields?.length) query.push(`${VOCABULARY_FIELDS[vocabulary].tweetFieldsParam}=${args.tweetFields.join(',')}`);
  return `GET /2/users/${args.id}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}
