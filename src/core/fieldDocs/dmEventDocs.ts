/**
 * Docs of the v2 DM event: one message, or someone joining or leaving a group conversation. It is the `data` of the
 * Direct Message lookups. 2.167's `dm_event.fields` dropped `participant_ids`, `referenced_tweets` and `sender_id`
 * (its schema keeps the members, and calls the references `referenced_posts`). Our own words.
 */
import { textEntityDocs } from './entityDocs';
import { DATE_TIME, SNOWFLAKE, type FieldDoc } from './types';

export const DM_EVENT_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'id', type: SNOWFLAKE, requestedBy: 'default',
    description: 'The event\'s id; newer events have larger ids, so it also orders a conversation.',
    example: '"1582838535831461892"',
  },
  {
    path: 'event_type', type: 'string (MessageCreate | ParticipantsJoin | ParticipantsLeave)', requestedBy: 'default',
    description: 'What happened: a message was sent, or people joined or left a group conversation. Only ' +
      '`MessageCreate` events have `text`.',
    example: '"MessageCreate"',
  },
  {
    path: 'text', type: 'string', requestedBy: 'default',
    description: 'The message as sent, links in their t.co form. Absent on join and leave events.',
    example: '"See you at the meetup!"',
  },
  {
    path: 'created_at', type: DATE_TIME, requestedBy: 'dm_event.fields=created_at',
    description: 'When the message was sent or the participants changed, in UTC.',
    example: '"2022-10-19T20:58:00.000Z"',
  },
  {
    path: 'dm_conversation_id', type: 'string (conversation id: `<id>-<id>` or numeric)',
    requestedBy: 'dm_event.fields=dm_conversation_id',
    description: 'The conversation the event belongs to: for a one-to-one chat the two account ids joined by a ' +
      'hyphen, for a group a number of its own.',
    example: '"2244994945-6253282"',
  },
  {
    path: 'sender_id', type: SNOWFLAKE, requestedBy: 'dm_event.fields=sender_id',
    description: 'The account that sent the message (or changed the group); `expansions=sender_id` brings it.',
    example: '"2244994945"',
  },
  {
    path: 'participant_ids', type: 'array of string (snowflake id)', requestedBy: 'dm_event.fields=participant_ids',
    description: 'On join and leave events, the accounts that joined or left; `expansions=participant_ids` brings ' +
      'them.',
    example: '["6253282"]',
  },
  {
    path: 'attachments', type: 'object', requestedBy: 'dm_event.fields=attachments',
    description: 'What came with the message besides text: media (expand `attachments.media_keys` for ' +
      '`includes.media`) or cards.',
    example: '{"media_keys":["3_1582838533000000000"]}',
  },
  {
    path: 'attachments.media_keys', type: 'array of string (media key)',
    description: 'Keys of the attached photos or videos, matching `media_key` in `includes.media`.',
    example: '["3_1582838533000000000"]',
  },
  {
    path: 'attachments.card_ids', type: 'array of string',
    description: 'Ids of attached cards (rich previews); there is no expansion for them.',
    example: '["card-1"]',
  },
  {
    path: 'referenced_tweets', type: 'array of object', requestedBy: 'dm_event.fields=referenced_tweets',
    description: 'Posts the message shares; `expansions=referenced_tweets.id` brings them into `includes.tweets`.',
    example: '[{"id":"1293593516040269825"}]',
    vocabulary: '2.166',
  },
  {
    path: 'referenced_tweets[].id', type: SNOWFLAKE,
    description: 'Id of a shared post.',
    example: '"1293593516040269825"',
  },
  {
    path: 'referenced_posts', type: 'array of object',
    description: 'The 2.167 name of `referenced_tweets`: posts the message shares (expansion `referenced_posts`).',
    example: '[{"id":"1293593516040269825"}]',
    vocabulary: '2.167',
  },
  {
    path: 'referenced_posts[].id', type: SNOWFLAKE,
    description: 'Id of a shared post.',
    example: '"1293593516040269825"',
  },
  {
    path: 'entities', type: 'object', requestedBy: 'dm_event.fields=entities',
    description: 'Links, hashtags, mentions and cashtags found in `text`, with their positions.',
  },
  ...textEntityDocs('entities', 'the message text', false),
];
