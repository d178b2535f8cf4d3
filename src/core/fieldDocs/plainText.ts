/**
 * Field docs as plain text, for places that show no Markdown (the palette's field picker rows, tooltips). The host
 * reaches it through dist/inline.js (core/inline/bundleEntry.ts), with the docs themselves.
 */
import type { FieldDoc } from './types';

/**
 * A doc's description as plain text: the code marks go, the words inside them stay. The descriptions use no other
 * Markdown (see FieldDoc.description).
 */
export function plainDescription(doc: Pick<FieldDoc, 'description'>): string {
  return doc.description.replace(/`/g, '');
}
