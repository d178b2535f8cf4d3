/** Commands about a lookup already described somewhere: rerun, save, copy as cURL, look up from a result. */
import * as vscode from 'vscode';
import { cliCommand, curlCommand } from '../../core/snippets/curl';
import { sandboxSnippet } from '../../core/snippets/sandboxSnippet';
import { nameInArgs, requestInArgs, resultLinkArgs, type RequestArg } from '../../core/request/commandArgs';
import { displayBaseUrl } from '../../core/request/baseUrl';
import type { LookupRequest } from '../../core/request/lookupRequest';
import { describeRequest } from '../../core/request/describe';
import type { SavedLookup } from '../../core/savedLookups/model';
import { nameProblem } from '../savedLookups/commands';
import type { LookupRunner } from './runner';
import type { ResultDocuments } from '../results/documents';

export interface LastLookupDeps {
  readonly runner: LookupRunner;
  readonly results: ResultDocuments;
  readonly save: (name: string, request: LookupRequest) => Promise<SavedLookup>;
}

/**
 * The request an argument points at: `{request}`, a saved lookup or history entry (tree items pass their record),
 * a result document's Uri (editor title menus pass it), or else the last lookup run.
 */
export function requestFromArgs(args: unknown, deps: LastLookupDeps): LookupRequest | undefined {
  if (args instanceof vscode.Uri) return deps.results.get(args)?.request;
  const carried = requestInArgs(args);
  if (carried.kind === 'request') return carried.request;
  if (carried.kind === 'invalid') return undefined;
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && deps.results.get(active)?.request) ?? deps.runner.lastRequest;
}

function nothingToUse(): undefined {
  void vscode.window.showInformationMessage(vscode.l10n.t('No lookup yet: run one first.'));
  return undefined;
}

/**
 * The request a command that writes code for a lookup works on: the one its argument carries, else what
 * requestFromArgs finds; undefined after telling the user why there is none.
 */
export function requestToWrite(carried: RequestArg, args: unknown, deps: LastLookupDeps): LookupRequest | undefined {
  if (carried.kind === 'invalid') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not written: {0}', carried.message));
    return undefined;
  }
  return (carried.kind === 'request' ? carried.request : requestFromArgs(args, deps)) ?? nothingToUse();
}

export async function rerunLastLookup(deps: LastLookupDeps, args?: unknown): Promise<vscode.Uri | undefined> {
  const request = requestFromArgs(args, deps);
  return request ? deps.runner.run(request) : nothingToUse();
}

/** `xapi.saveLookup`: `{name?, request?}`; without a name, asks for one (prefilled with a description). */
export async function saveLookup(deps: LastLookupDeps, args?: unknown): Promise<SavedLookup | undefined> {
  const request = requestFromArgs(args, deps);
  if (!request) return nothingToUse();
  let name = nameInArgs(args);
  if (name === undefined) {
    name = await vscode.window.showInputBox({
      title: vscode.l10n.t('X API: Save Lookup'),
      prompt: vscode.l10n.t('A name for the saved lookup'),
      value: describeRequest(request),
      validateInput: nameProblem,
    });
    if (name === undefined) return undefined;
  }
  return deps.save(name.trim(), request);
}

/**
 * `xapi.copyAsCurl`: copies cURL (secret as a `$X_...` placeholder) and the CLI line, or for a sandbox lookup the
 * commands that run outside VS Code; returns the text.
 */
export async function copyAsCurl(deps: LastLookupDeps, args?: unknown): Promise<string | undefined> {
  const request = requestFromArgs(args, deps);
  if (!request) return nothingToUse();
  const validation = deps.runner.validate(request);
  if (!validation.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not copied: {0}', validation.issues.map((i) => i.message).join('; ')));
    return undefined;
  }
  const state = deps.runner.state();
  // A sandbox lookup gets what runs outside VS Code (core/snippets/sandboxSnippet.ts), not the in-editor port.
  const text = (state.sandbox
    ? sandboxSnippet(request, validation.request.pathAndQuery, state.vocabulary)
    : [
      curlCommand(displayBaseUrl(state.baseUrl) + validation.request.pathAndQuery, state.auth),
      '',
      '# or, with the x-api-explorer CLI (credentials from the environment):',
      cliCommand(request, state.auth, undefined, state.vocabulary),
    ].join('\n')) + '\n';
  await vscode.env.clipboard.writeText(text);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('$(copy) Copied as cURL'), 3000);
  return text;
}

/** Hover links in results: `{id}` looks the user up by id, `{username}` by username. */
export async function lookUpFromResult(deps: LastLookupDeps, args?: unknown): Promise<vscode.Uri | undefined> {
  const request = resultLinkArgs(args);
  if (!request.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: {0}', request.message));
    return undefined;
  }
  return deps.runner.run(request.value, { viewColumn: vscode.ViewColumn.Beside });
}

/** The welcome view's "Try the Sandbox": a lookup that shows off fields and an expansion, answered offline. */
export function trySandbox(deps: LastLookupDeps): Promise<vscode.Uri | undefined> {
  const pinned = deps.runner.state().vocabulary === '2.167' ? 'pinned_post_id' : 'pinned_tweet_id';
  return deps.runner.run(
    { endpoint: 'userById', id: '2244994945', userFields: ['created_at', 'description', 'public_metrics', 'verified_type'], expansions: [pinned], tweetFields: ['created_at', 'public_metrics'] },
    { forceSandbox: true },
  );
}
