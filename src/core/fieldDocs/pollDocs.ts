/**
 * Docs of the v2 Poll object, which arrives under `includes.polls` with the expansion `attachments.poll_ids`. Both
 * vocabularies share it. Our own words.
 */
import { DATE_TIME, type FieldDoc } from './types';

export const POLL_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'id', type: 'string (numeric id)', requestedBy: 'default',
    description: 'The poll\'s id, the one a post lists in `attachments.poll_ids`.',
    example: '"1199786642468413448"',
  },
  {
    path: 'options', type: 'array of object', requestedBy: 'default',
    description: 'The choices, each with its position, wording and vote count (2 to 4 of them).',
    example: '[{"position":1,"label":"Yes","votes":12},{"position":2,"label":"No","votes":3}]',
  },
  {
    path: 'options[].position', type: 'integer (from 1)',
    description: 'Where this choice sits in the poll, 1 being the top one.',
    example: '1',
  },
  {
    path: 'options[].label', type: 'string',
    description: 'The text of the choice as voters see it.',
    example: '"Yes"',
  },
  {
    path: 'options[].votes', type: 'integer',
    description: 'Votes this choice has received so far (final once the poll is closed).',
    example: '12',
  },
  {
    path: 'voting_status', type: 'string (enum: open | closed)', requestedBy: 'poll.fields=voting_status',
    description: 'Whether people can still vote.',
    example: '"closed"',
  },
  {
    path: 'duration_minutes', type: 'integer (minutes)', requestedBy: 'poll.fields=duration_minutes',
    description: 'How long the poll was set to run, from 5 minutes up to 7 days.',
    example: '1440',
  },
  {
    path: 'end_datetime', type: DATE_TIME, requestedBy: 'poll.fields=end_datetime',
    description: 'When voting closes (or closed), in UTC.',
    example: '"2019-11-28T20:26:41.000Z"',
  },
];
