/**
 * Docs of the entity objects the User bio and the Tweet/Post text share: links (with what X learnt fetching them),
 * hashtags, mentions, cashtags and annotations, generated for each place they appear under.
 */
import { SNOWFLAKE, URL, type FieldDoc } from './types';

/** `start`/`end` of one entity; `what` names the entity ("link", "hashtag"), `where` the text it indexes. */
function rangeDocs(prefix: string, what: string, where: string): FieldDoc[] {
  return [
    {
      path: `${prefix}.start`, type: 'integer',
      description: `Where this ${what} begins in ${where}, counted from 0 in Unicode code points (not UTF-16 units: ` +
        'slice `Array.from(text)` when the text may hold emoji). Inclusive.',
      example: '0',
    },
    {
      path: `${prefix}.end`, type: 'integer',
      description: `Position just past the last character of this ${what} (exclusive), counted like \`start\`.`,
      example: '23',
    },
  ];
}

/**
 * A link X recognised and enriched: the t.co form, the real target and what X learnt fetching it. `prefix` is the
 * element path (`entities.urls[]`); every use of the spec's URL entity carries the offsets too.
 */
export function urlEntityDocs(prefix: string, where: string): FieldDoc[] {
  return [
    ...rangeDocs(prefix, 'link', where),
    {
      path: `${prefix}.url`, type: URL,
      description: 'The t.co short link exactly as it appears in the text; the offsets point at it.',
      example: '"https://t.co/bVnVNkZBSy"',
    },
    {
      path: `${prefix}.expanded_url`, type: URL,
      description: 'The full address the author actually typed, before X wrapped it in t.co. Use this as the link.',
      example: '"https://developer.x.com"',
    },
    {
      path: `${prefix}.display_url`, type: 'string',
      description: 'A shortened, scheme-less rendering meant for on-screen text (may end in an ellipsis); ' +
        'show it, but never follow it.',
      example: '"developer.x.com"',
    },
    {
      path: `${prefix}.unwound_url`, type: URL,
      description: 'Where the link ends up once X has followed every redirect. Only there when X crawled it.',
      example: '"https://developer.x.com/en"',
    },
    {
      path: `${prefix}.status`, type: 'integer (HTTP status)',
      description: 'The HTTP status X received when it fetched the target page, e.g. 200, or 404 for a dead link.',
      example: '200',
    },
    {
      path: `${prefix}.title`, type: 'string',
      description: 'The `<title>` of the target page as X read it when building the link preview.',
      example: '"Developer Platform"',
    },
    {
      path: `${prefix}.description`, type: 'string',
      description: 'Summary text of the target page (its meta description) as X read it for the preview card.',
      example: '"Build with the X API."',
    },
    {
      path: `${prefix}.images`, type: 'array of object',
      description: 'Preview pictures X took from the target page, typically one per rendition size.',
    },
    {
      path: `${prefix}.images[].url`, type: URL,
      description: 'Address of this preview picture on X\'s image host.',
      example: '"https://pbs.twimg.com/news_img/1/photo/orig"',
    },
    {
      path: `${prefix}.images[].width`, type: 'integer (pixels)',
      description: 'Horizontal size of this preview picture.',
      example: '1200',
    },
    {
      path: `${prefix}.images[].height`, type: 'integer (pixels)',
      description: 'Vertical size of this preview picture.',
      example: '630',
    },
    {
      path: `${prefix}.media_key`, type: 'string (media key)',
      description: 'Set when the link is the address of a photo or video attached to a post: the key of that media ' +
        'item, as listed in `attachments.media_keys`.',
      example: '"3_1365362339449561088"',
    },
  ];
}

/**
 * The entity lists of one text: links, hashtags, mentions, cashtags and, in 2.166 only, named-entity annotations.
 * `prefix` is the entities object (`entities.description`, `note_tweet.entities`).
 */
export function textEntityDocs(prefix: string, where: string, withAnnotations: boolean): FieldDoc[] {
  const docs: FieldDoc[] = [
    {
      path: `${prefix}.urls`, type: 'array of object',
      description: `Every link in ${where}, with its position and what X knows about its target.`,
    },
    ...urlEntityDocs(`${prefix}.urls[]`, where),
    {
      path: `${prefix}.hashtags`, type: 'array of object',
      description: `Every #hashtag in ${where}, with its position.`,
    },
    ...rangeDocs(`${prefix}.hashtags[]`, 'hashtag', where),
    {
      path: `${prefix}.hashtags[].tag`, type: 'string',
      description: 'The hashtag\'s word without the leading `#`, in the case the author wrote it.',
      example: '"BuildInPublic"',
    },
    {
      path: `${prefix}.mentions`, type: 'array of object',
      description: `Every @mention in ${where}, with its position and, when resolvable, the account it names.`,
    },
    ...rangeDocs(`${prefix}.mentions[]`, 'mention', where),
    {
      path: `${prefix}.mentions[].username`, type: 'string',
      description: 'The mentioned handle without the `@`.',
      example: '"XDevelopers"',
    },
    {
      path: `${prefix}.mentions[].id`, type: SNOWFLAKE,
      description: 'Id of the mentioned account; missing when the handle matches no existing account.',
      example: '"2244994945"',
    },
    {
      path: `${prefix}.cashtags`, type: 'array of object',
      description: `Every $cashtag (a stock or coin ticker) in ${where}, with its position.`,
    },
    ...rangeDocs(`${prefix}.cashtags[]`, 'cashtag', where),
    {
      path: `${prefix}.cashtags[].tag`, type: 'string',
      description: 'The ticker symbol without the leading `$`.',
      example: '"TSLA"',
    },
  ];
  if (!withAnnotations) return docs;
  return docs.concat([
    {
      path: `${prefix}.annotations`, type: 'array of object',
      description: `Names of people, places, products or organisations X spotted in ${where}, each with a ` +
        'confidence score. Only the 2.166 schema lists them.',
      vocabulary: '2.166',
    },
    {
      path: `${prefix}.annotations[].start`, type: 'integer',
      description: 'Where the detected name begins, counted from 0 (inclusive), in code points like the other ' +
        'entity offsets.',
      example: '10',
    },
    {
      path: `${prefix}.annotations[].end`, type: 'integer',
      description: 'Position of the detected name\'s last character. Unlike the other entities this end is ' +
        'inclusive, so add 1 before slicing.',
      example: '21',
    },
    {
      path: `${prefix}.annotations[].normalized_text`, type: 'string',
      description: 'The detected name as X normalised it, which may differ from the raw text in case or spacing.',
      example: '"Barack Obama"',
    },
    {
      path: `${prefix}.annotations[].probability`, type: 'number (0 to 1)',
      description: 'How sure X is of the detection; filter on it before trusting an annotation.',
      example: '0.92',
    },
    {
      path: `${prefix}.annotations[].type`, type: 'string',
      description: 'What kind of thing was detected, such as `Person`, `Place`, `Product`, `Organization` or `Other`.',
      example: '"Person"',
    },
  ]);
}
