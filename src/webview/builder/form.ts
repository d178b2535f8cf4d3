/**
 * The builder's one form, made with plain DOM calls: endpoint, parameters, field checkboxes, then the URL preview,
 * the cost estimate and the actions. Native controls throughout, so keyboard and screen reader support come with them;
 * every control has a label, and every error is tied to its control with aria-invalid and aria-describedby.
 *
 * This file holds the header and what ties the parts together: the endpoint radios (endpointPicker.ts), the parameter
 * inputs (parameterInputs.ts), the field checkboxes (fieldGroups.ts) and the footer (requestFooter.ts).
 */
import type { EndpointSpec } from '../../core/catalog/endpoints';
import type { ValidationIssue } from '../../core/request/lookupRequest';
import type { BuilderCost } from '../../shared/builder/protocol';
import type { BuilderCatalog, ConnectionSummary } from '../../shared/builder/protocol';
import { el, replaceChildren } from './dom';
import { EndpointPicker } from './endpointPicker';
import { FieldGroups, GROUP_KEYS } from './fieldGroups';
import { keepFocusInView } from './focusInView';
import type { GroupKey } from './fieldGroups';
import { suggestedName } from './formState';
import type { FormState, TextInput } from './formState';
import { ParameterInputs } from './parameterInputs';
import { RequestFooter } from './requestFooter';

/** What the form reports to its owner. */
export interface FormEvents {
  /** An input changed: typed into, ticked, or the endpoint picked. */
  changed(): void;
  send(): void;
  save(name: string): void;
  copyCurl(): void;
  copyCode(): void;
  /** The account link in the connection line. */
  switchAccount(): void;
}

/** The issue's field as the form knows it: a text input, a checkbox group, or the form as a whole. */
function issueTarget(field: string): TextInput | GroupKey | 'general' {
  switch (field) {
    case 'id':
    case 'ids':
    case 'username':
    case 'usernames':
    case 'count':
    case 'cursor':
      return field;
    case 'user.fields':
      return 'userFields';
    case 'expansions':
      return 'expansions';
    case 'tweet.fields':
    case 'post.fields':
      return 'tweetFields';
    default:
      return 'general';
  }
}

export class BuilderForm {
  private catalog: BuilderCatalog | undefined;
  private connection: ConnectionSummary | undefined;
  /** After a send, save or copy attempt every error shows, visited or not. */
  private showAllErrors = false;
  private issues: readonly ValidationIssue[] = [];

  private readonly title = el('h1', { id: 'xb-title' }, 'Request builder');
  private readonly connectionLine = el('p', { id: 'xb-connection', className: 'connection' });
  private readonly form = el('form', { id: 'xb-form', attrs: { novalidate: true, 'aria-labelledby': 'xb-title' } });
  private readonly endpoints: EndpointPicker;
  private readonly params: ParameterInputs;
  private readonly groups: FieldGroups;
  private readonly footer: RequestFooter;
  /** The saved lookup's name, offered again when saving. */
  private name: string | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly events: FormEvents,
  ) {
    this.endpoints = new EndpointPicker(() => {
      this.applyEndpoint();
      this.events.changed();
    });
    this.params = new ParameterInputs({
      input: () => {
        this.refreshHints();
        this.events.changed();
      },
      change: () => this.renderIssues(),
    });
    this.groups = new FieldGroups(() => this.events.changed());
    this.footer = new RequestFooter({
      save: (name) => this.events.save(name),
      copyCurl: () => this.events.copyCurl(),
      copyCode: () => this.events.copyCode(),
      nameToOffer: () => this.name ?? suggestedName(this.read()),
    });
    this.build();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Building

  private build(): void {
    const header = el('header', { className: 'header' }, this.title, this.connectionLine);
    this.form.append(this.endpoints.section, this.params.section, this.groups.section);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.events.send();
    });

    replaceChildren(this.root, header, this.form, this.footer.element);
    keepFocusInView(this.footer.element);
  }

  /** (Re)builds what depends on the catalogue, keeping the current values where the new catalogue has them. */
  setCatalog(catalog: BuilderCatalog, connection: ConnectionSummary): readonly string[] {
    const before = this.catalog === undefined ? undefined : this.read();
    this.catalog = catalog;
    this.connection = connection;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';

    this.endpoints.setEndpoints(catalog.endpoints);
    this.params.setCount(catalog.count);
    this.groups.setCatalog(catalog);
    this.renderConnection();
    this.root.removeAttribute('aria-busy');

    let dropped: string[] = [];
    if (before) {
      dropped = GROUP_KEYS.flatMap((key) => before[key].filter((value) => !catalog[key].some((o) => o.value === value)));
      this.write(before);
    }
    if (focused !== '') document.getElementById(focused)?.focus();
    return dropped;
  }

  setConnection(connection: ConnectionSummary): void {
    this.connection = connection;
    this.renderConnection();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Values

  /** The endpoint picked; the first one when nothing is (the catalogue's order puts the plainest first). */
  selectedEndpoint(): EndpointSpec | undefined {
    return this.endpoints.selected();
  }

  read(): FormState {
    return {
      endpoint: this.selectedEndpoint()?.id ?? 'userById',
      id: this.params.value('id'),
      ids: this.params.value('ids'),
      username: this.params.value('username'),
      usernames: this.params.value('usernames'),
      count: this.params.value('count'),
      cursor: this.params.value('cursor'),
      userFields: this.groups.checked('userFields'),
      tweetFields: this.groups.checked('tweetFields'),
      expansions: this.groups.checked('expansions'),
    };
  }

  write(form: FormState, touched: readonly TextInput[] = []): void {
    this.endpoints.select(form.endpoint);
    this.params.write(form, touched);
    this.groups.write(form, this.catalog);
    this.applyEndpoint();
  }

  touchedInputs(): TextInput[] {
    return this.params.touchedInputs();
  }

  /** Shows and hides what the endpoint takes. */
  private applyEndpoint(): void {
    const spec = this.selectedEndpoint();
    if (!spec) return;
    this.params.showFor(spec);
    this.groups.showFor(spec);
    this.refreshHints();
    this.renderUrl(undefined);
  }

  private refreshHints(): void {
    this.params.refreshHints(this.selectedEndpoint());
  }

  // -------------------------------------------------------------------------------------------------------------
  // Validation, preview, cost

  /** Shows the host's verdict: issues under their controls, the URL, the cost. */
  showValidation(ok: boolean, issues: readonly ValidationIssue[], url: string | undefined, cost: BuilderCost): void {
    this.issues = ok ? [] : issues;
    this.renderIssues();
    this.renderUrl(url);
    this.footer.showCost(cost);
  }

  /** After an attempt to act on the form: every error shows, visited or not. */
  revealAllErrors(): void {
    this.showAllErrors = true;
    this.renderIssues();
  }

  private renderIssues(): void {
    const byTarget = new Map<string, string[]>();
    for (const issue of this.issues) {
      const target = issueTarget(issue.field);
      byTarget.set(target, [...(byTarget.get(target) ?? []), issue.message]);
    }
    this.params.showIssues(byTarget, this.showAllErrors);
    this.groups.showIssues(byTarget);
    this.endpoints.showIssues(byTarget.get('general') ?? []);
  }

  /** Moves focus to the first control with a visible error; false when there is none. */
  focusFirstInvalid(): boolean {
    return this.endpoints.focusIfInvalid() || this.params.focusFirstInvalid() || this.groups.focusFirstInvalid();
  }

  private renderUrl(url: string | undefined): void {
    if (url !== undefined) {
      this.footer.showUrl(url);
      return;
    }
    const spec = this.selectedEndpoint();
    this.footer.showIncompleteUrl(`${this.connection?.baseUrl ?? ''}${spec?.path ?? ''}`);
  }

  private renderConnection(): void {
    const connection = this.connection;
    if (!connection) return;
    const where = connection.sandbox
      ? el('span', { className: 'badge' }, 'Sandbox')
      : el('span', { className: 'origin' }, connection.baseUrl);
    const account = el('button', { className: 'link', attrs: { type: 'button', title: 'Choose the account user-context lookups run as, or sign in' } }, connection.account ?? 'Sign in…');
    account.addEventListener('click', () => this.events.switchAccount());
    replaceChildren(
      this.connectionLine,
      where,
      ` · ${connection.authLabel} · vocabulary ${connection.vocabulary} · `,
      account,
    );
    this.endpoints.showAuth(connection.auth);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Name, save row, status (the footer's, reached through the form)

  setName(name: string | undefined): void {
    this.name = name;
    this.title.textContent = name === undefined ? 'Request builder' : `Request builder: ${name}`;
  }

  isSaveOpen(): boolean {
    return this.footer.isSaveOpen();
  }

  closeSave(focusToggle: boolean): void {
    this.footer.closeSave(focusToggle);
  }

  saveFailed(message: string): void {
    this.footer.saveFailed(message);
  }

  /** A polite announcement (sent, saved, copied); clears an earlier failure. */
  status(text: string): void {
    this.footer.status(text);
  }

  /** Drops a failure message once the form has moved on from the state it was about. */
  clearAlert(): void {
    this.footer.clearAlert();
  }

  /** An assertive one, for failures. */
  alert(text: string): void {
    this.footer.alert(text);
  }
}
