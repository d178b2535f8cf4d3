/**
 * The builder's one form, made with plain DOM calls: endpoint, parameters, field checkboxes, then the URL preview,
 * the cost estimate and the actions. Native controls throughout, so keyboard and screen reader support come with them;
 * every control has a label, and every error is tied to its control with aria-invalid and aria-describedby.
 */
import type { AuthKind, EndpointId, EndpointSpec } from '../core/catalog';
import type { ValidationIssue } from '../core/lookupRequest';
import type { BuilderCatalog, ConnectionSummary, CostEstimate, EnumOption } from '../shared/builderProtocol';
import { el, replaceChildren } from './dom';
import { INPUT_LIMITS, known, splitList, suggestedName, TEXT_INPUTS } from './formState';
import type { FormState, TextInput } from './formState';

/** What the form reports to its owner. */
export interface FormEvents {
  /** An input changed: typed into, ticked, or the endpoint picked. */
  changed(): void;
  send(): void;
  save(name: string): void;
  copyCurl(): void;
}

type GroupKey = 'userFields' | 'expansions' | 'tweetFields';

const GROUP_KEYS: readonly GroupKey[] = ['userFields', 'expansions', 'tweetFields'];

interface TextRow {
  readonly row: HTMLElement;
  readonly label: HTMLLabelElement;
  readonly input: HTMLInputElement | HTMLTextAreaElement;
  readonly hint: HTMLElement;
  readonly error: HTMLElement;
}

interface Group {
  readonly fieldset: HTMLFieldSetElement;
  readonly boxes: readonly HTMLInputElement[];
  readonly counter: HTMLElement;
  readonly error: HTMLElement;
}

const AUTH_SHORT: Readonly<Record<AuthKind, string>> = {
  bearer: 'app-only Bearer',
  oauth1: 'OAuth 1.0a',
  oauth2: 'OAuth 2.0 user token',
};

const MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);
const SHORTCUT = MAC ? '⌘Enter' : 'Ctrl+Enter';

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

/** At most this many messages under one control; the rest are counted. */
const MAX_MESSAGES = 5;

function money(usd: number): string {
  return `$${usd.toFixed(3)}`;
}

export class BuilderForm {
  private catalog: BuilderCatalog | undefined;
  private connection: ConnectionSummary | undefined;
  private readonly touched = new Set<TextInput>();
  /** After a send, save or copy attempt every error shows, visited or not. */
  private showAllErrors = false;
  private issues: readonly ValidationIssue[] = [];

  private readonly title = el('h1', { id: 'xb-title' }, 'Request builder');
  private readonly connectionLine = el('p', { id: 'xb-connection', className: 'connection' });
  private readonly form = el('form', { id: 'xb-form', attrs: { novalidate: true, 'aria-labelledby': 'xb-title' } });
  private readonly endpointList = el('div', { className: 'endpoint-list' });
  private readonly endpointError = el('div', { id: 'xb-err-endpoint', className: 'errors', attrs: { hidden: true } });
  private readonly radios = new Map<EndpointId, HTMLInputElement>();
  private readonly authTags = new Map<EndpointId, HTMLElement>();
  private readonly rows: Readonly<Record<TextInput, TextRow>>;
  private readonly noParams = el('p', { id: 'xb-no-params', className: 'hint', attrs: { hidden: true } });
  private readonly docsLink = el('a', { id: 'xb-docs', className: 'docs' });
  private readonly fieldsSection = el('section', { id: 'xb-fields', className: 'section', attrs: { 'aria-labelledby': 'xb-fields-h' } });
  private readonly noFields = el('p', { id: 'xb-no-fields', className: 'hint', attrs: { hidden: true } });
  private readonly groupsBox = el('div', { className: 'groups' });
  private readonly groups = new Map<GroupKey, Group>();
  /** The saved lookup's name, offered again when saving. */
  private name: string | undefined;

  private readonly url = el('pre', {
    id: 'xb-url',
    className: 'url',
    attrs: { tabindex: '0', 'aria-labelledby': 'xb-url-label', 'aria-describedby': 'xb-url-hint' },
  });
  private readonly urlHint = el('p', { id: 'xb-url-hint', className: 'hint', attrs: { hidden: true } });
  private readonly cost = el('p', { id: 'xb-cost', className: 'cost' });
  private readonly costNote = el(
    'p',
    { id: 'xb-cost-note', className: 'hint' },
    'Charged only for successful responses; the same user again within a UTC day is not charged again.',
  );
  private readonly saveToggle = el(
    'button',
    { id: 'xb-save-toggle', className: 'secondary', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'xb-save-form' } },
    'Save…',
  );
  private readonly saveForm = el('form', { id: 'xb-save-form', className: 'save-row', attrs: { hidden: true, 'aria-label': 'Save lookup' } });
  private readonly nameInput = el('input', {
    id: 'xb-name',
    attrs: {
      type: 'text',
      maxlength: String(INPUT_LIMITS.name),
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': 'xb-err-name',
    },
  });
  private readonly nameError = el('div', { id: 'xb-err-name', className: 'errors', attrs: { hidden: true } });
  private readonly statusLine = el('p', { id: 'xb-status', className: 'status', attrs: { role: 'status' } });
  private readonly alertLine = el('p', { id: 'xb-alert', className: 'status failure', attrs: { role: 'alert' } });

  constructor(
    private readonly root: HTMLElement,
    private readonly events: FormEvents,
  ) {
    this.rows = {
      id: this.textRow('id', { label: 'User id', hint: '1 to 19 digits, for example 2244994945.', inputMode: 'numeric' }),
      ids: this.textRow('ids', { label: 'User ids', hint: '', multiline: true }),
      username: this.textRow('username', { label: 'Username', hint: '1 to 15 letters, digits or underscores; with or without @.' }),
      usernames: this.textRow('usernames', { label: 'Usernames', hint: '', multiline: true }),
      count: this.textRow('count', { label: 'Page size (count)', hint: '', type: 'number' }),
      cursor: this.textRow('cursor', {
        label: 'Cursor',
        hint: 'The next_cursor of the previous page; empty for the first page.',
        maxLength: INPUT_LIMITS.cursor,
      }),
    };
    this.build();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Building

  private build(): void {
    const header = el('header', { className: 'header' }, this.title, this.connectionLine);

    const endpoints = el(
      'fieldset',
      { id: 'xb-endpoint', className: 'section endpoints', attrs: { 'aria-describedby': 'xb-err-endpoint' } },
      el('legend', {}, 'Endpoint'),
      this.endpointList,
      this.endpointError,
    );

    const params = el(
      'section',
      { id: 'xb-params', className: 'section', attrs: { 'aria-labelledby': 'xb-params-h' } },
      el('h2', { id: 'xb-params-h' }, 'Parameters'),
      ...TEXT_INPUTS.map((key) => this.rows[key].row),
      this.noParams,
      el('p', { className: 'hint' }, this.docsLink),
    );

    this.fieldsSection.append(el('h2', { id: 'xb-fields-h' }, 'Fields'), this.noFields, this.groupsBox);
    this.form.append(endpoints, params, this.fieldsSection);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.events.send();
    });

    const send = el(
      'button',
      { id: 'xb-send', className: 'primary', attrs: { type: 'submit', form: 'xb-form', 'aria-keyshortcuts': MAC ? 'Meta+Enter' : 'Control+Enter' } },
      'Send',
    );
    const copy = el('button', { id: 'xb-curl', className: 'secondary', attrs: { type: 'button' } }, 'Copy as cURL');
    copy.addEventListener('click', () => this.events.copyCurl());
    this.saveToggle.addEventListener('click', () => {
      if (this.saveForm.hidden) this.openSave(this.name ?? suggestedName(this.read()));
      else this.closeSave(true);
    });

    const confirm = el('button', { className: 'primary', attrs: { type: 'submit' } }, 'Save');
    const cancel = el('button', { className: 'secondary', attrs: { type: 'button' } }, 'Cancel');
    cancel.addEventListener('click', () => this.closeSave(true));
    this.saveForm.append(
      el('label', { attrs: { for: 'xb-name' } }, 'Name'),
      this.nameInput,
      confirm,
      cancel,
      this.nameError,
    );
    this.saveForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = this.nameInput.value.trim();
      if (name === '') {
        this.setErrors(this.nameError, [this.nameInput], ['Enter a name for the lookup.']);
        this.nameInput.focus();
        return;
      }
      this.setErrors(this.nameError, [this.nameInput], []);
      this.events.save(name);
    });
    this.saveForm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.closeSave(true);
      }
    });
    this.nameInput.addEventListener('input', () => this.setErrors(this.nameError, [this.nameInput], []));

    const footer = el(
      'footer',
      { className: 'footer', attrs: { 'aria-label': 'Request' } },
      el('div', { className: 'preview' }, el('span', { id: 'xb-url-label', className: 'label' }, 'Request URL'), this.url),
      this.urlHint,
      this.cost,
      this.costNote,
      el(
        'div',
        { className: 'actions' },
        send,
        this.saveToggle,
        copy,
        el('span', { className: 'hint shortcut' }, `${SHORTCUT} sends from anywhere in the form`),
      ),
      this.saveForm,
      this.statusLine,
      this.alertLine,
    );

    replaceChildren(this.root, header, this.form, footer);
  }

  private textRow(
    key: TextInput,
    options: {
      readonly label: string;
      readonly hint: string;
      readonly multiline?: boolean;
      readonly type?: 'text' | 'number';
      readonly inputMode?: string;
      readonly maxLength?: number;
    },
  ): TextRow {
    const id = `xb-${key}`;
    const describedBy = `${id}-hint ${id}-error`;
    const common = {
      id,
      attrs: {
        'aria-describedby': describedBy,
        autocomplete: 'off',
        spellcheck: 'false',
        maxlength: String(options.maxLength ?? (options.multiline ? INPUT_LIMITS.list : INPUT_LIMITS.value)),
      },
    };
    const input = options.multiline
      ? el('textarea', { ...common, attrs: { ...common.attrs, rows: '3' } })
      : el('input', {
          ...common,
          attrs: { ...common.attrs, type: options.type ?? 'text', inputmode: options.inputMode },
        });
    const label = el('label', { attrs: { for: id } }, options.label);
    const hint = el('p', { id: `${id}-hint`, className: 'hint' }, options.hint);
    const error = el('div', { id: `${id}-error`, className: 'errors', attrs: { hidden: true } });
    const row = el('div', { id: `${id}-row`, className: 'row' }, label, input, hint, error);
    input.addEventListener('input', () => {
      // Errors show once there is something to judge, or once the user has left the input.
      if (input.value.trim() !== '') this.touched.add(key);
      this.refreshHints();
      this.events.changed();
    });
    input.addEventListener('change', () => {
      this.touched.add(key);
      this.renderIssues();
    });
    return { row, label, input, hint, error };
  }

  /** (Re)builds what depends on the catalogue, keeping the current values where the new catalogue has them. */
  setCatalog(catalog: BuilderCatalog, connection: ConnectionSummary): readonly string[] {
    const before = this.catalog === undefined ? undefined : this.read();
    this.catalog = catalog;
    this.connection = connection;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';

    this.radios.clear();
    this.authTags.clear();
    replaceChildren(this.endpointList, ...catalog.endpoints.map((spec) => this.endpointOption(spec)));

    const countRow = this.rows.count;
    countRow.input.setAttribute('min', String(catalog.count.min));
    countRow.input.setAttribute('max', String(catalog.count.max));
    countRow.input.setAttribute('placeholder', String(catalog.count.default));
    countRow.hint.textContent = `${catalog.count.min} to ${catalog.count.max}; empty for the default (${catalog.count.default}).`;

    const tweetExpansions = catalog.expansions.filter((option) => /tweet|post/.test(option.value)).map((o) => o.value);
    this.groups.clear();
    replaceChildren(
      this.groupsBox,
      this.group('userFields', 'user.fields', catalog.userFields, 'What each user in the response carries.'),
      this.group('expansions', 'expansions', catalog.expansions, 'Objects the users point to, returned under includes.'),
      this.group(
        'tweetFields',
        catalog.tweetFieldsParam,
        catalog.tweetFields,
        tweetExpansions.length > 0
          ? `Fields of the posts an expansion brings in (${tweetExpansions.join(', ')}).`
          : 'Fields of the posts an expansion brings in.',
      ),
    );
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

  private endpointOption(spec: EndpointSpec): HTMLElement {
    const id = `xb-ep-${spec.id}`;
    const radio = el('input', { id, attrs: { type: 'radio', name: 'endpoint', value: spec.id } });
    radio.addEventListener('change', () => {
      this.applyEndpoint();
      this.events.changed();
    });
    this.radios.set(spec.id, radio);
    const tag = el('span', { className: 'tag', attrs: { hidden: true } });
    this.authTags.set(spec.id, tag);
    const limit = spec.rateLimit;
    const perWindow = `${limit.windowSeconds / 60} min`;
    const tooltip =
      `Rate limit: ${limit.perUser} requests per ${perWindow} per user` +
      (limit.perApp === undefined ? '' : `, ${limit.perApp} per app`) +
      `. Auth: ${spec.auth.map((kind) => AUTH_SHORT[kind]).join(', ')}.`;
    return el(
      'label',
      { className: 'endpoint', attrs: { for: id, title: tooltip } },
      radio,
      el('span', { className: 'endpoint-path' }, el('span', { className: 'method' }, spec.method), ' ', spec.path),
      el('span', { className: 'endpoint-summary' }, spec.summary),
      tag,
    );
  }

  private group(key: GroupKey, name: string, options: readonly EnumOption[], hint: string): HTMLFieldSetElement {
    const id = `xb-group-${key}`;
    const counter = el('span', { id: `${id}-count`, className: 'counter' });
    const error = el('div', { id: `${id}-error`, className: 'errors', attrs: { hidden: true } });
    const hintLine = el('p', { id: `${id}-hint`, className: 'hint' }, hint);
    const boxes: HTMLInputElement[] = [];
    const list = el('div', { className: 'options' });
    options.forEach((option, index) => {
      const boxId = `${id}-${index}`;
      const box = el('input', { id: boxId, attrs: { type: 'checkbox', value: option.value, title: option.doc } });
      box.addEventListener('change', () => {
        this.updateCounter(key);
        this.events.changed();
      });
      boxes.push(box);
      list.append(
        el('label', { className: 'option', attrs: { for: boxId, title: option.doc } }, box, el('span', { className: 'value' }, option.value)),
      );
    });
    const setAll = (checked: boolean): void => {
      for (const box of boxes) box.checked = checked;
      this.updateCounter(key);
      this.events.changed();
    };
    const all = el('button', { className: 'link', attrs: { type: 'button', 'aria-label': `Select all ${name}` } }, 'All');
    const none = el('button', { className: 'link', attrs: { type: 'button', 'aria-label': `Clear ${name}` } }, 'None');
    all.addEventListener('click', () => setAll(true));
    none.addEventListener('click', () => setAll(false));
    const fieldset = el(
      'fieldset',
      { id, className: 'group', attrs: { 'aria-describedby': `${id}-hint ${id}-error` } },
      el('legend', {}, name),
      el('div', { className: 'group-bar' }, hintLine, el('span', { className: 'group-actions' }, counter, all, none)),
      list,
      error,
    );
    this.groups.set(key, { fieldset, boxes, counter, error });
    this.updateCounter(key);
    return fieldset;
  }

  private updateCounter(key: GroupKey): void {
    const group = this.groups.get(key);
    if (!group) return;
    const checked = group.boxes.filter((box) => box.checked).length;
    group.counter.textContent = `${checked} of ${group.boxes.length}`;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Values

  private spec(endpoint: EndpointId): EndpointSpec | undefined {
    return this.catalog?.endpoints.find((spec) => spec.id === endpoint);
  }

  /** The endpoint picked; the first one when nothing is (the catalogue's order puts the plainest first). */
  selectedEndpoint(): EndpointSpec | undefined {
    for (const [id, radio] of this.radios) if (radio.checked) return this.spec(id);
    return this.catalog?.endpoints[0];
  }

  read(): FormState {
    const checked = (key: GroupKey): string[] =>
      this.groups.get(key)?.boxes.filter((box) => box.checked).map((box) => box.value) ?? [];
    return {
      endpoint: this.selectedEndpoint()?.id ?? 'userById',
      id: this.rows.id.input.value,
      ids: this.rows.ids.input.value,
      username: this.rows.username.input.value,
      usernames: this.rows.usernames.input.value,
      count: this.rows.count.input.value,
      cursor: this.rows.cursor.input.value,
      userFields: checked('userFields'),
      tweetFields: checked('tweetFields'),
      expansions: checked('expansions'),
    };
  }

  write(form: FormState, touched: readonly TextInput[] = []): void {
    const radio = this.radios.get(form.endpoint) ?? this.radios.values().next().value;
    if (radio) radio.checked = true;
    for (const key of TEXT_INPUTS) {
      this.rows[key].input.value = form[key];
      if (form[key].trim() !== '') this.touched.add(key);
    }
    for (const key of touched) this.touched.add(key);
    for (const key of GROUP_KEYS) {
      const group = this.groups.get(key);
      if (!group || !this.catalog) continue;
      const wanted = new Set(known(form[key], this.catalog[key]));
      for (const box of group.boxes) box.checked = wanted.has(box.value);
      this.updateCounter(key);
    }
    this.applyEndpoint();
  }

  touchedInputs(): TextInput[] {
    return [...this.touched];
  }

  /** Shows and hides what the endpoint takes. */
  private applyEndpoint(): void {
    const spec = this.selectedEndpoint();
    if (!spec) return;
    const show: Record<TextInput, boolean> = {
      id: spec.pathParam?.name === 'id',
      username: spec.pathParam?.name === 'username',
      ids: spec.listParam?.name === 'ids',
      usernames: spec.listParam?.name === 'usernames',
      count: spec.paged,
      cursor: spec.paged,
    };
    for (const key of TEXT_INPUTS) this.rows[key].row.hidden = !show[key];
    this.rows.id.label.textContent = spec.api === 'v1.1' ? 'Custom profile id' : 'User id';
    const noParams = !spec.pathParam && !spec.listParam && !spec.paged;
    this.noParams.hidden = !noParams;
    this.noParams.textContent = noParams ? `${spec.path} takes no parameters: it answers for the authenticated user.` : '';
    this.docsLink.setAttribute('href', spec.docsUrl);
    this.docsLink.textContent = `X API documentation of ${spec.method} ${spec.path}`;
    this.noFields.hidden = spec.takesFields;
    this.noFields.textContent = spec.takesFields ? '' : `${spec.path} takes no field parameters: it always answers with the whole profile.`;
    this.groupsBox.hidden = !spec.takesFields;
    this.refreshHints();
    this.renderUrl(undefined);
  }

  private refreshHints(): void {
    const spec = this.selectedEndpoint();
    if (!spec?.listParam) return;
    const key = spec.listParam.name;
    const entries = splitList(this.rows[key].input.value).length;
    const what = key === 'ids' ? '1 to 19 digits each' : 'with or without @';
    this.rows[key].hint.textContent =
      `Separate with commas, spaces or new lines (${what}); ${spec.listParam.min} to ${spec.listParam.max}. ` +
      `${entries} entered.`;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Validation, preview, cost

  /** Shows the host's verdict: issues under their controls, the URL, the cost. */
  showValidation(ok: boolean, issues: readonly ValidationIssue[], url: string | undefined, cost: CostEstimate): void {
    this.issues = ok ? [] : issues;
    this.renderIssues();
    this.renderUrl(url);
    this.renderCost(cost);
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
    for (const key of TEXT_INPUTS) {
      const row = this.rows[key];
      const visible = !row.row.hidden && (this.showAllErrors || this.touched.has(key));
      this.setErrors(row.error, [row.input], visible ? byTarget.get(key) ?? [] : []);
    }
    for (const key of GROUP_KEYS) {
      const group = this.groups.get(key);
      if (group) this.setErrors(group.error, [], byTarget.get(key) ?? []);
    }
    this.setErrors(this.endpointError, [], byTarget.get('general') ?? []);
  }

  private setErrors(container: HTMLElement, controls: readonly HTMLElement[], messages: readonly string[]): void {
    const shown = messages.slice(0, MAX_MESSAGES).map((message) => el('p', {}, message));
    if (messages.length > MAX_MESSAGES) shown.push(el('p', {}, `…and ${messages.length - MAX_MESSAGES} more.`));
    replaceChildren(container, ...shown);
    container.hidden = messages.length === 0;
    for (const control of controls) {
      if (messages.length > 0) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }

  /** Moves focus to the first control with a visible error; false when there is none. */
  focusFirstInvalid(): boolean {
    if (!this.endpointError.hidden) {
      this.selectedRadio()?.focus();
      return true;
    }
    for (const key of TEXT_INPUTS) {
      const row = this.rows[key];
      if (!row.row.hidden && !row.error.hidden) {
        row.input.focus();
        return true;
      }
    }
    for (const key of GROUP_KEYS) {
      const group = this.groups.get(key);
      if (group && !group.error.hidden) {
        group.boxes[0]?.focus();
        return true;
      }
    }
    return false;
  }

  private selectedRadio(): HTMLInputElement | undefined {
    for (const radio of this.radios.values()) if (radio.checked) return radio;
    return undefined;
  }

  private renderUrl(url: string | undefined): void {
    if (url !== undefined) {
      this.url.textContent = url;
      this.url.classList.remove('incomplete');
      this.urlHint.hidden = true;
      return;
    }
    const spec = this.selectedEndpoint();
    this.url.textContent = `${this.connection?.baseUrl ?? ''}${spec?.path ?? ''}`;
    this.url.classList.add('incomplete');
    this.urlHint.hidden = false;
    this.urlHint.textContent = 'The full URL appears once the request is valid.';
  }

  private renderCost(cost: CostEstimate): void {
    if (cost.kind === 'notBilled') {
      this.cost.textContent = 'Cost: custom profile reads are not billed per user under pay-per-use.';
      this.costNote.hidden = true;
      return;
    }
    const users = `${cost.users} ${cost.users === 1 ? 'user' : 'users'}`;
    this.cost.textContent = `Estimated cost: ${users} × ${money(cost.unitUsd)} = ${money(cost.totalUsd)} (pay-per-use).`;
    this.costNote.hidden = false;
  }

  private renderConnection(): void {
    const connection = this.connection;
    if (!connection) return;
    const where = connection.sandbox
      ? el('span', { className: 'badge' }, 'Sandbox')
      : el('span', { className: 'origin' }, connection.baseUrl);
    replaceChildren(
      this.connectionLine,
      where,
      ` · ${connection.authLabel} · vocabulary ${connection.vocabulary}`,
    );
    for (const [id, tag] of this.authTags) {
      const spec = this.spec(id);
      const accepted = !spec || spec.auth.includes(connection.auth);
      tag.hidden = accepted;
      tag.textContent = accepted || !spec
        ? ''
        : spec.auth.length === 1
          ? `needs ${AUTH_SHORT[spec.auth[0]]}`
          : 'needs user context';
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Name, save row, status

  setName(name: string | undefined): void {
    this.name = name;
    this.title.textContent = name === undefined ? 'Request builder' : `Request builder: ${name}`;
  }

  isSaveOpen(): boolean {
    return !this.saveForm.hidden;
  }

  openSave(name: string): void {
    this.saveForm.hidden = false;
    this.saveToggle.setAttribute('aria-expanded', 'true');
    this.nameInput.value = name;
    this.nameInput.focus();
    this.nameInput.select();
  }

  closeSave(focusToggle: boolean): void {
    this.saveForm.hidden = true;
    this.saveToggle.setAttribute('aria-expanded', 'false');
    this.setErrors(this.nameError, [this.nameInput], []);
    if (focusToggle) this.saveToggle.focus();
  }

  saveFailed(message: string): void {
    this.setErrors(this.nameError, [this.nameInput], [message]);
  }

  /** A polite announcement (sent, saved, copied); clears an earlier failure. */
  status(text: string): void {
    this.alertLine.textContent = '';
    this.statusLine.textContent = text;
  }

  /** Drops a failure message once the form has moved on from the state it was about. */
  clearAlert(): void {
    this.alertLine.textContent = '';
  }

  /** An assertive one, for failures. */
  alert(text: string): void {
    this.statusLine.textContent = '';
    this.alertLine.textContent = text;
  }
}
