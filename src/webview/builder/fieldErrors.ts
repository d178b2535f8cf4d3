/**
 * Error messages under a control, shown the same way everywhere in the form: a few lines, the rest counted, and the
 * control marked `aria-invalid` while there are any (the container is what its `aria-describedby` points to).
 */
import { el, replaceChildren } from './dom';

/** At most this many messages under one control; the rest are counted. */
const MAX_MESSAGES = 5;

export function setErrors(container: HTMLElement, controls: readonly HTMLElement[], messages: readonly string[]): void {
  const shown = messages.slice(0, MAX_MESSAGES).map((message) => el('p', {}, message));
  if (messages.length > MAX_MESSAGES) shown.push(el('p', {}, `…and ${messages.length - MAX_MESSAGES} more.`));
  replaceChildren(container, ...shown);
  container.hidden = messages.length === 0;
  for (const control of controls) {
    if (messages.length > 0) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
}
