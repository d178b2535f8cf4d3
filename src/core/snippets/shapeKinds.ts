/** The compact form of a JSON schema that response types are written from (see responseShapes.ts). */

export type Shape =
  | { readonly kind: 'string' | 'integer' | 'number' | 'boolean' | 'unknown'; readonly nullable?: true }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly nullable?: true }
  | { readonly kind: 'array'; readonly items: Shape; readonly nullable?: true }
  | { readonly kind: 'union'; readonly of: readonly Shape[]; readonly nullable?: true }
  | {
    readonly kind: 'object';
    readonly properties: Readonly<Record<string, Shape>>;
    readonly required: readonly string[];
    readonly nullable?: true;
  };

/** One vocabulary's user fields and tweet (post) fields, by field name. */
export interface ShapeTable {
  readonly user: Readonly<Record<string, Shape>>;
  readonly tweet: Readonly<Record<string, Shape>>;
}
