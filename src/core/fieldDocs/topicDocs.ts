/**
 * Docs of the v2 Topic object, which arrives under `includes.topics` when a Spaces request expands `topic_ids`, and
 * of the Community object, the `data` of the Communities lookups. Both small, both shared by the two vocabularies.
 * Our own words.
 */
import { DATE_TIME, SNOWFLAKE, type FieldDoc } from './types';

export const TOPIC_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'id', type: 'string (topic id)', requestedBy: 'default',
    description: 'The topic\'s id, the one a Space lists in `topic_ids`.',
    example: '"848920371311001600"',
  },
  {
    path: 'name', type: 'string', requestedBy: 'default',
    description: 'The topic\'s name.',
    example: '"Technology"',
  },
  {
    path: 'description', type: 'string', requestedBy: 'topic.fields=description',
    description: 'X\'s short explanation of what the topic covers.',
    example: '"All about technology"',
  },
];

export const COMMUNITY_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'id', type: SNOWFLAKE, requestedBy: 'default',
    description: 'The community\'s id; a post made inside it carries the same value in `community_id`.',
    example: '"1471580197908586507"',
  },
  {
    path: 'name', type: 'string', requestedBy: 'default',
    description: 'The community\'s name.',
    example: '"API builders"',
  },
  {
    path: 'description', type: 'string', requestedBy: 'community.fields=description',
    description: 'What the community says it is about.',
    example: '"A place to share what you build"',
  },
  {
    path: 'created_at', type: DATE_TIME, requestedBy: 'community.fields=created_at',
    description: 'When the community was founded, in UTC.',
    example: '"2021-12-16T20:01:11.000Z"',
  },
  {
    path: 'member_count', type: 'integer', requestedBy: 'community.fields=member_count',
    description: 'How many accounts have joined.',
    example: '2150',
  },
  {
    path: 'access', type: 'string', requestedBy: 'community.fields=access',
    description: 'Who can see the community and its posts. The spec names no fixed set of values, so treat ' +
      'unknown ones gracefully.',
    example: '"Public"',
  },
  {
    path: 'join_policy', type: 'string', requestedBy: 'community.fields=join_policy',
    description: 'How people get in, e.g. open to anyone or only on a moderator\'s approval. The spec names no ' +
      'fixed set of values.',
    example: '"Open"',
  },
];
