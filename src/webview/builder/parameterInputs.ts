/**
 * The Parameters section of the form: the text inputs a lookup names its users with (id, ids, username, usernames)
 * and pages with (count, cursor), each with a hint and its errors. An input's errors wait until there is something to
 * judge or the user has left it; which inputs show depends on the endpoint.
 */
import type { EndpointSpec } from '../../core/catalog/endpoints';
import type { BuilderCatalog } from '../../shared/builder/protocol';
import { el } from './dom';
import { setErrors } from './fieldErrors';
import { INPUT_LIMITS, splitList, TEXT_INPUTS } from './formState';
import type { FormState, TextInput } from './formState';

interface TextRow {
  readonly row: HTMLElement;
  readonly label: HTMLLabelElement;
  readonly input: HTMLInputElement | HTMLTextAreaElement;
  readonly hint: HTMLElement;
  readonly error: HTMLElement;
}

/** What the inputs report to the form. */
export interface ParameterEvents {
  /** Typed into. */
  input(): void;
  /** Left or committed: its errors may show now. */
  change(): void;
}

export class ParameterInputs {
  readonly section: HTMLElement;
  private readonly touched = new Set<TextInput>();
  private readonly rows: Readonly<Record<TextInput, TextRow>>;
  private readonly noParams = el('p', { id: 'xb-no-params', className: 'hint', attrs: { hidden: true } });
  private readonly docsLink = el('a', { id: 'xb-docs', className: 'docs' });

  constructor(private readonly events: ParameterEvents) {
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
    this.section = el(
      'section',
      { id: 'xb-params', className: 'section', attrs: { 'aria-labelledby': 'xb-params-h' } },
      el('h2', { id: 'xb-params-h' }, 'Parameters'),
      ...TEXT_INPUTS.map((key) => this.rows[key].row),
      this.noParams,
      el('p', { className: 'hint' }, this.docsLink),
    );
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
      this.events.input();
    });
    input.addEventListener('change', () => {
      this.touched.add(key);
      this.events.change();
    });
    return { row, label, input, hint, error };
  }

  /** The page size limits of the catalogue. */
  setCount(count: BuilderCatalog['count']): void {
    const countRow = this.rows.count;
    countRow.input.setAttribute('min', String(count.min));
    countRow.input.setAttribute('max', String(count.max));
    countRow.input.setAttribute('placeholder', String(count.default));
    countRow.hint.textContent = `${count.min} to ${count.max}; empty for the default (${count.default}).`;
  }

  /** Shows the inputs the endpoint takes, or says it takes none, and links its documentation. */
  showFor(spec: EndpointSpec): void {
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
  }

  /** The list input's hint, with how many entries it holds. */
  refreshHints(spec: EndpointSpec | undefined): void {
    if (!spec?.listParam) return;
    const key = spec.listParam.name;
    const entries = splitList(this.rows[key].input.value).length;
    const what = key === 'ids' ? '1 to 19 digits each' : 'with or without @';
    this.rows[key].hint.textContent =
      `Separate with commas, spaces or new lines (${what}); ${spec.listParam.min} to ${spec.listParam.max} per request, more are sent in batches of ${spec.listParam.max}. ` +
      `${entries} entered.`;
  }

  value(key: TextInput): string {
    return this.rows[key].input.value;
  }

  /** Fills the inputs from `form`; one with a value, or named in `touched`, shows its errors from now on. */
  write(form: FormState, touched: readonly TextInput[]): void {
    for (const key of TEXT_INPUTS) {
      this.rows[key].input.value = form[key];
      if (form[key].trim() !== '') this.touched.add(key);
    }
    for (const key of touched) this.touched.add(key);
  }

  touchedInputs(): TextInput[] {
    return [...this.touched];
  }

  /** Each input's issues under it, once the user has been there or `showAll`; none under a hidden input. */
  showIssues(byTarget: ReadonlyMap<string, readonly string[]>, showAll: boolean): void {
    for (const key of TEXT_INPUTS) {
      const row = this.rows[key];
      const visible = !row.row.hidden && (showAll || this.touched.has(key));
      setErrors(row.error, [row.input], visible ? byTarget.get(key) ?? [] : []);
    }
  }

  /** Focuses the first shown input with an error; false when there is none. */
  focusFirstInvalid(): boolean {
    for (const key of TEXT_INPUTS) {
      const row = this.rows[key];
      if (!row.row.hidden && !row.error.hidden) {
        row.input.focus();
        return true;
      }
    }
    return false;
  }
}
