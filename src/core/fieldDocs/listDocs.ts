/**
 * Docs of the v2 List object (a curated set of accounts), the `data` of the list lookups and of a user's owned,
 * followed and pinned lists. 2.167's `list.fields` has no `owner_id` value, though its schema keeps the member.
 * Our own words.
 */
import { DATE_TIME, SNOWFLAKE, type FieldDoc } from './types';

export const LIST_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'id', type: SNOWFLAKE, requestedBy: 'default',
    description: 'The list\'s id, as in its x.com/i/lists/ link. A string: it can exceed 2^53.',
    example: '"1146654567674912769"',
  },
  {
    path: 'name', type: 'string', requestedBy: 'default',
    description: 'The list\'s title as its owner named it.',
    example: '"Developer friends"',
  },
  {
    path: 'description', type: 'string', requestedBy: 'list.fields=description',
    description: 'The owner\'s blurb for the list; empty when there is none.',
    example: '"People building on the API"',
  },
  {
    path: 'created_at', type: DATE_TIME, requestedBy: 'list.fields=created_at',
    description: 'When the list was made, in UTC.',
    example: '"2019-07-04T05:42:44.000Z"',
  },
  {
    path: 'private', type: 'boolean', requestedBy: 'list.fields=private',
    description: 'True when only the owner can see the list.',
    example: 'false',
  },
  {
    path: 'member_count', type: 'integer', requestedBy: 'list.fields=member_count',
    description: 'How many accounts are on the list.',
    example: '42',
  },
  {
    path: 'follower_count', type: 'integer', requestedBy: 'list.fields=follower_count',
    description: 'How many accounts follow the list (read its timeline), not counting its members.',
    example: '108',
  },
  {
    path: 'owner_id', type: SNOWFLAKE, requestedBy: 'list.fields=owner_id',
    description: 'The account that made the list and curates it; `expansions=owner_id` puts it in `includes.users`.',
    example: '"2244994945"',
  },
];
