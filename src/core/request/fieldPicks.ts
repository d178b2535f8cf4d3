/**
 * What the palette's field picker remembers per endpoint: the user.fields, tweet.fields (post.fields) and
 * expansions values picked last time, to preselect them next time. Only enum values of the vocabulary are ever kept
 * or read back, so the stored record holds nothing but field names (no ids, no secrets), and a hand-edited or older
 * record cannot put a stray value into a request.
 */
import { isEndpointId, type EndpointId } from '../catalog/endpoints';
import { VOCABULARY_FIELDS, type Vocabulary } from '../catalog/vocabulary';

/** The three field lists of a lookup. */
export interface FieldPicks {
  readonly userFields: readonly string[];
  readonly tweetFields: readonly string[];
  readonly expansions: readonly string[];
}

/** Remembered picks by endpoint, as stored. */
export type FieldPickMemory = Readonly<Partial<Record<EndpointId, FieldPicks>>>;

/** Only the values of `raw` that are enum values of `list` under `vocabulary`, each once, in the vocabulary's order. */
function known(raw: unknown, list: keyof FieldPicks, vocabulary: Vocabulary): string[] {
  if (!Array.isArray(raw)) return [];
  const given = new Set(raw.filter((value): value is string => typeof value === 'string'));
  return VOCABULARY_FIELDS[vocabulary][list].filter((value) => given.has(value));
}

/** The picks remembered for `endpoint`, read from untrusted stored state; empty lists when there are none. */
export function rememberedPicks(memory: unknown, endpoint: EndpointId, vocabulary: Vocabulary): FieldPicks {
  const record = typeof memory === 'object' && memory !== null && !Array.isArray(memory) && Object.prototype.hasOwnProperty.call(memory, endpoint)
    ? (memory as Record<string, unknown>)[endpoint]
    : undefined;
  const picks = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {};
  return {
    userFields: known(picks.userFields, 'userFields', vocabulary),
    tweetFields: known(picks.tweetFields, 'tweetFields', vocabulary),
    expansions: known(picks.expansions, 'expansions', vocabulary),
  };
}

/** The memory with `picks` recorded for `endpoint`; other endpoints' records are kept if they are endpoints of ours. */
export function rememberPicks(memory: unknown, endpoint: EndpointId, picks: FieldPicks, vocabulary: Vocabulary): FieldPickMemory {
  const out: Partial<Record<EndpointId, FieldPicks>> = {};
  if (typeof memory === 'object' && memory !== null && !Array.isArray(memory)) {
    for (const key of Object.keys(memory)) {
      if (isEndpointId(key) && key !== endpoint) out[key] = rememberedPicks(memory, key, vocabulary);
    }
  }
  out[endpoint] = rememberedPicks({ [endpoint]: picks }, endpoint, vocabulary);
  return out;
}
