/**
 * The Endpoint section of the form: one radio per endpoint with its method, path and summary, its rate limit and auth
 * kinds as a tooltip, and a tag on the ones the current credentials cannot call.
 */
import { AUTH_LABELS } from '../../core/catalog/endpoints';
import type { AuthKind, EndpointId, EndpointSpec } from '../../core/catalog/endpoints';
import { el, replaceChildren } from './dom';
import { setErrors } from './fieldErrors';

export class EndpointPicker {
  readonly section: HTMLFieldSetElement;
  private endpoints: readonly EndpointSpec[] = [];
  private readonly endpointList = el('div', { className: 'endpoint-list' });
  private readonly endpointError = el('div', { id: 'xb-err-endpoint', className: 'errors', attrs: { hidden: true } });
  private readonly radios = new Map<EndpointId, HTMLInputElement>();
  private readonly authTags = new Map<EndpointId, HTMLElement>();

  /** `picked`: the user chose another endpoint. */
  constructor(private readonly picked: () => void) {
    this.section = el(
      'fieldset',
      { id: 'xb-endpoint', className: 'section endpoints', attrs: { 'aria-describedby': 'xb-err-endpoint' } },
      el('legend', {}, 'Endpoint'),
      this.endpointList,
      this.endpointError,
    );
  }

  /** (Re)builds the radios, none of them checked. */
  setEndpoints(endpoints: readonly EndpointSpec[]): void {
    this.endpoints = endpoints;
    this.radios.clear();
    this.authTags.clear();
    replaceChildren(this.endpointList, ...endpoints.map((spec) => this.endpointOption(spec)));
  }

  private endpointOption(spec: EndpointSpec): HTMLElement {
    const id = `xb-ep-${spec.id}`;
    const radio = el('input', { id, attrs: { type: 'radio', name: 'endpoint', value: spec.id } });
    radio.addEventListener('change', () => this.picked());
    this.radios.set(spec.id, radio);
    const tag = el('span', { className: 'tag', attrs: { hidden: true } });
    this.authTags.set(spec.id, tag);
    const limit = spec.rateLimit;
    const perWindow = `${limit.windowSeconds / 60} min`;
    const tooltip =
      `Rate limit: ${limit.perUser} requests per ${perWindow} per user` +
      (limit.perApp === undefined ? '' : `, ${limit.perApp} per app`) +
      `. Auth: ${spec.auth.map((kind) => AUTH_LABELS[kind].kind).join(', ')}.`;
    return el(
      'label',
      { className: 'endpoint', attrs: { for: id, title: tooltip } },
      radio,
      el('span', { className: 'endpoint-path' }, el('span', { className: 'method' }, spec.method), ' ', spec.path),
      el('span', { className: 'endpoint-summary' }, spec.summary),
      tag,
    );
  }

  private spec(endpoint: EndpointId): EndpointSpec | undefined {
    return this.endpoints.find((spec) => spec.id === endpoint);
  }

  /** The endpoint picked; the first one when nothing is (the catalogue's order puts the plainest first). */
  selected(): EndpointSpec | undefined {
    for (const [id, radio] of this.radios) if (radio.checked) return this.spec(id);
    return this.endpoints[0];
  }

  /** Checks `endpoint`, or the first one when there is no such radio. */
  select(endpoint: EndpointId): void {
    const radio = this.radios.get(endpoint) ?? this.radios.values().next().value;
    if (radio) radio.checked = true;
  }

  /** Tags each endpoint the `auth` kind cannot call with what it needs. */
  showAuth(auth: AuthKind): void {
    for (const [id, tag] of this.authTags) {
      const spec = this.spec(id);
      const accepted = !spec || spec.auth.includes(auth);
      tag.hidden = accepted;
      tag.textContent = accepted || !spec
        ? ''
        : spec.auth.length === 1
          ? `needs ${AUTH_LABELS[spec.auth[0]].kind}`
          : 'needs user context';
    }
  }

  /** Issues about the request as a whole, shown under the endpoints. */
  showIssues(messages: readonly string[]): void {
    setErrors(this.endpointError, [], messages);
  }

  /** Focuses the checked radio when the section shows an error; false when it does not. */
  focusIfInvalid(): boolean {
    if (this.endpointError.hidden) return false;
    this.selectedRadio()?.focus();
    return true;
  }

  private selectedRadio(): HTMLInputElement | undefined {
    for (const radio of this.radios.values()) if (radio.checked) return radio;
    return undefined;
  }
}
