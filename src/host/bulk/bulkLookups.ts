/**
 * Bulk lookups in the editor: values read and checked (core/bulk/sources.ts), planned in batches of 100 and priced
 * with the spend ledger (users billed earlier today are free), confirmed above xapi.cost.confirmAboveUsd or past the
 * daily budget, then sent by the engine's runner (net/bulkRunner.ts) in a progress notification with a countdown and
 * Cancel, and opened as one merged result document with the hovers and diagnostics of any result.
 *
 * Cancel lets the batch in flight finish (X bills a request that reached it whether or not we read the answer) and
 * stops before the next. What is needed to resume (the plan's input, the progress record: values and field names,
 * never a credential) is in globalState, and the answers so far in globalStorage (storage/bulkAnswersFile.ts), so
 * Resume continues from the first batch not done, after a reload too, and still opens a document with every batch.
 */
import * as vscode from 'vscode';
import type { BulkCostEstimate } from '../../core/catalog/cost';
import { ENDPOINTS, type ValueKind } from '../../core/catalog/endpoints';
import { isVocabulary, type Vocabulary } from '../../core/catalog/vocabulary';
import { csvColumns } from '../../core/bulk/csvColumns';
import { mergeBatchAnswers, type BatchAnswer } from '../../core/bulk/merge';
import { bulkEndpointFor, estimatePlan, planBulk, type BulkEndpointId, type BulkLookupInput, type BulkPlan } from '../../core/bulk/plan';
import { newProgress, parseProgress, type BulkProgress } from '../../core/bulk/progress';
import type { BulkValues, RefusedValue } from '../../core/bulk/sources';
import { budgetSentence, estimateSentence, spendGate, usd } from '../../core/bulk/spendGate';
import { formatIssues, type LookupRequest } from '../../core/request/lookupRequest';
import { OUT_OF_CREDITS_ADVICE } from '../../core/response/errorAdvice';
import type { LookupSuccess } from '../../core/response/outcome';
import { formatDuration } from '../../core/response/rateLimit';
import type { AnsweredBatch, BulkEvent } from '../../net/bulkRunner';
import type { ExportFormat } from '../../net/bulkWriters';
import { BulkAnswersFile } from '../../storage/bulkAnswersFile';
import { Commands, ContextKeys, MementoKeys } from '../common/ids';
import type { LazyModules } from '../common/lazyModules';
import { Disposable } from '../common/lifecycle';
import type { Log } from '../common/log';
import { readCostSettings } from '../common/settings';
import type { ResultDocuments } from '../results/documents';
import type { BulkConnection, BulkConnector } from '../lookup/runner';
import { usersOf, type SpendTracker } from './spendTracker';

export interface BulkLookupDeps {
  readonly connector: BulkConnector;
  readonly results: ResultDocuments;
  readonly spend: SpendTracker;
  readonly log: Log;
  readonly modules: Pick<LazyModules, 'loadEngine'>;
  /** globalState: the record to resume. */
  readonly memento: vscode.Memento;
  /** globalStorage: the answers so far. */
  readonly storageDir: string;
}

/** Fields asked for beside the values. */
export interface BulkFields {
  readonly userFields?: readonly string[];
  readonly tweetFields?: readonly string[];
  readonly expansions?: readonly string[];
}

export interface BulkStartOptions {
  /** False: no cost question (automation's `confirm: false`); the daily budget still asks. */
  readonly confirm?: boolean;
  readonly viewColumn?: vscode.ViewColumn;
  readonly preserveFocus?: boolean;
}

/** What globalState keeps to resume: JSON, no secret. */
interface ResumeRecord {
  readonly version: 1;
  readonly input: BulkLookupInput;
  readonly vocabulary: Vocabulary;
  readonly progress: BulkProgress;
}

/** A merged result document's batches and plan, for its exports. */
interface BulkResult {
  readonly plan: BulkPlan;
  readonly answers: readonly BatchAnswer[];
}

/** Invalid values named one by one in the notification; the log has them all. */
const LISTED_INVALID = 10;

export class BulkLookups extends Disposable {
  private readonly answersFile: BulkAnswersFile;
  private readonly byDocument = new Map<string, BulkResult>();
  private running: AbortController | undefined;

  constructor(private readonly deps: BulkLookupDeps) {
    super();
    this.answersFile = new BulkAnswersFile(deps.storageDir);
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.byDocument.delete(document.uri.toString())));
    this._register({ dispose: () => this.running?.abort() });
  }

  /**
   * Checks, prices, confirms and sends `read` (values already read from a source). Resolves the merged document's
   * URI, or undefined when nothing was sent (the user was told why) or nothing arrived.
   */
  async start(kind: ValueKind, read: BulkValues, fields: BulkFields, options: BulkStartOptions = {}): Promise<vscode.Uri | undefined> {
    const endpoint = bulkEndpointFor(kind);
    const noun = kind === 'id' ? 'ids' : 'usernames';
    if (read.invalid.length > 0) {
      this.deps.log.info(`bulk: ${read.invalid.length} invalid ${noun} not sent: ${read.invalid.map(where).join('; ')}`);
      if (!(await this.askAboutInvalid(read, noun))) return undefined;
    }
    if (read.values.length === 0) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: there are no {0} to look up.', noun));
      return undefined;
    }
    const listKey = kind === 'id' ? 'ids' : 'usernames';
    const sample: LookupRequest = { endpoint, [listKey]: read.values.slice(0, 100), ...copyFields(fields) };
    const connection = await this.deps.connector.connectBulk(sample);
    if (!connection) return undefined;
    const input: BulkLookupInput = {
      endpoint,
      values: read.values,
      ...copyFields({ userFields: connection.request.userFields, tweetFields: connection.request.tweetFields, expansions: connection.request.expansions }),
    };
    const plan = this.plan(input, connection);
    if (!plan) return undefined;

    const estimate = estimatePlan(plan, connection.sandbox ? undefined : await this.deps.spend.billedToday(connection.label));
    const todayUsd = connection.sandbox ? 0 : await this.deps.spend.todayUsd();
    const costs = readCostSettings();
    const gate = spendGate({ estimate, todayUsd, ...costs, skipConfirm: options.confirm === false, notBilled: connection.sandbox });
    const sentence = estimateSentence(estimate, connection.sandbox);
    this.deps.log.info(`bulk: ${sentence}${read.duplicates > 0 ? `; ${read.duplicates} duplicates left out` : ''}`);
    if (gate.ask && !(await this.confirm(sentence, estimate, todayUsd, costs, gate.overBudget, read.duplicates))) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Not sent: the bulk lookup was not confirmed.'));
      return undefined;
    }
    await this.answersFile.clear();
    return this.execute(plan, connection, undefined, [], options);
  }

  /** `xapi.resumeBulkLookup`: continues the stored run from its first batch not done. */
  async resume(options: BulkStartOptions = {}): Promise<vscode.Uri | undefined> {
    const record = readResume(this.deps.memento.get<unknown>(MementoKeys.bulkResume));
    if (!record) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no bulk lookup to resume.'));
      return undefined;
    }
    if (this.running) {
      void vscode.window.showInformationMessage(vscode.l10n.t('A bulk lookup is running; cancel it first.'));
      return undefined;
    }
    const listKey = record.input.endpoint === 'usersByIds' ? 'ids' : 'usernames';
    const connection = await this.deps.connector.connectBulk({ endpoint: record.input.endpoint, [listKey]: record.input.values.slice(0, 100), ...copyFields(record.input) });
    if (!connection) return undefined;
    if (connection.vocabulary !== record.vocabulary) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Not resumed: the bulk lookup was started with field vocabulary {0}, and xapi.vocabulary is now {1}.', record.vocabulary, connection.vocabulary));
      return undefined;
    }
    const plan = this.plan(record.input, connection);
    if (!plan) return undefined;
    const kept = await this.answersFile.read(record.progress.done);
    // A batch whose answer was not kept is sent again, so the document has them all.
    const done = record.progress.done.filter((index) => kept.has(index));
    const progress: BulkProgress = { ...record.progress, done };
    return this.execute(plan, connection, progress, done.map((index) => kept.get(index) as BatchAnswer), options);
  }

  /** `xapi.cancelBulkLookup` and the notification's Cancel: stops after the batch in flight. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.abort();
    return true;
  }

  /** The batches of a merged document, for its exports; undefined for any other document. */
  resultOf(uri: vscode.Uri): BulkResult | undefined {
    return this.byDocument.get(uri.toString());
  }

  /** Streams the users of a merged document to `file` as NDJSON or CSV (the requested fields, nested ones flattened). */
  async export(uri: vscode.Uri, format: Exclude<ExportFormat, 'json'>, file: string): Promise<number> {
    const result = this.byDocument.get(uri.toString());
    if (!result) throw new Error(vscode.l10n.t('This document is not the result of a bulk lookup.'));
    const { openFileWriter } = this.deps.modules.loadEngine();
    const writer = openFileWriter(file, format, { columns: csvColumns(result.plan.input.userFields, result.plan.vocabulary) });
    let index = 0;
    try {
      for (const answer of result.answers) {
        await writer.write({ index: index++, values: [], answer, found: answer.data.length, notFound: 0, status: 200 });
      }
    } finally {
      await writer.end();
    }
    return writer.users;
  }

  private plan(input: BulkLookupInput, connection: BulkConnection): BulkPlan | undefined {
    const planned = planBulk(input, { vocabulary: connection.vocabulary, auth: connection.auth });
    if (!planned.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: {0}', formatIssues(planned.issues)));
      return undefined;
    }
    return planned.plan;
  }

  private async askAboutInvalid(read: BulkValues, noun: string): Promise<boolean> {
    const listed = read.invalid.slice(0, LISTED_INVALID).map(where);
    if (read.invalid.length > LISTED_INVALID) listed.push(vscode.l10n.t('…and {0} more (the log lists them all)', read.invalid.length - LISTED_INVALID));
    const sendValid = vscode.l10n.t('Send the {0} Valid Ones', read.values.length);
    const choice = await vscode.window.showErrorMessage(
      vscode.l10n.t('{0} of the {1} values are not valid {2}; nothing was sent.', read.invalid.length, read.read, noun),
      { modal: true, detail: listed.join('\n') },
      ...(read.values.length > 0 ? [sendValid] : []),
    );
    return choice === sendValid;
  }

  private async confirm(
    sentence: string, estimate: BulkCostEstimate, todayUsd: number, costs: { confirmAboveUsd: number; dailyBudgetUsd: number }, overBudget: boolean, duplicates: number,
  ): Promise<boolean> {
    const send = overBudget ? vscode.l10n.t('Send Anyway') : vscode.l10n.t('Send');
    const detail = [
      overBudget ? budgetSentence(todayUsd, estimate, costs.dailyBudgetUsd) : vscode.l10n.t('Asked because the estimate is above {0} (xapi.cost.confirmAboveUsd).', usd(costs.confirmAboveUsd)),
      vscode.l10n.t('Users that are not found are not billed. Billed today so far: {0}.', usd(todayUsd)),
      ...(duplicates > 0 ? [vscode.l10n.t('{0} repeated values were left out.', duplicates)] : []),
    ].join('\n');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Look up {0}?', sentence), { modal: true, detail }, send);
    return choice === send;
  }

  private async execute(
    plan: BulkPlan, connection: BulkConnection, progress: BulkProgress | undefined, before: readonly BatchAnswer[], options: BulkStartOptions,
  ): Promise<vscode.Uri | undefined> {
    if (this.running) {
      void vscode.window.showInformationMessage(vscode.l10n.t('A bulk lookup is running; wait for it or cancel it first.'));
      return undefined;
    }
    const controller = new AbortController();
    this.running = controller;
    void vscode.commands.executeCommand('setContext', ContextKeys.bulkRunning, true);
    const answers: BatchAnswer[] = [...before];
    const { runBulk } = this.deps.modules.loadEngine();
    const endpoint: BulkEndpointId = plan.input.endpoint;
    const save = (record: BulkProgress): Thenable<void> =>
      this.deps.memento.update(MementoKeys.bulkResume, { version: 1, input: plan.input, vocabulary: plan.vocabulary, progress: record } satisfies ResumeRecord);
    const title = vscode.l10n.t('X API: looking up {0} {1}', plan.users, plan.kind === 'id' ? 'ids' : 'usernames');
    try {
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (report, token) => {
        token.onCancellationRequested(() => controller.abort());
        let shown = 0;
        const step = (done: number): void => {
          const increment = (done / plan.batches.length) * 100 - shown;
          shown += increment;
          report.report({ increment });
        };
        step(progress?.done.length ?? 0);
        return runBulk({
          plan,
          // The batch in flight is not aborted: X bills a request it answered whether or not the answer is read, so
          // Cancel keeps it and stops before the next one.
          engine: { send: (prepared) => connection.engine.send(prepared) },
          progress,
          signal: controller.signal,
          onEvent: (event: BulkEvent) => {
            if (event.type === 'send') report.report({ message: vscode.l10n.t('batch {0} of {1}', event.index + 1, event.of) });
            if (event.type === 'wait') report.report({ message: vscode.l10n.t('{0}; batch {1} goes in {2}', event.reason === 'rate-limit' ? vscode.l10n.t('rate limit reached') : vscode.l10n.t('retrying'), event.index + 1, formatDuration(event.remainingMs / 1000)) });
            if (event.type === 'batch') {
              step(event.progress.done.length);
              void save(event.progress);
            }
            if (event.type === 'start' && !progress) void save(newProgress(plan, new Date()));
          },
          onAnswered: async (batch: AnsweredBatch) => {
            answers.push(batch.answer);
            await this.answersFile.append(batch.index, batch.answer);
            // The sandbox bills nothing; everything else is recorded for the account that signed it.
            if (!connection.sandbox) await this.deps.spend.record(endpoint, connection.label, usersOf(batch.answer.data));
          },
        });
      });
      this.deps.log.info(`bulk: ${result.status} after ${result.progress.done.length}/${plan.batches.length} batches, ${result.requests} requests, ${result.progress.found} users found, ${result.progress.notFound} not found (${connection.label})`);
      if (result.status === 'complete') {
        await this.deps.memento.update(MementoKeys.bulkResume, undefined);
        await this.answersFile.clear();
      } else {
        await save(result.progress);
      }
      const uri = answers.length > 0 ? await this.open(plan, connection, answers, result.progress, options) : undefined;
      if (result.status === 'cancelled') this.offerResume(vscode.l10n.t('Bulk lookup cancelled after {0} of {1} batches; what arrived is kept.', result.progress.done.length, plan.batches.length), 'info');
      if (result.status === 'stopped') {
        const credits = result.error?.kind === 'out-of-credits' ? ` ${OUT_OF_CREDITS_ADVICE}` : '';
        this.offerResume(vscode.l10n.t('Bulk lookup stopped after {0} of {1} batches: {2}{3}', result.progress.done.length, plan.batches.length, result.progress.stopReason ?? '', credits), 'error');
      }
      return uri;
    } finally {
      this.running = undefined;
      void vscode.commands.executeCommand('setContext', ContextKeys.bulkRunning, false);
    }
  }

  private offerResume(message: string, severity: 'info' | 'error'): void {
    const resume = vscode.l10n.t('Resume');
    const show = severity === 'info' ? vscode.window.showInformationMessage : vscode.window.showErrorMessage;
    void show(message, resume).then((choice) => {
      if (choice === resume) void vscode.commands.executeCommand(Commands.resumeBulkLookup);
    });
  }

  private async open(plan: BulkPlan, connection: BulkConnection, answers: readonly BatchAnswer[], progress: BulkProgress, options: BulkStartOptions): Promise<vscode.Uri> {
    const merged = mergeBatchAnswers(answers);
    const text = JSON.stringify(merged, null, 2);
    const spec = ENDPOINTS[plan.input.endpoint];
    const outcome: LookupSuccess = {
      ok: true, status: 200, method: 'GET', body: merged, text, problems: merged.errors ?? [],
      url: `${connection.origin}${spec.path}`, durationMs: 0, attempts: progress.requests,
    };
    const request: LookupRequest = { endpoint: plan.input.endpoint, [plan.kind === 'id' ? 'ids' : 'usernames']: plan.input.values, ...copyFields(plan.input) };
    const done = progress.done.length === plan.batches.length ? '' : ` · ${progress.done.length} of ${plan.batches.length} batches`;
    const entry = this.deps.results.add(request, outcome, connection.sandbox, connection.label, {
      auth: connection.auth, origin: connection.origin, bulk: true,
      title: `${spec.noun}s ×${plan.users} (bulk) · ${merged.data.length} found${done}`,
    });
    this.byDocument.set(entry.uri.toString(), { plan, answers });
    const document = await vscode.workspace.openTextDocument(entry.uri);
    await vscode.window.showTextDocument(document, { viewColumn: options.viewColumn ?? vscode.ViewColumn.Active, preserveFocus: options.preserveFocus ?? false, preview: false });
    return entry.uri;
  }
}

function copyFields(fields: BulkFields): BulkFields {
  const out: { -readonly [K in keyof BulkFields]: string[] } = {};
  if (fields.userFields?.length) out.userFields = [...fields.userFields];
  if (fields.tweetFields?.length) out.tweetFields = [...fields.tweetFields];
  if (fields.expansions?.length) out.expansions = [...fields.expansions];
  return out;
}

/** "line 3, column 5: "abc" is not an id: ...". */
function where(refused: RefusedValue): string {
  const at = refused.line === undefined ? `value ${refused.index + 1}` : `line ${refused.line}${refused.column ? `, column ${refused.column}` : ''}`;
  return `${at}: ${refused.message}`;
}

function readResume(value: unknown): ResumeRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const progress = parseProgress(v.progress);
  const input = v.input as Record<string, unknown> | undefined;
  if (v.version !== 1 || !progress || !isVocabulary(v.vocabulary) || typeof input !== 'object' || input === null) return undefined;
  if (input.endpoint !== progress.endpoint || !Array.isArray(input.values) || !input.values.every((x) => typeof x === 'string')) return undefined;
  const list = (key: string): string[] | undefined => (Array.isArray(input[key]) && (input[key] as unknown[]).every((x) => typeof x === 'string') ? (input[key] as string[]) : undefined);
  return {
    version: 1,
    vocabulary: v.vocabulary,
    progress,
    input: { endpoint: progress.endpoint, values: input.values as string[], ...copyFields({ userFields: list('userFields'), tweetFields: list('tweetFields'), expansions: list('expansions') }) },
  };
}
