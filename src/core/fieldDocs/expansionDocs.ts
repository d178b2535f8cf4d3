/**
 * What each `expansions` value of the v2 API beyond the user lookups adds under `includes`: the posts, users, media,
 * polls, places and topics a response names by id, delivered in full. In our own words; the values are the specs'
 * (core/catalog/apiVocabulary.ts). The user lookups' own expansions are in envelopeDocs.ts.
 */
import type { FieldDoc } from './types';

const USERS = 'array of object (User)';
const POSTS = 'array of object (Tweet / Post)';
const MEDIA = 'array of object (Media)';

function expansion(value: string, path: string, type: string, description: string, vocabulary?: '2.166' | '2.167'): FieldDoc {
  return { path, type, requestedBy: `expansions=${value}`, description, ...(vocabulary ? { vocabulary } : {}) };
}

export const OTHER_EXPANSION_DOC_LIST: readonly FieldDoc[] = [
  expansion('author_id', 'includes.users', USERS, 'Puts the author of each post into `includes.users`, shaped by `user.fields`.'),
  expansion('referenced_tweets.id', 'includes.tweets', POSTS,
    'Puts the posts each post quotes, replies to or reposts into `includes.tweets` (`includes.posts` under 2.167), shaped by the tweet fields.'),
  expansion('referenced_posts', 'includes.posts', POSTS, 'Puts the posts each post quotes, replies to or reposts into `includes.posts`, shaped by `post.fields`.', '2.167'),
  expansion('referenced_tweets.id.author_id', 'includes.users', USERS, 'Puts the authors of the quoted, replied-to or reposted posts into `includes.users`.'),
  expansion('referenced_tweets.id.attachments.media_keys', 'includes.media', MEDIA, 'Puts the media attached to the quoted, replied-to or reposted posts into `includes.media`.'),
  expansion('in_reply_to_user_id', 'includes.users', USERS, 'Puts the user each reply answers into `includes.users`.'),
  expansion('entities.mentions.username', 'includes.users', USERS, 'Puts every user a post mentions by @username into `includes.users`.'),
  expansion('entities.note.mentions.username', 'includes.users', USERS, 'Puts the users mentioned in the long text of a note post into `includes.users`.'),
  expansion('attachments.media_keys', 'includes.media', MEDIA, 'Puts the photos, videos and GIFs attached to each post (or message) into `includes.media`, shaped by `media.fields`.'),
  expansion('attachments.media_source_tweet', 'includes.tweets', POSTS, 'Puts the post a reused photo or video first appeared in into `includes.tweets`.'),
  expansion('attachments.poll_ids', 'includes.polls', 'array of object (Poll)', 'Puts the poll attached to each post into `includes.polls`, shaped by `poll.fields`.'),
  expansion('geo.place_id', 'includes.places', 'array of object (Place)', 'Puts the place each post is tagged with into `includes.places`, shaped by `place.fields`.'),
  expansion('edit_history_tweet_ids', 'includes.tweets', POSTS, 'Puts every earlier version of an edited post into `includes.tweets`.'),
  expansion('edit_history_post_ids', 'includes.posts', POSTS, 'Puts every earlier version of an edited post into `includes.posts`.', '2.167'),
  expansion('article.cover_media', 'includes.media', MEDIA, 'Puts the cover image of a post\'s long-form article into `includes.media`.'),
  expansion('article.media_entities', 'includes.media', MEDIA, 'Puts the media inside a post\'s long-form article into `includes.media`.'),
  expansion('owner_id', 'includes.users', USERS, 'Puts the account that owns each list into `includes.users`.'),
  expansion('creator_id', 'includes.users', USERS, 'Puts the account that created each Space into `includes.users`.'),
  expansion('host_ids', 'includes.users', USERS, 'Puts the hosts of each Space into `includes.users`.'),
  expansion('speaker_ids', 'includes.users', USERS, 'Puts the speakers of each Space into `includes.users`.'),
  expansion('invited_user_ids', 'includes.users', USERS, 'Puts the users invited to speak in each Space into `includes.users`.'),
  expansion('topic_ids', 'includes.topics', 'array of object (Topic)', 'Puts the topics each Space is about into `includes.topics`.'),
  expansion('sender_id', 'includes.users', USERS, 'Puts the sender of each direct message event into `includes.users`.'),
  expansion('participant_ids', 'includes.users', USERS, 'Puts the people in the conversation of each direct message event into `includes.users`.'),
  expansion('admin_ids', 'includes.users', USERS, 'Puts the administrators of each community or group into `includes.users`.'),
  expansion('member_ids', 'includes.users', USERS, 'Puts the members named by each result into `includes.users`.'),
  expansion('liked_tweet_id', 'includes.tweets', POSTS, 'Puts the post each like event is about into `includes.tweets`.'),
  expansion('liked_tweet_author_id', 'includes.users', USERS, 'Puts the author of the liked post of each like event into `includes.users`.'),
  expansion('username', 'includes.users', USERS, 'Puts the user named by each result into `includes.users`.', '2.167'),
];
