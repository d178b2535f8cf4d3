/**
 * The docs as a bundle of their own (dist/inline.js), loaded on first use by the host's LazyModules: the field-doc
 * tables (~70 KB), the inline scanners and checks and the whole v2 vocabulary (~100 KB) stay out of activation. The
 * first hover, completion, field picker or builder form loads them.
 */
export { docForParameterValue, formatFieldDocMarkdown } from '../fieldDocs/lookup';
export { plainDescription } from '../fieldDocs/plainText';
export { resultHoverMarkdown } from '../response/hoverMarkdown';
export { InlineIndexCache } from './cache';
export { completionAt } from './completion';
export { familyOf } from './documentIndex';
export { hoverAt } from './hover';
export { describeLookup } from './sandboxLookup';
