/**
 * The one way the builder makes elements: text goes in as text nodes, attributes through setAttribute, and there is
 * no innerHTML anywhere, so nothing from a message can turn into markup.
 */

/** What `el` accepts as children: nodes, text, or nothing (skipped). */
export type Child = Node | string | undefined | null | false;

export interface ElementProps {
  readonly id?: string;
  readonly className?: string;
  /** Set as attributes; `true` sets an empty attribute, `false`/`undefined` leaves it out. */
  readonly attrs?: Readonly<Record<string, string | boolean | undefined>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.id !== undefined) element.id = props.id;
  if (props.className !== undefined) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Finds an element the builder created, or fails loudly: a missing one is a bug, not a state to cope with. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`#${id} is missing or not a ${type.name}`);
  return found;
}
