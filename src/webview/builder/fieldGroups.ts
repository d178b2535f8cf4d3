/**
 * The Fields section of the form: one checkbox group per field parameter (`user.fields`, `expansions`, `tweet.fields`
 * or `post.fields`), each value with its field doc as a tooltip, a count of the ticked ones, and All/None buttons.
 * Each group's boxes are one Tab stop and its All/None another, with arrow keys inside (rovingFocus.ts): tabbing
 * through the form no longer walks every box of every group.
 */
import type { EndpointSpec } from '../../core/catalog/endpoints';
import type { BuilderCatalog, EnumOption } from '../../shared/builder/protocol';
import { el, replaceChildren } from './dom';
import { setErrors } from './fieldErrors';
import { known } from './formState';
import type { FormState } from './formState';
import { rovingFocus } from './rovingFocus';

/** The form's keys of the checkbox groups. */
export type GroupKey = 'userFields' | 'expansions' | 'tweetFields';

export const GROUP_KEYS: readonly GroupKey[] = ['userFields', 'expansions', 'tweetFields'];

interface Group {
  readonly fieldset: HTMLFieldSetElement;
  readonly boxes: readonly HTMLInputElement[];
  readonly counter: HTMLElement;
  readonly error: HTMLElement;
}

export class FieldGroups {
  readonly section = el('section', { id: 'xb-fields', className: 'section', attrs: { 'aria-labelledby': 'xb-fields-h' } });
  private readonly noFields = el('p', { id: 'xb-no-fields', className: 'hint', attrs: { hidden: true } });
  private readonly groupsBox = el('div', { className: 'groups' });
  private readonly groups = new Map<GroupKey, Group>();

  /** `changed`: a box was ticked or unticked. */
  constructor(private readonly changed: () => void) {
    this.section.append(el('h2', { id: 'xb-fields-h' }, 'Fields'), this.noFields, this.groupsBox);
  }

  /** (Re)builds the groups for the catalogue's vocabulary, every box unticked. */
  setCatalog(catalog: BuilderCatalog): void {
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
  }

  /** Shows the groups, or why there are none, for the endpoint picked. */
  showFor(spec: EndpointSpec): void {
    this.noFields.hidden = spec.takesFields;
    this.noFields.textContent = spec.takesFields ? '' : `${spec.path} takes no field parameters: it always answers with the whole profile.`;
    this.groupsBox.hidden = !spec.takesFields;
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
        this.changed();
      });
      boxes.push(box);
      list.append(
        el('label', { className: 'option', attrs: { for: boxId, title: option.doc } }, box, el('span', { className: 'value' }, option.value)),
      );
    });
    const setAll = (checked: boolean): void => {
      for (const box of boxes) box.checked = checked;
      this.updateCounter(key);
      this.changed();
    };
    const all = el('button', { className: 'link', attrs: { type: 'button', 'aria-label': `Select all ${name}` } }, 'All');
    const none = el('button', { className: 'link', attrs: { type: 'button', 'aria-label': `Clear ${name}` } }, 'None');
    all.addEventListener('click', () => setAll(true));
    none.addEventListener('click', () => setAll(false));
    const toolbar = el('span', { className: 'group-toolbar', attrs: { role: 'toolbar', 'aria-label': `Select ${name}` } }, all, none);
    rovingFocus(toolbar, [all, none], 'toolbar');
    rovingFocus(list, boxes, 'group');
    const fieldset = el(
      'fieldset',
      { id, className: 'group', attrs: { 'aria-describedby': `${id}-hint ${id}-error` } },
      el('legend', {}, name),
      el('div', { className: 'group-bar' }, hintLine, el('span', { className: 'group-actions' }, counter, toolbar)),
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

  /** The values ticked in one group. */
  checked(key: GroupKey): string[] {
    return this.groups.get(key)?.boxes.filter((box) => box.checked).map((box) => box.value) ?? [];
  }

  /** Ticks what `form` selects, among the values the catalogue knows. */
  write(form: FormState, catalog: BuilderCatalog | undefined): void {
    for (const key of GROUP_KEYS) {
      const group = this.groups.get(key);
      if (!group || !catalog) continue;
      const wanted = new Set(known(form[key], catalog[key]));
      for (const box of group.boxes) box.checked = wanted.has(box.value);
      this.updateCounter(key);
    }
  }

  /** Each group's issues under it, shown at once: only the text inputs wait until the user has been there. */
  showIssues(byTarget: ReadonlyMap<string, readonly string[]>): void {
    for (const key of GROUP_KEYS) {
      const group = this.groups.get(key);
      if (group) setErrors(group.error, [], byTarget.get(key) ?? []);
    }
  }

  /** Focuses the first box of the first group with an error; false when there is none. */
  focusFirstInvalid(): boolean {
    for (const key of GROUP_KEYS) {
      const group = this.groups.get(key);
      if (group && !group.error.hidden) {
        group.boxes[0]?.focus();
        return true;
      }
    }
    return false;
  }
}
