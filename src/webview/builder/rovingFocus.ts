/**
 * One Tab stop for a set of controls, arrow keys inside it: the roving tabindex of the WAI-ARIA Authoring Practices
 * ("Developing a Keyboard Interface", "Managing Focus Within Components Using a Roving tabindex"). The control last
 * focused keeps `tabindex="0"`, the others `-1`, so Tab enters the set where the user left it and the next Tab leaves.
 *
 * The field groups (`user.fields`, `expansions`, `tweet.fields`) follow the keys of the APG Radio Group pattern on
 * their `fieldset` (role group): Down and Right move to the next box, Up and Left to the previous one, both wrapping,
 * Home and End to the first and last. Unlike a radio group, moving ticks nothing: Space toggles the focused box, which
 * is what a native checkbox does anyway. Order is the boxes' order, row by row as the grid lays them out, so the keys
 * mean the same at every panel width and to a screen reader.
 *
 * Their All/None buttons follow the APG Toolbar pattern (horizontal): Left and Right, wrapping, Home and End.
 */

export type RovingKeys = 'group' | 'toolbar';

const NEXT: Readonly<Record<RovingKeys, readonly string[]>> = { group: ['ArrowDown', 'ArrowRight'], toolbar: ['ArrowRight'] };
const PREVIOUS: Readonly<Record<RovingKeys, readonly string[]>> = { group: ['ArrowUp', 'ArrowLeft'], toolbar: ['ArrowLeft'] };

/** Makes `items`, all inside `container`, one Tab stop; returns nothing to dispose (it lives as long as the DOM). */
export function rovingFocus(container: HTMLElement, items: readonly HTMLElement[], keys: RovingKeys): void {
  if (items.length === 0) return;
  let current = 0;
  const setCurrent = (index: number): void => {
    current = index;
    items.forEach((item, i) => item.setAttribute('tabindex', i === index ? '0' : '-1'));
  };
  setCurrent(0);

  // Focus that arrives some other way (a click, focusFirstInvalid) moves the Tab stop along with it.
  container.addEventListener('focusin', (event) => {
    const index = items.indexOf(event.target as HTMLElement);
    if (index >= 0 && index !== current) setCurrent(index);
  });

  container.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const from = items.indexOf(event.target as HTMLElement);
    if (from < 0) return;
    let to: number;
    if (NEXT[keys].includes(event.key)) to = (from + 1) % items.length;
    else if (PREVIOUS[keys].includes(event.key)) to = (from - 1 + items.length) % items.length;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = items.length - 1;
    else return;
    // The arrows would otherwise scroll the panel as well.
    event.preventDefault();
    setCurrent(to);
    items[to].focus();
  });
}
