/** One entry point for every target: the lookup as code in that client, or why it cannot be written. */
import { curlCommand } from './curl';
import { lookupCall, preamble, type SnippetInput } from './lookupCall';
import { requestsSnippet, tweepySnippet } from './pythonSnippets';
import { httpieSnippet, twurlSnippet, xurlSnippet } from './shellSnippets';
import type { SnippetTargetId } from './targets';
import { fetchSnippet, twitterApiV2Snippet, xdkSnippet } from './typescriptSnippets';

export type SnippetResult = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly message: string };

export function snippetFor(target: SnippetTargetId, input: SnippetInput): SnippetResult {
  const result = lookupCall(target, input);
  if (!result.ok) return result;
  const { call } = result;
  let code: string | undefined;
  switch (target) {
    case 'curl':
      code = [...preamble(call, '#'), curlCommand(call.baseUrl + call.prepared.pathAndQuery, call.auth)].join('\n');
      break;
    case 'httpie': code = httpieSnippet(call); break;
    case 'xurl': code = xurlSnippet(call); break;
    case 'twurl': code = twurlSnippet(call); break;
    case 'typescript-twitter-api-v2': code = twitterApiV2Snippet(call); break;
    case 'typescript-xdk': code = xdkSnippet(call); break;
    case 'typescript-fetch': code = fetchSnippet(call); break;
    case 'python-tweepy': code = tweepySnippet(call); break;
    case 'python-requests': code = requestsSnippet(call); break;
  }
  if (code === undefined) {
    return { ok: false, message: `${call.target.label} has no call for ${call.spec.path} (it covers the v2 endpoints); try typescript-fetch or python-requests` };
  }
  return { ok: true, code: code + '\n' };
}
