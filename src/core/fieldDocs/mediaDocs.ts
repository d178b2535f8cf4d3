/**
 * Docs of the v2 Media object: a photo, video or animated GIF that arrives under `includes.media` (expansion
 * `attachments.media_keys`) or as `data` of a media lookup. Both vocabularies share it unchanged. Our own words.
 */
import { URL, type FieldDoc } from './types';

/** The playback counters of the private metric objects; `reach` says whose viewings they count. */
function playbackDocs(prefix: string, reach: string): FieldDoc[] {
  return [0, 25, 50, 75, 100].map((percent) => ({
    path: `${prefix}.playback_${percent}_count`, type: 'integer',
    description: percent === 0
      ? `Viewers who started the video, ${reach}.`
      : `Viewers who watched at least ${percent}% of the video, ${reach}.`,
    example: String(1000 - percent * 8),
  }));
}

const VIEW_COUNT: Omit<FieldDoc, 'path'> = {
  type: 'integer',
  description: 'How many times the video has been watched.',
  example: '5120',
};

export const MEDIA_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'media_key', type: 'string (media key, `<number>_<number>`)', requestedBy: 'default',
    description: 'The media\'s identifier; a post lists the same keys in `attachments.media_keys`, which is how you ' +
      'match an entry of `includes.media` to the post that carries it.',
    example: '"3_1365362339449561088"',
  },
  {
    path: 'type', type: 'string (photo | video | animated_gif)', requestedBy: 'default',
    description: 'What kind of media this is; it decides which other fields can appear (`url` and `alt_text` for ' +
      'photos, `variants`, `preview_image_url` and durations for videos and GIFs).',
    example: '"photo"',
  },
  {
    path: 'url', type: URL, requestedBy: 'media.fields=url',
    description: 'Direct address of the image file. Photos only: for a video or GIF use `preview_image_url` or a ' +
      '`variants` entry.',
    example: '"https://pbs.twimg.com/media/EvXWvSeWgAA9xQh.jpg"',
  },
  {
    path: 'alt_text', type: 'string', requestedBy: 'media.fields=alt_text',
    description: 'The image description the author wrote for screen readers; absent when they wrote none.',
    example: '"A bar chart of requests per day"',
  },
  {
    path: 'width', type: 'integer (pixels)', requestedBy: 'media.fields=width',
    description: 'Width of the original upload.',
    example: '1200',
  },
  {
    path: 'height', type: 'integer (pixels)', requestedBy: 'media.fields=height',
    description: 'Height of the original upload.',
    example: '675',
  },
  {
    path: 'duration_ms', type: 'integer (milliseconds)', requestedBy: 'media.fields=duration_ms',
    description: 'Running time of a video. Absent for photos and GIFs.',
    example: '46947',
  },
  {
    path: 'preview_image_url', type: URL, requestedBy: 'media.fields=preview_image_url',
    description: 'A still frame to show before a video or GIF plays (its poster image).',
    example: '"https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/abc.jpg"',
  },
  {
    path: 'variants', type: 'array of object', requestedBy: 'media.fields=variants',
    description: 'The encodings X serves a video or GIF in (several MP4 bit rates, an HLS playlist); pick one by ' +
      '`content_type` and `bit_rate`.',
    example: '[{"bit_rate":832000,"content_type":"video/mp4","url":"https://video.twimg.com/v/abc.mp4"}]',
  },
  {
    path: 'variants[].bit_rate', type: 'integer (bits per second)',
    description: 'Bit rate of this encoding; absent for a streaming playlist, which adapts on its own.',
    example: '832000',
  },
  {
    path: 'variants[].content_type', type: 'string (MIME type)',
    description: 'Format of this encoding, e.g. `video/mp4` or `application/x-mpegURL` for HLS.',
    example: '"video/mp4"',
  },
  {
    path: 'variants[].url', type: URL,
    description: 'Where to fetch this encoding.',
    example: '"https://video.twimg.com/ext_tw_video/1/pu/vid/1280x720/abc.mp4"',
  },
  {
    path: 'public_metrics', type: 'object', requestedBy: 'media.fields=public_metrics',
    description: 'Counts anyone can see for this media; today only the view count of a video.',
    example: '{"view_count":5120}',
  },
  { path: 'public_metrics.view_count', ...VIEW_COUNT },
  {
    path: 'non_public_metrics', type: 'object', requestedBy: 'media.fields=non_public_metrics',
    description: 'How far people watched a video, counted over every viewing. Only for media of the authorising ' +
      'user (user-context auth), and only for posts of the last 30 days.',
  },
  ...playbackDocs('non_public_metrics', 'counting every viewing'),
  {
    path: 'organic_metrics', type: 'object', requestedBy: 'media.fields=organic_metrics',
    description: 'Views and watch depth from ordinary (unpaid) exposure. User-context auth on the owner\'s own ' +
      'media only.',
  },
  { path: 'organic_metrics.view_count', ...VIEW_COUNT },
  ...playbackDocs('organic_metrics', 'counting unpaid viewings only'),
  {
    path: 'promoted_metrics', type: 'object', requestedBy: 'media.fields=promoted_metrics',
    description: 'Views and watch depth from the media being shown as an ad. Only for promoted posts of the ' +
      'authorising user.',
  },
  { path: 'promoted_metrics.view_count', ...VIEW_COUNT },
  ...playbackDocs('promoted_metrics', 'counting viewings of the ad only'),
];
