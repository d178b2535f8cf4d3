/**
 * Python 3 snippets: tweepy's v2 Client, and requests (with requests-oauthlib for OAuth 1.0a). Each prints the
 * response body as JSON; secrets come from os.environ, so a missing variable fails by name (KeyError).
 */
import { fieldQuery, literal, lookupValue, preamble, type LookupCall } from './lookupCall';

function pyList(values: readonly string[]): string {
  return `[${values.map(literal).join(', ')}]`;
}

const TWEEPY_CALLS: Readonly<Record<string, { readonly method: string; readonly arg?: string }>> = {
  userById: { method: 'get_user', arg: 'id' },
  usersByIds: { method: 'get_users', arg: 'ids' },
  userByUsername: { method: 'get_user', arg: 'username' },
  usersByUsernames: { method: 'get_users', arg: 'usernames' },
  me: { method: 'get_me' },
};

const TWEEPY_PARAMS: Readonly<Record<string, string>> = { 'user.fields': 'user_fields', expansions: 'expansions', 'tweet.fields': 'tweet_fields' };

/** Undefined when tweepy.Client has no method for the endpoint (it covers v2 only). */
export function tweepySnippet(call: LookupCall): string | undefined {
  const entry = TWEEPY_CALLS[call.spec.id];
  if (!entry) return undefined;
  const lines = [...preamble(call, '#')];
  if (!call.isDefaultBase) {
    lines.push(`# tweepy.Client always calls https://api.twitter.com: it cannot be pointed at ${call.baseUrl}.`);
  }
  lines.push('import json', 'import os', '', 'import tweepy', '');
  // return_type=dict: the body as X sent it, rather than tweepy's Response of User objects.
  if (call.auth === 'oauth1') {
    lines.push(
      'client = tweepy.Client(',
      '    consumer_key=os.environ["X_CONSUMER_KEY"],',
      '    consumer_secret=os.environ["X_CONSUMER_SECRET"],',
      '    access_token=os.environ["X_ACCESS_TOKEN"],',
      '    access_token_secret=os.environ["X_ACCESS_TOKEN_SECRET"],',
      '    return_type=dict,',
      ')',
    );
  } else {
    if (call.auth === 'oauth2') lines.push('# An OAuth 2.0 user token goes in as bearer_token, with user_auth=False on each call.');
    lines.push(`client = tweepy.Client(bearer_token=os.environ[${literal(call.auth === 'bearer' ? 'X_BEARER_TOKEN' : 'X_OAUTH2_ACCESS_TOKEN')}], return_type=dict)`);
  }
  const args: string[] = [];
  const value = lookupValue(call);
  if (entry.arg && value !== undefined) args.push(`${entry.arg}=${Array.isArray(value) ? pyList(value) : literal(value as string)}`);
  for (const [name, v] of fieldQuery(call)) args.push(`${TWEEPY_PARAMS[name]}=${pyList(v.split(','))}`);
  // get_user/get_users default to user_auth=False, get_me to True: say it only where the default is wrong.
  if (call.auth === 'oauth1' && entry.method !== 'get_me') args.push('user_auth=True');
  if (call.auth === 'oauth2' && entry.method === 'get_me') args.push('user_auth=False');
  lines.push(`response = client.${entry.method}(${args.length > 1 ? `\n    ${args.join(',\n    ')},\n` : args.join('')})`,
    'print(json.dumps(response, indent=2))');
  return lines.join('\n');
}

export function requestsSnippet(call: LookupCall): string {
  const lines = [...preamble(call, '#'), 'import json', 'import os', '', 'import requests'];
  if (call.auth === 'oauth1') lines.push('from requests_oauthlib import OAuth1');
  lines.push('', `url = ${literal(call.baseUrl + call.prepared.path)}`);
  const query = call.prepared.query;
  lines.push(query.length === 0 ? 'params = {}' : `params = {\n${query.map(([name, v]) => `    ${literal(name)}: ${literal(v)},`).join('\n')}\n}`);
  if (call.auth === 'oauth1') {
    lines.push(
      'auth = OAuth1(',
      '    os.environ["X_CONSUMER_KEY"],',
      '    os.environ["X_CONSUMER_SECRET"],',
      '    os.environ["X_ACCESS_TOKEN"],',
      '    os.environ["X_ACCESS_TOKEN_SECRET"],',
      ')',
      'response = requests.get(url, params=params, auth=auth, timeout=30)',
    );
  } else {
    lines.push(
      `headers = {"Authorization": "Bearer " + os.environ[${literal(call.auth === 'bearer' ? 'X_BEARER_TOKEN' : 'X_OAUTH2_ACCESS_TOKEN')}]}`,
      'response = requests.get(url, params=params, headers=headers, timeout=30)',
    );
  }
  lines.push('response.raise_for_status()', 'print(json.dumps(response.json(), indent=2))');
  return lines.join('\n');
}
