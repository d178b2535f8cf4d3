/**
 * The answers of a bulk lookup that may be resumed, kept beside its progress record so that "Resume" after a reload
 * still opens one document with every batch: `bulk-answers.ndjson` in the extension's global storage, one line per
 * answered batch (`{"index":3,"answer":{...}}`), appended as each batch arrives and deleted when the run completes
 * or a new one starts. It holds what the API returned and nothing else (no request headers, no credentials).
 */
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { answerOfBody, type BatchAnswer } from '../core/bulk/merge';

export const BULK_ANSWERS_FILE = 'bulk-answers.ndjson';

export class BulkAnswersFile {
  constructor(readonly dir: string) {}

  get file(): string {
    return path.join(this.dir, BULK_ANSWERS_FILE);
  }

  /** Starts over: no answers kept. */
  async clear(): Promise<void> {
    await fsp.rm(this.file, { force: true });
  }

  async append(index: number, answer: BatchAnswer): Promise<void> {
    await fsp.mkdir(this.dir, { recursive: true });
    await fsp.appendFile(this.file, JSON.stringify({ index, answer }) + '\n', { encoding: 'utf8', mode: 0o600 });
  }

  /**
   * The answers of the batches `done` lists, in batch order; a batch missing from the file (it was deleted, or a line
   * was cut short by a crash) is left out, and the caller sends it again.
   */
  async read(done: readonly number[]): Promise<Map<number, BatchAnswer>> {
    const wanted = new Set(done);
    const found = new Map<number, BatchAnswer>();
    let text: string;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch {
      return found;
    }
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const record = JSON.parse(line) as { index?: unknown; answer?: unknown };
        if (typeof record.index === 'number' && wanted.has(record.index)) found.set(record.index, answerOfBody(record.answer));
      } catch {
        // A line cut short: that batch is sent again.
      }
    }
    return found;
  }
}
