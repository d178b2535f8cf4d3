/**
 * Docs of the v2 Space object (a live audio room), the `data` of the Spaces lookups and searches. 2.167's
 * `space.fields` dropped the user-id and topic values (`creator_id`, `host_ids`, `speaker_ids`, `invited_user_ids`,
 * `topic_ids`) while its schema keeps the members, so those docs name only the 2.166 value. Our own words.
 */
import { DATE_TIME, SNOWFLAKE, type FieldDoc } from './types';

const USER_IDS = 'array of string (snowflake id)';

export const SPACE_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'id', type: 'string (Space id, up to 13 letters and digits)', requestedBy: 'default',
    description: 'The Space\'s id, the last part of its x.com/i/spaces/ link. Letters and digits, not a number.',
    example: '"1DXxyRYNejbKM"',
  },
  {
    path: 'state', type: 'string (enum: live | scheduled | ended)', requestedBy: 'default',
    description: 'Whether the Space is running now, planned for later, or over.',
    example: '"live"',
  },
  {
    path: 'title', type: 'string', requestedBy: 'space.fields=title',
    description: 'The name the host gave the Space.',
    example: '"Office hours: the v2 API"',
  },
  {
    path: 'created_at', type: DATE_TIME, requestedBy: 'space.fields=created_at',
    description: 'When the Space was set up (for a scheduled one, when it was announced, not when it starts).',
    example: '"2021-07-06T18:40:40.000Z"',
  },
  {
    path: 'updated_at', type: DATE_TIME, requestedBy: 'space.fields=updated_at',
    description: 'When anything about the Space last changed.',
    example: '"2021-07-06T18:42:13.000Z"',
  },
  {
    path: 'scheduled_start', type: DATE_TIME, requestedBy: 'space.fields=scheduled_start',
    description: 'When a scheduled Space is planned to begin; only Spaces announced ahead of time have it.',
    example: '"2021-07-14T08:00:00.000Z"',
  },
  {
    path: 'started_at', type: DATE_TIME, requestedBy: 'space.fields=started_at',
    description: 'When the Space actually went live; absent while it is still only scheduled.',
    example: '"2021-07-06T18:40:40.000Z"',
  },
  {
    path: 'ended_at', type: DATE_TIME, requestedBy: 'space.fields=ended_at',
    description: 'When the Space finished; present once `state` is `ended`.',
    example: '"2021-07-06T20:00:00.000Z"',
  },
  {
    path: 'lang', type: 'string (BCP 47 language tag)', requestedBy: 'space.fields=lang',
    description: 'The language the host said the Space is held in.',
    example: '"en"',
  },
  {
    path: 'is_ticketed', type: 'boolean', requestedBy: 'space.fields=is_ticketed',
    description: 'True when listeners need a bought ticket to get in.',
    example: 'false',
  },
  {
    path: 'participant_count', type: 'integer', requestedBy: 'space.fields=participant_count',
    description: 'How many people are (or were, for an ended Space) in the room, speakers and listeners together.',
    example: '312',
  },
  {
    path: 'subscriber_count', type: 'integer', requestedBy: 'space.fields=subscriber_count',
    description: 'How many people bought a ticket or asked to be reminded when the Space starts.',
    example: '48',
  },
  {
    path: 'creator_id', type: SNOWFLAKE, requestedBy: 'space.fields=creator_id',
    description: 'The account that created the Space; `expansions=creator_id` puts it in `includes.users`.',
    example: '"2244994945"',
  },
  {
    path: 'host_ids', type: USER_IDS, requestedBy: 'space.fields=host_ids',
    description: 'The accounts running the Space (the creator and any co-hosts); expand with `host_ids`.',
    example: '["2244994945"]',
  },
  {
    path: 'speaker_ids', type: USER_IDS, requestedBy: 'space.fields=speaker_ids',
    description: 'The accounts that have been given the microphone; expand with `speaker_ids`.',
    example: '["2244994945","6253282"]',
  },
  {
    path: 'invited_user_ids', type: USER_IDS, requestedBy: 'space.fields=invited_user_ids',
    description: 'Accounts the host invited to speak; expand with `invited_user_ids`.',
    example: '["6253282"]',
  },
  {
    path: 'topic_ids', type: 'array of string (topic id)', requestedBy: 'space.fields=topic_ids',
    description: 'The topics the host filed the Space under; `expansions=topic_ids` brings the topics themselves.',
    example: '["848920371311001600"]',
  },
  {
    path: 'topics', type: 'array of object (Topic)',
    description: 'The topics the host picked, each with its id, name and description, when X sends them inline.',
  },
  {
    path: 'topics[].id', type: 'string (topic id)',
    description: 'The topic\'s id.',
    example: '"848920371311001600"',
  },
  {
    path: 'topics[].name', type: 'string',
    description: 'The topic\'s name.',
    example: '"Technology"',
  },
  {
    path: 'topics[].description', type: 'string',
    description: 'What the topic covers.',
    example: '"All about technology"',
  },
];
