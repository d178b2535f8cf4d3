/**
 * Keeps the focused control where the user can see it. The footer sticks to the bottom of the panel and is drawn over
 * the form, so a control that the browser scrolls "into view" at the bottom edge ends up under it. Two things prevent
 * that: the document's scroll-padding-bottom follows the footer's height (`--xb-footer-height`, read by builder.css),
 * which every scroll-into-view honours, the browser's own on focus included; and a focus that still lands under the
 * footer, or above the top, is scrolled to the nearest place where it shows.
 */

/** Room kept between a focused control and the footer, in CSS pixels. */
const GAP_PX = 8;

export function keepFocusInView(footer: HTMLElement): void {
  const root = document.documentElement;
  // CSSOM, not a style attribute: the page's CSP allows no inline style, and this is not one.
  const publish = (): void => root.style.setProperty('--xb-footer-height', `${Math.ceil(footer.getBoundingClientRect().height)}px`);
  new ResizeObserver(publish).observe(footer);
  publish();

  document.addEventListener('focusin', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || footer.contains(target)) return;
    const box = target.getBoundingClientRect();
    const footerTop = getComputedStyle(footer).position === 'sticky' ? footer.getBoundingClientRect().top : window.innerHeight;
    if (box.bottom + GAP_PX > footerTop || box.top < 0) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}
