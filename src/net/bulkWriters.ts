/**
 * Sinks for a bulk run (bulkRunner.ts) that write as the batches arrive, so memory stays flat however many users come
 * back: one batch is turned into one string and written once, and the next batch waits while the stream is full.
 *
 * - `ndjson`: one user per line, exactly the objects the API returned.
 * - `csv`: a header of the requested fields (core/bulk/csvColumns.ts: `public_metrics.followers_count`, ...), one user
 *   per CRLF-terminated row, RFC 4180 quoting. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a
 *   leading `'` (OWASP, CSV injection), so a bio cannot run as a spreadsheet formula; numbers are written as they are.
 * - `json`: the merged document `{"data":[...],"includes":{...},"errors":[...]}` as one v2 answer would be. `data`
 *   streams; `includes` (merged without duplicates) and `errors` are held until the end, where they are written.
 * Users and errors stay in batch order. Errors are the `json` document's alone: NDJSON and CSV hold users.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Problem } from '../core/response/apiError';
import type { CsvDelimiter } from '../core/bulk/csv';
import { csvHeader, csvUserRow } from '../core/bulk/csvColumns';
import { IncludesMerger, mergeBatchAnswers, type BatchAnswer, type MergedDocument } from '../core/bulk/merge';
import type { AnsweredBatch, BulkSink } from './bulkRunner';

export type ExportFormat = 'json' | 'ndjson' | 'csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'ndjson', 'csv'];

/** A sink that writes a file or stream; end() writes what must come last and waits until it is flushed. */
export interface BulkWriter extends BulkSink {
  /** Users written so far. */
  readonly users: number;
  end(): Promise<void>;
}

export interface WriterOptions {
  /** For csv: the columns, from csvColumns(userFields, vocabulary). */
  readonly columns?: readonly string[];
  readonly delimiter?: CsvDelimiter;
  /** Whether end() also ends the stream (a file); false for stdout. Default true. */
  readonly endStream?: boolean;
}

/** A writer of `format` over `out`. */
export function createBulkWriter(out: Writable, format: ExportFormat, options: WriterOptions = {}): BulkWriter {
  switch (format) {
    case 'ndjson':
      return new NdjsonWriter(out, options);
    case 'csv':
      return new CsvWriter(out, options);
    case 'json':
      return new JsonDocumentWriter(out, options);
  }
}

/** A writer of `format` to a new file at `file` (replaced if it exists), closed by end(). */
export function openFileWriter(file: string, format: ExportFormat, options: Omit<WriterOptions, 'endStream'> = {}): BulkWriter {
  return createBulkWriter(createWriteStream(file, { encoding: 'utf8', mode: 0o600 }), format, { ...options, endStream: true });
}

/** Keeps every answer in memory and merges them on demand: for the editor's result document of a bulk lookup. */
export class MergedDocumentSink implements BulkSink {
  private readonly answers: BatchAnswer[] = [];

  async write(batch: AnsweredBatch): Promise<void> {
    this.answers.push(batch.answer);
  }

  document(): MergedDocument {
    return mergeBatchAnswers(this.answers);
  }
}

abstract class StreamWriter implements BulkWriter {
  users = 0;
  private failure: Error | undefined;

  constructor(protected readonly out: Writable, private readonly options: WriterOptions) {
    out.on('error', (error: Error) => {
      this.failure = error;
    });
  }

  abstract write(batch: AnsweredBatch): Promise<void>;

  protected async put(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (text === '') return;
    // events.once rejects when the stream errors while we wait, so a broken pipe ends the run instead of hanging it.
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  protected async trailer(): Promise<void> {
    // What must come last (the JSON document's closing part); nothing for the line formats.
  }

  async end(): Promise<void> {
    await this.trailer();
    if (this.failure) throw this.failure;
    if (this.options.endStream === false) return;
    const finished = once(this.out, 'finish');
    this.out.end();
    await finished;
  }
}

class NdjsonWriter extends StreamWriter {
  async write(batch: AnsweredBatch): Promise<void> {
    let text = '';
    for (const user of batch.answer.data) text += JSON.stringify(user) + '\n';
    this.users += batch.answer.data.length;
    await this.put(text);
  }
}

class CsvWriter extends StreamWriter {
  private readonly columns: readonly string[];
  private readonly delimiter: CsvDelimiter;
  private headed = false;

  constructor(out: Writable, options: WriterOptions) {
    super(out, options);
    this.columns = options.columns ?? ['id', 'name', 'username'];
    this.delimiter = options.delimiter ?? ',';
  }

  async write(batch: AnsweredBatch): Promise<void> {
    let text = this.header();
    for (const user of batch.answer.data) text += csvUserRow(user, this.columns, this.delimiter);
    this.users += batch.answer.data.length;
    await this.put(text);
  }

  protected override async trailer(): Promise<void> {
    // A run that found nobody still gets its header, so the file reads as an empty table.
    await this.put(this.header());
  }

  private header(): string {
    if (this.headed) return '';
    this.headed = true;
    return csvHeader(this.columns, this.delimiter);
  }
}

class JsonDocumentWriter extends StreamWriter {
  private readonly includes = new IncludesMerger();
  private readonly errors: Problem[] = [];
  private opened = false;

  async write(batch: AnsweredBatch): Promise<void> {
    let text = this.opened ? '' : '{"data":[';
    for (const user of batch.answer.data) {
      text += (this.users === 0 ? '' : ',') + JSON.stringify(user);
      this.users++;
    }
    this.opened = true;
    for (const problem of batch.answer.errors) this.errors.push(problem);
    this.includes.add(batch.answer.includes);
    await this.put(text);
  }

  protected override async trailer(): Promise<void> {
    let text = this.opened ? ']' : '{"data":[]';
    if (!this.includes.empty) text += `,"includes":${JSON.stringify(this.includes.result())}`;
    if (this.errors.length > 0) text += `,"errors":${JSON.stringify(this.errors)}`;
    await this.put(text + '}\n');
  }
}
