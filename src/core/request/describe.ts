/**
 * A lookup in words, one function per use, all built from the catalogue's nouns. (Where a lookup goes, its URL, is
 * the runner's `urlFor`: that depends on the settings and the sandbox, so it is not a description.)
 */
import { ENDPOINTS } from '../catalog/endpoints';
import type { LookupRequest } from './lookupRequest';

function listLabel(name: string, values: readonly string[] | undefined, noun: string): string {
  const list = values ?? [];
  if (list.length <= 2) return `${name} ${list.join(', ')}`.trim();
  return `${name} ${list.length} ${noun}s`;
}

/**
 * The lookup in a few words, for a result tab, a progress notification or the name a save prompt offers:
 * "user 2244994945", "users 3 ids", "user @XDevelopers", "me", "custom profiles (cursor 12345)".
 */
export function describeRequest(request: LookupRequest): string {
  const name = ENDPOINTS[request.endpoint].noun;
  switch (request.endpoint) {
    case 'userById':
    case 'customProfile':
      return `${name} ${request.id ?? ''}`.trim();
    case 'userByUsername':
      return `${name} @${request.username ?? ''}`;
    case 'usersByIds':
      return listLabel(name, request.ids, 'id');
    case 'usersByUsernames':
      return listLabel(name, request.usernames?.map((u) => `@${u}`), 'username');
    case 'customProfiles':
      return request.cursor ? `${name} (cursor ${request.cursor.slice(0, 12)})` : name;
    case 'me':
      return name;
  }
}

function listSummary(values: readonly string[], prefix: string): string {
  const shown = values.slice(0, 2).map((v) => prefix + v).join(', ');
  return values.length > 2 ? `${shown} +${values.length - 2}` : shown;
}

/**
 * What the lookup asks for besides its endpoint, for a line beside its name in the Saved Lookups view:
 * "2244994945 · user.fields 3", "@jack, @x +1 · expansions 1", "count 20 · next page".
 */
export function describeParameters(request: LookupRequest): string {
  const parts: string[] = [];
  if (request.id !== undefined) parts.push(request.id);
  if (request.username !== undefined) parts.push('@' + request.username);
  if (request.ids !== undefined && request.ids.length > 0) parts.push(listSummary(request.ids, ''));
  if (request.usernames !== undefined && request.usernames.length > 0) parts.push(listSummary(request.usernames, '@'));
  if (request.userFields?.length) parts.push(`user.fields ${request.userFields.length}`);
  if (request.tweetFields?.length) parts.push(`tweet.fields ${request.tweetFields.length}`);
  if (request.expansions?.length) parts.push(`expansions ${request.expansions.length}`);
  if (request.count !== undefined) parts.push(`count ${request.count}`);
  if (request.cursor !== undefined && request.cursor !== '') parts.push('next page');
  return parts.join(' · ');
}

/**
 * The kind of lookup and its parameters, where nothing else names the endpoint (a History entry, a confirmation):
 * "User @jack · user.fields 3", "Me".
 */
export function titleOfRequest(request: LookupRequest): string {
  // A record from a newer version may name an endpoint this catalogue lacks: show its id rather than fail.
  const noun = ENDPOINTS[request.endpoint]?.noun ?? String(request.endpoint);
  const title = noun.charAt(0).toUpperCase() + noun.slice(1);
  const parameters = describeParameters(request);
  return parameters === '' ? title : `${title} ${parameters}`;
}
