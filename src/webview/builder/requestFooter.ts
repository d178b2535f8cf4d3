/**
 * The form's footer: the request URL as it will be sent, the cost estimate, the actions (Send, Save…, Copy as cURL,
 * Copy as Code…),
 * the name row a save opens, and the two live regions that announce what happened.
 *
 * builder.css gives it a compact form in a short or narrow panel (a split editor): one line of URL, cost and actions,
 * the explanations left out. The cost has a long and a short wording for that; the stylesheet shows one of them.
 */
import type { BuilderCost } from '../../shared/builder/protocol';
import { el } from './dom';
import { setErrors } from './fieldErrors';
import { INPUT_LIMITS } from './formState';

/** What the footer's own controls ask of the form. (Send submits the form itself.) */
export interface FooterEvents {
  save(name: string): void;
  copyCurl(): void;
  copyCode(): void;
  /** The name a save starts from when the name row opens. */
  nameToOffer(): string;
}

const MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);
const SHORTCUT = MAC ? '⌘Enter' : 'Ctrl+Enter';

const COST_NOTE = 'Charged only for successful responses; the same user again within a UTC day is not charged again.';

function money(usd: number): string {
  return `$${usd.toFixed(3)}`;
}

export class RequestFooter {
  readonly element: HTMLElement;
  private readonly url = el('pre', {
    id: 'xb-url',
    className: 'url',
    attrs: { tabindex: '0', 'aria-labelledby': 'xb-url-label', 'aria-describedby': 'xb-url-hint' },
  });
  private readonly urlHint = el('p', { id: 'xb-url-hint', className: 'hint', attrs: { hidden: true } });
  private readonly costFull = el('span', { className: 'full-only' });
  private readonly costShort = el('span', { className: 'compact-only' });
  private readonly cost = el('p', { id: 'xb-cost', className: 'cost' }, this.costFull, this.costShort);
  private readonly costNote = el('p', { id: 'xb-cost-note', className: 'hint' }, COST_NOTE);
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

  constructor(private readonly events: FooterEvents) {
    const send = el(
      'button',
      {
        id: 'xb-send',
        className: 'primary',
        // The title carries the shortcut where the compact footer leaves out the hint beside the buttons.
        attrs: { type: 'submit', form: 'xb-form', title: `Send (${SHORTCUT})`, 'aria-keyshortcuts': MAC ? 'Meta+Enter' : 'Control+Enter' },
      },
      'Send',
    );
    const copy = el('button', { id: 'xb-curl', className: 'secondary', attrs: { type: 'button' } }, 'Copy as cURL');
    copy.addEventListener('click', () => this.events.copyCurl());
    const code = el('button', { id: 'xb-code', className: 'secondary', attrs: { type: 'button', title: 'The lookup as code in the client you pick' } }, 'Copy as Code…');
    code.addEventListener('click', () => this.events.copyCode());
    this.saveToggle.addEventListener('click', () => {
      if (this.saveForm.hidden) this.openSave(this.events.nameToOffer());
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
        setErrors(this.nameError, [this.nameInput], ['Enter a name for the lookup.']);
        this.nameInput.focus();
        return;
      }
      setErrors(this.nameError, [this.nameInput], []);
      this.events.save(name);
    });
    this.saveForm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.closeSave(true);
      }
    });
    this.nameInput.addEventListener('input', () => setErrors(this.nameError, [this.nameInput], []));

    this.element = el(
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
        code,
        el('span', { className: 'hint shortcut' }, `${SHORTCUT} sends from anywhere in the form`),
      ),
      this.saveForm,
      this.statusLine,
      this.alertLine,
    );
  }

  /** The URL of a valid request. */
  showUrl(url: string): void {
    this.url.textContent = url;
    this.url.classList.remove('incomplete');
    this.urlHint.hidden = true;
  }

  /** As much of the URL as is known while the request is not valid yet. */
  showIncompleteUrl(partial: string): void {
    this.url.textContent = partial;
    this.url.classList.add('incomplete');
    this.urlHint.hidden = false;
    this.urlHint.textContent = 'The full URL appears once the request is valid.';
  }

  showCost(cost: BuilderCost): void {
    if (cost.kind === 'notBilled') {
      this.costFull.textContent = 'Cost: custom profile reads are not billed per user under pay-per-use.';
      this.costShort.textContent = 'Not billed per user';
      this.cost.removeAttribute('title');
      this.costNote.hidden = true;
      return;
    }
    const users = `${cost.users} ${cost.users === 1 ? 'user' : 'users'}`;
    const free = cost.alreadyBilledToday ? ` ${cost.alreadyBilledToday} fetched earlier today ${cost.alreadyBilledToday === 1 ? 'is' : 'are'} free.` : '';
    const batches = cost.batches !== undefined && cost.batches > 1 ? ` Sent in ${cost.batches} requests of up to 100 (bulk).` : '';
    this.costFull.textContent = cost.alreadyBilledToday
      ? `Estimated cost: ${users}, ${cost.users - cost.alreadyBilledToday} billable × ${money(cost.unitUsd)} = ${money(cost.totalUsd)} (pay-per-use).${free}${batches}`
      : `Estimated cost: ${users} × ${money(cost.unitUsd)} = ${money(cost.totalUsd)} (pay-per-use).${batches}`;
    this.costShort.textContent = `${users} · ${money(cost.totalUsd)}${cost.batches !== undefined && cost.batches > 1 ? ` · ${cost.batches} requests` : ''}`;
    // The note as a tooltip too: the compact footer leaves the line out.
    this.cost.setAttribute('title', COST_NOTE);
    this.costNote.hidden = false;
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
    setErrors(this.nameError, [this.nameInput], []);
    if (focusToggle) this.saveToggle.focus();
  }

  saveFailed(message: string): void {
    setErrors(this.nameError, [this.nameInput], [message]);
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
