/**
 * Docs of the 2.166 Tweet and the 2.167 Post in one list: where both vocabularies use a name it has one doc, where
 * 2.167 renamed it (note_tweet -> note_post, retweet_count -> repost_count...) each name carries `vocabulary`, and
 * where only the shape changed (an object became an array) one doc states both shapes. In user lookups these objects
 * only arrive as expansions, under `includes.tweets` or `includes.posts`.
 */
import { textEntityDocs, urlEntityDocs } from './entityDocs';
import { DATE_TIME, SNOWFLAKE, type FieldDoc } from './types';

/** Both vocabularies' parameter values for a field whose name did not change. */
function both(field: string): string {
  return `tweet.fields=${field} or post.fields=${field}`;
}

/** The counters the three private metric objects share (2.166 lists them; 2.167 leaves the objects open). */
function privateCounterDocs(prefix: string, reach: string): FieldDoc[] {
  return [
    {
      path: `${prefix}.impression_count`, type: 'integer',
      description: `How many times the post was put on someone's screen through ${reach}.`,
      example: '3120',
    },
    {
      path: `${prefix}.like_count`, type: 'integer',
      description: `Likes the post collected through ${reach}.`,
      example: '41',
    },
    {
      path: `${prefix}.reply_count`, type: 'integer',
      description: `Replies the post drew through ${reach}.`,
      example: '6',
    },
    {
      path: `${prefix}.retweet_count`, type: 'integer',
      description: `Reposts the post got through ${reach}.`,
      example: '9',
    },
  ];
}

/** The full text of a long post: 2.166 `note_tweet`, 2.167 `note_post`, same members. */
function noteDocs(name: 'note_tweet' | 'note_post', vocabulary: '2.166' | '2.167'): FieldDoc[] {
  return [
    {
      path: name, type: 'object', requestedBy: `${vocabulary === '2.166' ? 'tweet' : 'post'}.fields=${name}`,
      description: 'Present for long posts (over 280 characters), whose `text` is cut short: this holds the whole ' +
        'thing. Show `note_tweet.text`/`note_post.text` when it exists.',
      vocabulary,
    },
    {
      path: `${name}.text`, type: 'string',
      description: 'The complete text of the long post, up to 25,000 characters.',
      example: '"A long post that keeps going well past the usual limit..."',
    },
    {
      path: `${name}.entities`, type: 'object',
      description: 'Links, hashtags, mentions and cashtags of the complete text; their offsets index into ' +
        `\`${name}.text\`, not into \`text\`.`,
    },
    ...textEntityDocs(`${name}.entities`, 'the complete long text', false),
  ];
}

/** `referenced_tweets` (2.166) and `referenced_posts` (2.167). */
function referenceDocs(name: 'referenced_tweets' | 'referenced_posts', vocabulary: '2.166' | '2.167'): FieldDoc[] {
  return [
    {
      path: name, type: 'array of object',
      // 2.167's post.fields has no value for it, so only the 2.166 name says how to ask.
      ...(vocabulary === '2.166' ? { requestedBy: 'tweet.fields=referenced_tweets' } : {}),
      description: 'The posts this one points at: the original of a repost, the post a quote embeds, or the post a ' +
        'reply answers. Absent for a standalone post.',
      example: '[{"type":"replied_to","id":"1293593516040269825"}]',
      vocabulary,
    },
    {
      path: `${name}[].type`, type: 'string (enum: retweeted | quoted | replied_to)',
      description: 'How this post relates to the referenced one: `retweeted` (it is a plain repost), `quoted` or ' +
        '`replied_to`.',
      example: '"quoted"',
    },
    {
      path: `${name}[].id`, type: SNOWFLAKE,
      description: 'Id of the referenced post.',
      example: '"1293593516040269825"',
    },
  ];
}

export const TWEET_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'id', type: SNOWFLAKE, requestedBy: 'default',
    description: 'The post\'s permanent id, as a string because it is too large for a JavaScript number. Its ' +
      'address is `https://x.com/i/web/status/<id>`.',
    example: '"1293593516040269825"',
  },
  {
    path: 'text', type: 'string', requestedBy: 'default',
    description: 'The body of the post, with links as t.co short links. Long posts are truncated here; the full ' +
      'version is in `note_tweet`/`note_post`.',
    example: '"Hello from the X API v2! https://t.co/xyz"',
  },
  {
    path: 'edit_history_tweet_ids', type: 'array of string (snowflake id)', requestedBy: 'default',
    description: 'Ids of every version of this post, oldest first and the latest last; a single entry means it ' +
      'was never edited. Each edit gets a new id.',
    example: '["1293593516040269825"]',
    vocabulary: '2.166',
  },
  {
    path: 'edit_history_post_ids', type: 'array of string (snowflake id)', requestedBy: 'default',
    description: 'Ids of every version of this post, oldest first (2.167 name of `edit_history_tweet_ids`); one ' +
      'entry means no edits.',
    example: '["1293593516040269825"]',
    vocabulary: '2.167',
  },
  {
    path: 'author_id', type: SNOWFLAKE, requestedBy: 'tweet.fields=author_id',
    description: 'Id of the account that published the post. The 2.167 post.fields list has no value for it.',
    example: '"2244994945"',
  },
  {
    path: 'created_at', type: DATE_TIME, requestedBy: both('created_at'),
    description: 'When this version of the post was published, in UTC; every edit is a new version with its own ' +
      'time.',
    example: '"2024-10-07T16:01:22.000Z"',
  },
  {
    path: 'conversation_id', type: SNOWFLAKE, requestedBy: both('conversation_id'),
    description: 'Id of the post that started the thread this one belongs to (its own id when it starts one); ' +
      'group replies by it.',
    example: '"1293593516040269825"',
  },
  {
    path: 'in_reply_to_user_id', type: SNOWFLAKE, requestedBy: 'tweet.fields=in_reply_to_user_id',
    description: 'For a reply, the id of the account whose post it answers. The 2.167 post.fields list has no ' +
      'value for it.',
    example: '"2244994945"',
  },
  {
    path: 'lang', type: 'string (BCP 47 language tag)', requestedBy: both('lang'),
    description: 'The language X detected in the text, such as `en` or `ja`; `und` when it could not tell (only ' +
      'emoji or links, for instance).',
    example: '"en"',
  },
  {
    path: 'source', type: 'string', requestedBy: both('source'),
    description: 'Deprecated by X: once the name of the app the post was sent from. Expect it empty or absent.',
    example: '"X Web App"',
  },
  {
    path: 'possibly_sensitive', type: 'boolean', requestedBy: both('possibly_sensitive'),
    description: 'True when X thinks the post\'s links or media may be sensitive (adult content, violence); ' +
      'clients usually show a warning first.',
    example: 'false',
  },
  {
    path: 'reply_settings',
    type: 'string (enum: everyone | mentionedUsers | following | subscribers | verified | other)',
    requestedBy: both('reply_settings'),
    description: 'Who the author allows to reply: anyone, only accounts mentioned in the post, only accounts the ' +
      'author follows, subscribers, verified accounts, or some other limit.',
    example: '"everyone"',
  },
  {
    path: 'paid_partnership', type: 'boolean', requestedBy: both('paid_partnership'),
    description: 'True when the author marked the post as a paid promotion.',
    example: 'false',
  },
  {
    path: 'community_id', type: SNOWFLAKE, requestedBy: both('community_id'),
    description: 'Id of the X Community the post was published in; absent for ordinary posts.',
    example: '"1146654567674912769"',
  },
  {
    path: 'card_uri', type: 'string', requestedBy: both('card_uri'),
    description: 'Reference to a card (rich preview, as used by ads and some app links) attached to the post, as a ' +
      '`card://` address.',
    example: '"card://1853123456789012480"',
  },
  {
    path: 'article', type: 'object', requestedBy: both('article'),
    description: 'Details of the long-form Article attached to the post, if any. Neither spec lists its members, ' +
      'so read it defensively.',
  },
  {
    path: 'article_title', type: 'object', requestedBy: 'post.fields=article_title',
    description: 'Title information of the attached Article, requested on its own in 2.167.',
    vocabulary: '2.167',
  },
  {
    path: 'media_metadata', type: 'array of object', requestedBy: both('media_metadata'),
    description: 'The descriptive texts of each attached photo or video: its alt text, title and description.',
  },
  {
    path: 'media_metadata[].media_key', type: 'string (media key)',
    description: 'Which attached media item these texts belong to (see `attachments.media_keys`).',
    example: '"3_1365362339449561088"',
  },
  {
    path: 'media_metadata[].alt_text', type: 'string',
    description: 'The accessibility text the author wrote for the media item, read out by screen readers.',
    example: '"A cat asleep on a keyboard"',
  },
  {
    path: 'media_metadata[].title', type: 'string',
    description: 'A title given to the media item, mostly for videos.',
    example: '"Launch recap"',
  },
  {
    path: 'media_metadata[].description', type: 'string',
    description: 'A longer caption given to the media item.',
    example: '"Highlights from the keynote."',
  },
  {
    path: 'attachments', type: 'object', requestedBy: both('attachments'),
    description: 'What is attached: keys of media and ids of polls. The objects themselves would come as ' +
      '`includes.media`/`includes.polls`, which the user lookups cannot expand.',
    example: '{"media_keys":["3_1365362339449561088"]}',
  },
  {
    path: 'attachments.media_keys', type: 'array of string (media key)',
    description: 'Keys of the photos, videos and GIFs attached to the post.',
    example: '["3_1365362339449561088"]',
  },
  {
    path: 'attachments.media_source_tweet_id', type: 'array of string (snowflake id)',
    description: 'When attached media was reused from an earlier post, the id(s) of the post where it first ' +
      'appeared.',
    example: '["1365362366347341825"]',
  },
  {
    path: 'attachments.poll_ids', type: 'array of string (snowflake id)',
    description: 'Id of the poll attached to the post.',
    example: '["1365059861688410112"]',
  },
  {
    path: 'context_annotations', type: 'array of object', requestedBy: both('context_annotations'),
    description: 'Topics X inferred for the post, each a category (`domain`) plus a specific thing in it ' +
      '(`entity`). Inferred, not written by the author; handy for classifying posts.',
    example: '[{"domain":{"id":"47","name":"Brand"},"entity":{"id":"10026378521","name":"Google"}}]',
  },
  {
    path: 'context_annotations[].domain', type: 'object',
    description: 'The broad category of the annotation, such as a brand or a sports event.',
  },
  {
    path: 'context_annotations[].domain.id', type: 'string (numeric id)',
    description: 'Stable id of the category; filter on it rather than on the name.',
    example: '"47"',
  },
  {
    path: 'context_annotations[].domain.name', type: 'string',
    description: 'Readable name of the category.',
    example: '"Brand"',
  },
  {
    path: 'context_annotations[].domain.description', type: 'string',
    description: 'What the category covers, when X explains it.',
    example: '"Brands and companies"',
  },
  {
    path: 'context_annotations[].entity', type: 'object',
    description: 'The specific thing X recognised inside the category, e.g. one brand.',
  },
  {
    path: 'context_annotations[].entity.id', type: 'string (numeric id)',
    description: 'Stable id of the recognised thing.',
    example: '"10026378521"',
  },
  {
    path: 'context_annotations[].entity.name', type: 'string',
    description: 'Readable name of the recognised thing.',
    example: '"Google"',
  },
  {
    path: 'context_annotations[].entity.description', type: 'string',
    description: 'A short explanation of the recognised thing, when X has one.',
    example: '"Search engine and technology company"',
  },
  {
    path: 'display_text_range', type: 'array of integer (2 items)', requestedBy: both('display_text_range'),
    description: 'Start (inclusive) and end (exclusive) of the part of `text` shown as the body, leaving out the ' +
      'leading @handles of a reply and a trailing media link.',
    example: '[0,52]',
  },
  {
    path: 'edit_controls', type: 'object', requestedBy: both('edit_controls'),
    description: 'Whether the post can still be edited, and for how long. Posts are editable only briefly after ' +
      'publication.',
    example: '{"edits_remaining":5,"is_edit_eligible":true,"editable_until":"2024-10-07T17:01:22.000Z"}',
  },
  {
    path: 'edit_controls.editable_until', type: DATE_TIME,
    description: 'The moment after which no more edits are accepted.',
    example: '"2024-10-07T17:01:22.000Z"',
  },
  {
    path: 'edit_controls.edits_remaining', type: 'integer',
    description: 'How many more times the author may still edit the post.',
    example: '5',
  },
  {
    path: 'edit_controls.is_edit_eligible', type: 'boolean',
    description: 'Whether this kind of post can be edited at all (some, e.g. posts with a poll, never can).',
    example: 'true',
  },
  {
    path: 'entities', type: 'object', requestedBy: both('entities'),
    description: 'The text taken apart: links, hashtags, mentions and cashtags with their offsets into `text` ' +
      '(plus named-entity annotations in 2.166).',
  },
  ...textEntityDocs('entities', 'the post text', true),
  {
    path: 'geo', type: 'object', requestedBy: both('geo'),
    description: 'Where the author said the post was sent from: a tagged place and, rarely, an exact point.',
    example: '{"place_id":"01a9a39529b27f36"}',
  },
  {
    path: 'geo.place_id', type: 'string',
    description: 'Id of the tagged place. Its details would need the `geo.place_id` expansion, which the user ' +
      'lookups do not offer.',
    example: '"01a9a39529b27f36"',
  },
  {
    path: 'geo.coordinates', type: 'object (GeoJSON Point)',
    description: 'The exact spot, only when the author chose to share precise location.',
    example: '{"type":"Point","coordinates":[-73.99,40.73]}',
  },
  {
    path: 'geo.coordinates.type', type: 'string (enum: Point)',
    description: 'GeoJSON geometry kind; always `Point` here.',
    example: '"Point"',
  },
  {
    path: 'geo.coordinates.coordinates', type: 'array of number ([longitude, latitude])',
    description: 'The spot as longitude then latitude: GeoJSON order, the reverse of how maps usually write it.',
    example: '[-73.99,40.73]',
  },
  {
    path: 'matched_media_notes', type: 'object (2.166) or array of object (2.167)',
    requestedBy: both('matched_media_notes'),
    description: 'Community Notes that X matched to this post\'s media because they were written about the same ' +
      'image or video elsewhere.',
  },
  {
    path: 'matched_media_notes.match_status', type: 'string',
    description: 'Where the match stands, for example whether the matched note is being displayed.',
    example: '"matched_and_shown"',
  },
  {
    path: 'matched_media_notes.note_id', type: SNOWFLAKE,
    description: 'Id of the matched Community Note.',
    example: '"1146654567674912769"',
  },
  {
    path: 'note_request_suggestions', type: 'object (2.166) or array of object (2.167)',
    requestedBy: both('note_request_suggestions'),
    description: 'Requests people sent asking for a Community Note on this post, with the evidence they offered.',
  },
  {
    path: 'note_request_suggestions.suggestion', type: 'string',
    description: 'What the requester wrote to explain why a note is needed.',
    example: '"The chart in this post is from 2019, not this year."',
  },
  {
    path: 'note_request_suggestions.suggestion_id', type: 'string',
    description: 'Id of this note request.',
    example: '"1843400000000000000"',
  },
  {
    path: 'note_request_suggestions.source_link', type: 'object (URL entity, 2.166) or string (URL, 2.167)',
    description: 'The link the requester offered as a source; a full link entity in 2.166, a plain address in 2.167.',
  },
  ...urlEntityDocs('note_request_suggestions.source_link', 'the suggestion text').map(
    (doc): FieldDoc => ({ ...doc, vocabulary: '2.166' }),
  ),
  {
    path: 'suggested_source_links', type: 'array of object (URL entity, 2.166) or array of string (URL, 2.167)',
    requestedBy: both('suggested_source_links'),
    description: 'Links people proposed as sources when asking for a Community Note on this post.',
  },
  ...urlEntityDocs('suggested_source_links[]', 'the note request').map(
    (doc): FieldDoc => ({ ...doc, vocabulary: '2.166' }),
  ),
  {
    path: 'suggested_source_links_with_counts', type: 'object (2.166) or array of object (2.167)',
    requestedBy: both('suggested_source_links_with_counts'),
    description: 'The proposed source links together with how many note requests cited each; useful to rank them.',
  },
  {
    path: 'suggested_source_links_with_counts.count', type: 'integer',
    description: 'How many note requests included this link.',
    example: '12',
  },
  {
    path: 'suggested_source_links_with_counts.url', type: 'object (URL entity, 2.166) or string (URL, 2.167)',
    description: 'The proposed link; a full link entity in 2.166, a plain address in 2.167.',
  },
  ...urlEntityDocs('suggested_source_links_with_counts.url', 'the note request').map(
    (doc): FieldDoc => ({ ...doc, vocabulary: '2.166' }),
  ),
  ...noteDocs('note_tweet', '2.166'),
  ...noteDocs('note_post', '2.167'),
  ...referenceDocs('referenced_tweets', '2.166'),
  ...referenceDocs('referenced_posts', '2.167'),
  {
    path: 'public_metrics', type: 'object', requestedBy: both('public_metrics'),
    description: 'The engagement counts anyone can see, as of the request. Snapshots: store them with a time.',
    example: '{"retweet_count":9,"reply_count":6,"like_count":41,"quote_count":2,"bookmark_count":3,' +
      '"impression_count":3120}',
  },
  {
    path: 'public_metrics.retweet_count', type: 'integer',
    description: 'How many times the post was reposted. Called `repost_count` in 2.167.',
    example: '9',
    vocabulary: '2.166',
  },
  {
    path: 'public_metrics.repost_count', type: 'integer',
    description: 'How many times the post was reposted (2.167 name of `retweet_count`).',
    example: '9',
    vocabulary: '2.167',
  },
  {
    path: 'public_metrics.reply_count', type: 'integer',
    description: 'How many replies the post has.',
    example: '6',
  },
  {
    path: 'public_metrics.like_count', type: 'integer',
    description: 'How many accounts liked the post.',
    example: '41',
  },
  {
    path: 'public_metrics.quote_count', type: 'integer',
    description: 'How many posts quote this one.',
    example: '2',
  },
  {
    path: 'public_metrics.bookmark_count', type: 'integer',
    description: 'How many people saved the post to their bookmarks.',
    example: '3',
  },
  {
    path: 'public_metrics.impression_count', type: 'integer',
    description: 'How many times the post was shown on a screen (the view count under the post).',
    example: '3120',
  },
  {
    path: 'non_public_metrics', type: 'object', requestedBy: both('non_public_metrics'),
    description: 'Counters only the author may see: needs user-context auth as the post\'s author, and only for ' +
      'posts of the last 30 days; otherwise the field is left out and `errors` says why.',
  },
  {
    path: 'non_public_metrics.impression_count', type: 'integer',
    description: 'How many times the post was displayed, as the author\'s private analytics count it.',
    example: '3120',
  },
  {
    path: 'organic_metrics', type: 'object', requestedBy: both('organic_metrics'),
    description: 'The author-only counters restricted to unpaid reach (not via ads); same access rules as ' +
      '`non_public_metrics`.',
  },
  ...privateCounterDocs('organic_metrics', 'unpaid reach'),
  {
    path: 'promoted_metrics', type: 'object', requestedBy: both('promoted_metrics'),
    description: 'The author-only counters restricted to the post\'s runs as an ad; absent when it was never ' +
      'promoted. Same access rules as `non_public_metrics`.',
  },
  ...privateCounterDocs('promoted_metrics', 'its paid promotion'),
  {
    path: 'scopes', type: 'object', requestedBy: both('scopes'),
    description: 'Limits on who may see the post.',
    example: '{"followers":false}',
  },
  {
    path: 'scopes.followers', type: 'boolean',
    description: 'True when the post is shown only to the author\'s followers.',
    example: 'false',
  },
  {
    path: 'username', type: 'string',
    description: 'Handle of the author. Both schemas list it on the post but no fields value asks for it; use ' +
      '`author_id` and the user object instead.',
    example: '"XDevelopers"',
  },
  {
    path: 'withheld', type: 'object', requestedBy: both('withheld'),
    description: 'Present only when the post is hidden in some countries or taken down over copyright.',
    example: '{"copyright":false,"country_codes":["IN"],"scope":"tweet"}',
  },
  {
    path: 'withheld.copyright', type: 'boolean',
    description: 'True when it was withheld because of a copyright (DMCA) complaint.',
    example: 'false',
  },
  {
    path: 'withheld.country_codes', type: 'array of string (ISO 3166-1 alpha-2)',
    description: 'Two-letter codes of the countries where the post cannot be viewed.',
    example: '["IN"]',
  },
  {
    path: 'withheld.scope', type: 'string (enum: tweet | user in 2.166, post | user in 2.167)',
    description: 'Whether only this post is withheld (`tweet`/`post`) or it is hidden because its author\'s whole ' +
      'account is (`user`).',
    example: '"tweet"',
  },
];
