/** The status bar item: the mode (Sandbox, or the credential kind) and the last rate limit with its reset countdown. */
import * as vscode from 'vscode';
import { displayBaseUrl, nonDefaultHost } from '../../core/request/baseUrl';
import { AUTH_LABELS } from '../../core/catalog/endpoints';
import { sameDestination } from '../../core/request/destination';
import { formatDuration, secondsUntilReset, type RateLimitInfo } from '../../core/response/rateLimit';
import { Commands, STATUS_BAR_ITEM } from '../common/ids';
import type { ConnectionState } from './runner';
import { Disposable, toDisposable } from '../common/lifecycle';

export class StatusBar extends Disposable {
  private readonly item: vscode.StatusBarItem;
  private state: ConnectionState | undefined;
  private rateLimit: { info: RateLimitInfo; endpoint: string } | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Pay-per-use billed today by the spend ledger, once it has been read. */
  private spentToday: { usd: number; users: number } | undefined;

  constructor() {
    super();
    this._register(toDisposable(() => {
      if (this.timer) clearInterval(this.timer);
    }));
    this.item = this._register(vscode.window.createStatusBarItem(STATUS_BAR_ITEM, vscode.StatusBarAlignment.Left, 10));
    this.item.name = vscode.l10n.t('X API');
    this.item.command = Commands.openRequestBuilder;
  }

  update(state: ConnectionState): void {
    // A rate limit belongs to where it was read (the sandbox's is not api.x.com's) and to the credentials it was
    // counted for: once lookups go elsewhere or are signed otherwise, the figure would mislead, so it goes.
    if (this.state && !sameDestination(this.state, state)) this.rateLimit = undefined;
    this.state = state;
    this.render();
  }

  /** What the item reads now. */
  get text(): string {
    return this.item.text;
  }

  showRateLimit(info: RateLimitInfo | undefined, endpoint: string): void {
    if (!info) return;
    this.rateLimit = { info, endpoint };
    this.render();
    // The tooltip counts down to the reset, so it is redrawn while a window is running, and no longer.
    if (!this.timer) {
      this.timer = setInterval(() => {
        if (!this.rateLimit || secondsUntilReset(this.rateLimit.info, Date.now()) === 0) {
          clearInterval(this.timer);
          this.timer = undefined;
        }
        this.render();
      }, 15_000);
    }
  }

  /** Today's pay-per-use estimate from the spend ledger, for the tooltip. */
  showSpendToday(usd: number, users: number): void {
    this.spentToday = { usd, users };
    this.render();
  }

  /** The tooltip's text as it reads now (Markdown source). */
  get tooltipText(): string {
    const tooltip = this.item.tooltip;
    return typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '';
  }

  private render(): void {
    if (!this.state) return;
    const mode = this.state.sandbox ? vscode.l10n.t('Sandbox') : this.state.account ?? AUTH_LABELS[this.state.auth].short;
    const limit = this.rateLimit ? ` ${this.rateLimit.info.remaining}/${this.rateLimit.info.limit}` : '';
    // Any origin other than X's own is always in view, so a changed xapi.baseUrl cannot go unnoticed.
    const origin = this.state.sandbox ? undefined : nonDefaultHost(this.state.baseUrl);
    const restricted = this.state.restricted ? ` (${vscode.l10n.t('Restricted Mode')})` : '';
    this.item.text = `$(${this.state.sandbox ? 'beaker' : 'key'}) X API: ${mode}${origin ? ` → ${origin}` : ''}${restricted}${limit}`;
    this.item.backgroundColor = origin ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**X API Explorer**\n\n`);
    tooltip.appendText(this.state.sandbox
      ? vscode.l10n.t('Answering from the offline sandbox (its own documented credentials, user context).')
      : vscode.l10n.t('Sending to {0} with {1} credentials.', displayBaseUrl(this.state.baseUrl), AUTH_LABELS[this.state.auth].short));
    if (this.state.account) tooltip.appendText(`\n\n${vscode.l10n.t('User-context lookups run as {0} (X API: Switch Account to change).', this.state.account)}`);
    if (this.state.restricted) {
      tooltip.appendText(`\n\n${vscode.l10n.t('Restricted Mode: this workspace is not trusted, so no credentials are sent from it; the sandbox, field docs and inline help work.')}`);
    }
    tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Field vocabulary: {0}', this.state.vocabulary)}`);
    if (this.rateLimit) {
      const { info, endpoint } = this.rateLimit;
      const seconds = secondsUntilReset(info, Date.now());
      tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Rate limit of {0}: {1} of {2} left', endpoint, info.remaining, info.limit)}`);
      tooltip.appendMarkdown(`\n\n${seconds > 0
        ? vscode.l10n.t('Window resets in {0} (at {1})', formatDuration(seconds), new Date(info.reset * 1000).toLocaleTimeString())
        : vscode.l10n.t('Window has reset')}`);
    }
    if (this.spentToday) {
      tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Pay-per-use today (UTC, estimate): {0} users, ${1}', this.spentToday.users, this.spentToday.usd.toFixed(2))}`);
      tooltip.appendMarkdown(`\n\n${vscode.l10n.t('X API: Show Spend Report for the details')}`);
    }
    this.item.tooltip = tooltip;
    // Screen readers get words: without a label of its own the item is announced from its Markdown tooltip,
    // asterisks and all, and from its text, with the icon's $(...) name.
    const heard = [
      this.state.sandbox
        ? vscode.l10n.t('X API Explorer: answering from the offline sandbox')
        : vscode.l10n.t('X API Explorer: sending to {0} with {1} credentials', displayBaseUrl(this.state.baseUrl), AUTH_LABELS[this.state.auth].short),
    ];
    if (this.state.restricted) heard.push(vscode.l10n.t('Restricted Mode'));
    if (this.rateLimit) heard.push(vscode.l10n.t('rate limit {0} of {1} left', this.rateLimit.info.remaining, this.rateLimit.info.limit));
    heard.push(vscode.l10n.t('opens the request builder'));
    this.item.accessibilityInformation = { label: heard.join(', '), role: 'button' };
    this.item.show();
  }
}
