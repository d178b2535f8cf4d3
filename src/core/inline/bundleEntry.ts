/**
 * The inline docs engine as a bundle of its own (dist/inline.js), loaded on first use by the host's LazyModules:
 * the scanners, the checks and the whole v2 vocabulary (apiVocabulary, ~100 KB) stay out of activation.
 */
export { InlineIndexCache } from './cache';
export { completionAt } from './completion';
export { familyOf } from './documentIndex';
export { hoverAt } from './hover';
export { describeLookup } from './sandboxLookup';
