/**
 * The spend report as a person reads it: a Markdown page, today first, then each day by endpoint and by account. The
 * figures are what the local ledger saw this extension (and the CLI, when it shares the folder) receive, not X's
 * invoice: the page says so, since other machines and apps bill the same account.
 */
import type { DayReport, SpendReport } from './ledger';

function money(usd: number): string {
  return `$${usd.toFixed(2)}`;
}

/** Table cells cannot hold `|` or line breaks; an account label is the user's own text. */
function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
}

function table(title: string, lines: { readonly [name: string]: { readonly users: number; readonly usd: number } }): string[] {
  const names = Object.keys(lines).sort();
  if (names.length === 0) return [];
  return [`| ${title} | Users | Cost |`, '| --- | ---: | ---: |', ...names.map((name) => `| ${cell(name)} | ${lines[name].users} | ${money(lines[name].usd)} |`), ''];
}

function day(report: DayReport, today: boolean): string[] {
  return [
    `## ${report.day}${today ? ' (today, UTC)' : ''}: ${report.users} user${report.users === 1 ? '' : 's'}, ${money(report.usd)}`,
    '',
    ...table('Endpoint', report.byEndpoint),
    ...table('Account', report.byAccount),
  ];
}

/** The report as Markdown. */
export function spendReportMarkdown(report: SpendReport): string {
  const lines = [
    '# X API spend (pay-per-use estimate)',
    '',
    `Each user returned by a successful lookup costs ${money(report.unitUsd)}, once per account and UTC day: a user fetched again the same day is not billed again. ` +
      'These figures come from the lookups this extension made on this machine; the X developer console has the invoice.',
    '',
  ];
  const past = report.days.filter((d) => d.day !== report.today.day);
  lines.push(...day(report.today, true));
  if (report.today.users === 0) lines.push('Nothing billed today.', '');
  for (const d of past) lines.push(...day(d, false));
  if (past.length === 0 && report.today.users === 0) lines.push('The ledger has no earlier days.', '');
  return lines.join('\n');
}
