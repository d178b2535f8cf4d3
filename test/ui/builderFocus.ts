// What the keyboard test of the builder looks at inside its webview: where focus is, whether the user can see it
// (inside the viewport, not under the sticky footer, with an outline drawn), and how much of the panel the footer
// takes. Each function runs one evaluate in the webview's document and returns plain data, so a failing step can
// print exactly what it saw.
import type { FrameLocator, Page } from 'playwright-core';

/** A box in the webview's viewport, in CSS pixels. */
export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The focused element as the user sees it. */
export interface FocusReport {
  /** `tag#id`, with the value of a checkbox or radio: enough to say which stop this is in a log line. */
  readonly label: string;
  readonly id: string;
  readonly tag: string;
  /** The checkbox's value and state; empty/false for anything else. */
  readonly value: string;
  readonly checked: boolean;
  /** The id of the field group it is a box of, if any. */
  readonly group: string;
  /** The label of the toolbar it is in (a group's All/None), if any. */
  readonly toolbar: string;
  readonly box: Box;
  readonly viewportHeight: number;
  readonly footer: Box;
  readonly inFooter: boolean;
  readonly focusVisible: boolean;
  readonly outline: { readonly style: string; readonly width: string; readonly color: string; readonly offset: string };
}

/** Footer height against the viewport's, and whether it sticks to the bottom. */
export interface FooterReport {
  readonly height: number;
  readonly viewportHeight: number;
  readonly viewportWidth: number;
  readonly position: string;
}

/**
 * The little of the DOM the probes below use. The test build is Node code without the DOM library, so the callbacks
 * Playwright runs in the page name these structural types instead of the browser's globals.
 */
interface ProbeRect {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly height: number;
}
interface ProbeElement {
  readonly id: string;
  readonly tagName: string;
  readonly textContent: string | null;
  /** Inputs only. */
  readonly type?: string;
  readonly value?: string;
  readonly checked?: boolean;
  readonly selectionStart?: number | null;
  readonly selectionEnd?: number | null;
  readonly ownerDocument: ProbeDocument;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): ProbeRect;
  closest(selector: string): ProbeElement | null;
  contains(other: ProbeElement): boolean;
  matches(selector: string): boolean;
}
interface ProbeStyle {
  readonly position: string;
  readonly outlineStyle: string;
  readonly outlineWidth: string;
  readonly outlineColor: string;
  readonly outlineOffset: string;
  getPropertyValue(name: string): string;
}
interface ProbeDocument {
  readonly activeElement: ProbeElement | null;
  readonly body: ProbeElement;
  readonly documentElement: ProbeElement;
  readonly defaultView: { readonly innerHeight: number; readonly innerWidth: number; getComputedStyle(element: ProbeElement): ProbeStyle };
  querySelector(selector: string): ProbeElement | null;
}

/** The element that has focus in the builder's document. */
export async function focused(builder: FrameLocator): Promise<FocusReport> {
  return builder.locator('html').evaluate((html): FocusReport => {
    const doc = (html as unknown as ProbeElement).ownerDocument;
    const view = doc.defaultView;
    const active = doc.activeElement;
    const footerElement = doc.querySelector('footer');
    const toBox = (rect: ProbeRect): Box => ({ top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right });
    const footer = footerElement ? toBox(footerElement.getBoundingClientRect()) : { top: 0, bottom: 0, left: 0, right: 0 };
    if (active === null || active === doc.body) {
      return {
        label: '(nothing)', id: '', tag: '', value: '', checked: false, group: '', toolbar: '', box: { top: 0, bottom: 0, left: 0, right: 0 },
        viewportHeight: view.innerHeight, footer, inFooter: false, focusVisible: false,
        outline: { style: 'none', width: '0px', color: '', offset: '' },
      };
    }
    const style = view.getComputedStyle(active);
    const tag = active.tagName.toLowerCase();
    const isBox = tag === 'input' && (active.type === 'checkbox' || active.type === 'radio');
    const value = isBox ? active.value ?? '' : '';
    return {
      label: `${tag}${active.id ? '#' + active.id : ''}${value ? ` [${value}]` : ''}` +
        (tag === 'button' ? ` "${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim()}"` : ''),
      id: active.id,
      tag,
      value,
      checked: isBox && active.checked === true,
      group: isBox ? active.closest('fieldset.group')?.id ?? '' : '',
      toolbar: active.closest('[role="toolbar"]')?.getAttribute('aria-label') ?? '',
      box: toBox(active.getBoundingClientRect()),
      viewportHeight: view.innerHeight,
      footer,
      inFooter: footerElement?.contains(active) ?? false,
      focusVisible: active.matches(':focus-visible'),
      outline: { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor, offset: style.outlineOffset },
    };
  });
}

/** Why the user could not see the focused element, or undefined when they can. */
export function whyNotVisible(report: FocusReport): string | undefined {
  const { box, footer } = report;
  if (report.tag === '') return 'nothing has focus';
  if (box.bottom - box.top <= 0) return 'it has no size';
  if (box.top < 0 || box.bottom > report.viewportHeight) {
    return `it is outside the viewport (${Math.round(box.top)}..${Math.round(box.bottom)} of ${report.viewportHeight})`;
  }
  // The footer is drawn over the form: any overlap of the two boxes hides part of the control.
  if (!report.inFooter && box.bottom > footer.top && box.top < footer.bottom) {
    return `it is under the footer (${Math.round(box.top)}..${Math.round(box.bottom)}, footer from ${Math.round(footer.top)})`;
  }
  if (!report.focusVisible) return 'it does not match :focus-visible';
  const { style, width, color } = report.outline;
  if (style === 'none' || style === 'hidden' || !(parseFloat(width) >= 1)) return `its outline is ${style} ${width}`;
  if (/^rgba\(.*,\s*0\)$/.test(color) || color === 'transparent') return `its outline colour is ${color}`;
  return undefined;
}

/** Notes, on the text control itself, when its selection last changed (its `select` events), for {@link allSelected}. */
export async function noteSelections(builder: FrameLocator, selector: string): Promise<void> {
  await builder.locator(selector).evaluate((control) => {
    control.addEventListener('select', () => {
      (control as unknown as { xapiSelectedAt?: number }).xapiSelectedAt = performance.now();
    });
  });
}

/**
 * Whether the text control's selection spans all it holds (and it holds something), and has not changed for
 * `quietMs` (with {@link noteSelections} called first). Select All in a webview arrives once or twice, the second
 * time up to tens of milliseconds later: typed before then, the first keys are selected and typed over.
 */
export async function allSelected(builder: FrameLocator, selector: string, quietMs = 0): Promise<boolean> {
  return builder.locator(selector).evaluate((control, quiet) => {
    const { value, selectionStart, selectionEnd } = control as unknown as ProbeElement;
    const at = (control as unknown as { xapiSelectedAt?: number }).xapiSelectedAt;
    const settled = quiet === 0 || (at !== undefined && performance.now() - at >= quiet);
    return (value ?? '') !== '' && selectionStart === 0 && selectionEnd === value?.length && settled;
  }, quietMs);
}

/** The values of the group's checkboxes, in order. */
export async function groupValues(builder: FrameLocator, groupId: string): Promise<string[]> {
  return builder.locator(`#${groupId} input[type="checkbox"]`).evaluateAll((boxes) =>
    (boxes as unknown as ProbeElement[]).map((box) => box.value ?? ''));
}

/**
 * The outline colour an element gets from `outline: 1px solid var(<variable>)`, resolved by the browser into the
 * same rgb() form getComputedStyle reports for the focused element: what a theme variable looks like when drawn.
 */
export async function themeVariable(builder: FrameLocator, variable: string): Promise<string> {
  return builder.locator('html').evaluate((html, name) => {
    const doc = (html as unknown as ProbeElement).ownerDocument;
    // The variable as the theme set it on the root, e.g. `#0078d4`; an unset one reads as ''.
    return doc.defaultView.getComputedStyle(doc.documentElement).getPropertyValue(name).trim();
  }, variable);
}

export async function footerReport(builder: FrameLocator): Promise<FooterReport> {
  return builder.locator('footer').evaluate((footer): FooterReport => {
    const element = footer as unknown as ProbeElement;
    const view = element.ownerDocument.defaultView;
    return {
      height: element.getBoundingClientRect().height,
      viewportHeight: view.innerHeight,
      viewportWidth: view.innerWidth,
      position: view.getComputedStyle(element).position,
    };
  });
}

export function describeFooter(report: FooterReport): string {
  const share = Math.round((100 * report.height) / report.viewportHeight);
  return `footer ${Math.round(report.height)} px of ${report.viewportWidth}×${report.viewportHeight} (${share}%), ` +
    report.position;
}

/**
 * Presses `key` (Tab or Shift+Tab) until the element with id `targetId` has focus, at most `max` times, and returns
 * what had focus after each press; `onStop` runs at each stop before the next press (a test can work inside a group).
 */
export async function tabTo(
  page: Page,
  builder: FrameLocator,
  targetId: string,
  options: { readonly key: 'Tab' | 'Shift+Tab'; readonly max: number; readonly onStop?: (stop: FocusReport) => Promise<void> },
): Promise<FocusReport[]> {
  const stops: FocusReport[] = [];
  while (stops.length < options.max) {
    await page.keyboard.press(options.key);
    const stop = await focused(builder);
    stops.push(stop);
    if (stop.id === targetId) return stops;
    await options.onStop?.(stop);
  }
  return stops;
}
