// Reads a V8 CPU profile of one activation (written by bench/host/activationSuite.ts under --profile) and says where
// its time went: self time per source file of the extension (through the bundle's source map, line by line) and per
// piece of the host or of Node (module loading, compiling, garbage collection), largest first.
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly hitCount?: number;
  readonly children?: readonly number[];
  /** 1-based lines of the function and the samples that hit each. */
  readonly positionTicks?: readonly { readonly line: number; readonly ticks: number }[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
}

/** Self time of one bucket, in ms. */
export interface CostLine {
  readonly what: string;
  readonly ms: number;
}

/** Where a profile's time went. */
export interface ProfileSummary {
  readonly totalMs: number;
  /** By source file of the bundle, or by piece of the host and of Node; largest first. */
  readonly byFile: readonly CostLine[];
  /** By line of the extension's own sources; largest first. */
  readonly byLine: readonly CostLine[];
}

/** Maps lines of a bundle to the source file and line they came from. */
class BundleLines {
  private readonly map: SourceMap | undefined;
  private readonly indents: number[];

  constructor(bundle: string) {
    // A production build has no map: its lines then stay unmapped.
    const map = `${bundle}.map`;
    this.map = fs.existsSync(map) ? new SourceMap(JSON.parse(fs.readFileSync(map, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]) : undefined;
    // A line's first token is where its mapping starts; column 0 would fall back to the previous line's mapping.
    this.indents = fs.readFileSync(bundle, 'utf8').split('\n').map((line) => line.length - line.trimStart().length);
  }

  /** `src/core/catalog.ts:12` for a 1-based bundle line; undefined where the bundle has no mapping. */
  locate(line: number): { file: string; line: number } | undefined {
    if (this.map === undefined) return undefined;
    const entry = this.map.findEntry(line - 1, this.indents[line - 1] ?? 0) as { originalSource?: string; originalLine?: number };
    if (entry.originalSource === undefined) return undefined;
    return { file: entry.originalSource.replace(/^(\.\.\/)+/, '').replace(/^webpack:\/\/\//, ''), line: (entry.originalLine ?? 0) + 1 };
  }
}

/** Names what is not the extension's own code by where it lives. */
function hostBucket(frame: CallFrame): string {
  if (frame.url === '') return frame.functionName.startsWith('(') ? frame.functionName : `(native) ${frame.functionName || 'anonymous'}`;
  if (frame.url.startsWith('node:')) return frame.url;
  const vscode = /\/vscode\/out\/(.*)$/.exec(frame.url);
  if (vscode !== null) return `VS Code: ${vscode[1]}`;
  return frame.url.replace(/^file:\/\//, '');
}

function add(totals: Map<string, number>, key: string, ms: number): void {
  totals.set(key, (totals.get(key) ?? 0) + ms);
}

function ranked(totals: Map<string, number>, limit: number): CostLine[] {
  return [...totals].map(([what, ms]) => ({ what, ms: Math.round(ms * 100) / 100 })).sort((a, b) => b.ms - a.ms).slice(0, limit);
}

/** Summarises `profileFile`; `bundle` is the extension's bundle (its `.map` must sit next to it). */
export function summarizeProfile(profileFile: string, bundle: string, limit = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as CpuProfile;
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const msPerSample = totalMs / Math.max(1, profile.samples.length);
  const lines = new BundleLines(bundle);
  const bundleName = path.basename(bundle);
  const byFile = new Map<string, number>();
  const byLine = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const inBundle = node.callFrame.url.endsWith(`/${bundleName}`);
    if (!inBundle) {
      add(byFile, hostBucket(node.callFrame), hits * msPerSample);
      continue;
    }
    // Line ticks where V8 kept them, else the function's own first line.
    const ticks = node.positionTicks?.length ? node.positionTicks : [{ line: node.callFrame.lineNumber + 1, ticks: hits }];
    for (const { line, ticks: count } of ticks) {
      const source = lines.locate(line);
      const ms = count * msPerSample;
      add(byFile, source?.file ?? `${bundleName} (unmapped)`, ms);
      if (source !== undefined) add(byLine, `${source.file}:${source.line}`, ms);
    }
  }
  return { totalMs, byFile: ranked(byFile, limit), byLine: ranked(byLine, limit) };
}
