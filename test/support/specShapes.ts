/**
 * Reads the User and Tweet/Post schemas of an OpenAPI extract into the compact shapes core/snippets/responseShapes.ts
 * commits: `$ref` and `allOf` resolved, descriptions and formats dropped. Used to generate that table and to check it.
 */
import type { Shape, ShapeTable } from '../../src/core/snippets/shapeKinds';

type Json = { readonly [key: string]: unknown };

export function shapesFromSpec(spec: Json): ShapeTable {
  const schemas = (spec.components as Json).schemas as Readonly<Record<string, Json>>;
  const resolve = (schema: Json): Json => {
    const ref = schema.$ref;
    return typeof ref === 'string' ? resolve(schemas[ref.split('/').pop()!]) : schema;
  };
  const shape = (raw: Json): Shape => {
    const schema = resolve(raw);
    const nullable = schema.nullable === true ? { nullable: true as const } : {};
    if (Array.isArray(schema.allOf)) {
      const parts = (schema.allOf as Json[]).map(shape);
      const properties: Record<string, Shape> = {};
      const required: string[] = [];
      for (const part of parts) {
        if (part.kind !== 'object') return { kind: 'unknown', ...nullable };
        Object.assign(properties, part.properties);
        for (const name of part.required) if (!required.includes(name)) required.push(name);
      }
      return { kind: 'object', properties, required: required.sort(), ...nullable };
    }
    if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) {
      const of = ((schema.oneOf ?? schema.anyOf) as Json[]).map(shape);
      return of.length === 1 ? { ...of[0], ...nullable } : { kind: 'union', of, ...nullable };
    }
    if (Array.isArray(schema.enum) && schema.type === 'string') return { kind: 'enum', values: (schema.enum as string[]).slice(), ...nullable };
    switch (schema.type) {
      case 'string': case 'integer': case 'number': case 'boolean':
        return { kind: schema.type, ...nullable };
      case 'array':
        return { kind: 'array', items: schema.items ? shape(schema.items as Json) : { kind: 'unknown' }, ...nullable };
      case 'object':
      case undefined: {
        if (schema.type === undefined && !schema.properties) return { kind: 'unknown', ...nullable };
        const props = (schema.properties ?? {}) as Readonly<Record<string, Json>>;
        const properties: Record<string, Shape> = {};
        for (const name of Object.keys(props).sort()) properties[name] = shape(props[name]);
        const required = Array.isArray(schema.required) ? (schema.required as string[]).slice().sort() : [];
        return { kind: 'object', properties, required, ...nullable };
      }
      default:
        return { kind: 'unknown', ...nullable };
    }
  };
  const fields = (name: string): Readonly<Record<string, Shape>> => {
    const object = shape(schemas[name]);
    if (object.kind !== 'object') throw new Error(`${name} is not an object schema`);
    return object.properties;
  };
  return { user: fields('User'), tweet: fields(schemas.Tweet ? 'Tweet' : 'Post') };
}
