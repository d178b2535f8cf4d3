/**
 * The shape of a field doc and of the tables that hold them, plus the type labels the tables share. Every module of
 * fieldDocs depends on this one and it depends on nothing of theirs: the tables import it, the lookup imports the
 * tables, and nothing imports back up (test/unit/core/fieldDocs/imports.test.ts keeps it that way).
 */
import type { Vocabulary } from '../catalog/vocabulary';

/** What one response field means, for a hover, the field picker or `--explain` in the CLI. */
export interface FieldDoc {
  /**
   * Dotted path relative to the object the doc belongs to (absolute for envelope docs); array elements are written
   * `[]`, e.g. `entities.url.urls[].expanded_url`.
   */
  readonly path: string;
  /** The JSON type with its meaning, e.g. `string (snowflake id)`, `integer`, `string (enum: blue | none)`. */
  readonly type: string;
  /**
   * One or two sentences for an integration author. Markdown code spans (backticks) allowed, nothing else:
   * plainDescription() gives the plain-text form.
   */
  readonly description: string;
  /**
   * `default` for fields every response carries, otherwise the parameter values that bring the field, as
   * `param=value` alternatives joined by ` or ` (e.g. `tweet.fields=geo or post.fields=geo`). Absent when no request
   * parameter controls it (the envelope, or fields the spec lists but no enum value asks for).
   */
  readonly requestedBy?: string;
  /** A JSON literal, as text. */
  readonly example?: string;
  /** Set only when the field exists in one vocabulary alone (2.167 renamed tweets to posts). */
  readonly vocabulary?: Vocabulary;
}

/** The kinds of object we document. */
export type DocObject =
  | 'user' | 'tweet' | 'media' | 'poll' | 'place' | 'space' | 'list' | 'dmEvent' | 'topic' | 'community'
  | 'problem' | 'customProfile' | 'envelope' | 'v1Error' | 'expansion';

/** The objects an API response carries as `data` or under `includes`: what {@link DocObject} a JSON object can be. */
export type ApiDocObject = Extract<
  DocObject, 'user' | 'tweet' | 'media' | 'poll' | 'place' | 'space' | 'list' | 'dmEvent' | 'topic' | 'community'
>;

/** A table keyed by `FieldDoc.path`. */
export type FieldDocTable = ReadonlyMap<string, FieldDoc>;

/** Type labels that several tables use. */
export const SNOWFLAKE = 'string (snowflake id)';
export const DATE_TIME = 'string (ISO 8601 date-time)';
export const URL = 'string (URL)';
