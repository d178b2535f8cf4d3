// Derives the request vocabulary of the whole X API v2 (every endpoint's `*.fields` and `expansions` enums, the object
// each returns in `data`, what each expansion brings into `includes`, what 2.167 renamed) from X's complete OpenAPI
// specs, and writes it as src/core/catalog/apiVocabulary.ts. Only enum values, names and shapes are taken from the
// specs; no description text is copied. The output is sorted and formatted the same way every time, so running this
// again on the same specs leaves no diff.
//
//   npm run generate:vocabulary                    specs from ../shared/reference/openapi (next to the repository)
//   node scripts/generateApiVocabulary.mjs --specs <dir>     or XAPI_OPENAPI_DIR=<dir>
//   node scripts/generateApiVocabulary.mjs --stdout          print instead of writing (the unit test compares)
//   node scripts/generateApiVocabulary.mjs --check           exit 1 when the committed module is out of date
//
// Plain Node with no dependencies, so it runs from a bare clone.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VERSIONS = ['2.166', '2.167'];
const OUTPUT = join(repoRoot, 'src', 'core', 'catalog', 'apiVocabulary.ts');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function parseArgs(argv) {
  const options = { specs: undefined, stdout: false, check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--specs') options.specs = argv[++i];
    else if (arg.startsWith('--specs=')) options.specs = arg.slice('--specs='.length);
    else if (arg === '--stdout') options.stdout = true;
    else if (arg === '--check') options.check = true;
    else throw new Error(`unknown argument ${arg} (expected --specs <dir>, --stdout or --check)`);
  }
  return options;
}

/** The sibling checkout's reference folder: /work/main and /work/shared sit side by side. */
function defaultSpecDir() {
  return resolve(repoRoot, '..', 'shared', 'reference', 'openapi');
}

function loadSpec(dir, version) {
  const file = join(dir, `x-api-v2-full.openapi-${version}.json`);
  if (!existsSync(file)) throw new Error(`${file} not found: pass --specs <dir> or set XAPI_OPENAPI_DIR`);
  const spec = JSON.parse(readFileSync(file, 'utf8'));
  // A file renamed by hand would silently mislabel a whole vocabulary.
  if (spec?.info?.version !== version) throw new Error(`${file} says version ${spec?.info?.version}, expected ${version}`);
  return spec;
}

// ---------------------------------------------------------------------------------------------------------------
// Walking the spec

function pointer(spec, ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref} is not supported`);
  let node = spec;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[key];
  }
  if (node === undefined) throw new Error(`dangling $ref ${ref}`);
  return node;
}

/** Follows a chain of $refs to the node it names. */
function deref(spec, node) {
  const seen = new Set();
  while (node && typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) throw new Error(`$ref cycle at ${node.$ref}`);
    seen.add(node.$ref);
    node = pointer(spec, node.$ref);
  }
  return node;
}

function schemaName(node) {
  return node && typeof node.$ref === 'string' && node.$ref.startsWith('#/components/schemas/')
    ? node.$ref.slice('#/components/schemas/'.length)
    : undefined;
}

/** The properties of an object schema, including those its allOf parts contribute. */
function propertiesOf(spec, node, seen = new Set()) {
  const schema = deref(spec, node);
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return {};
  seen.add(schema);
  const props = {};
  for (const part of schema.allOf ?? []) Object.assign(props, propertiesOf(spec, part, seen));
  Object.assign(props, schema.properties ?? {});
  return props;
}

/** `{id}` -> `:id`, the style our catalogue and most client code write paths in. */
function expressPath(path) {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}

/** A query parameter that picks response content: `<object>.fields` or `expansions`. */
function isVocabularyParam(name) {
  return name === 'expansions' || /^[a-z_]+\.fields$/.test(name);
}

/** The enum of a parameter whose schema is an array of strings (the spec's form) or a plain string enum. */
function parameterEnum(spec, param) {
  const schema = deref(spec, param.schema);
  if (!schema) return undefined;
  const target = schema.type === 'array' ? deref(spec, schema.items) : schema;
  return Array.isArray(target?.enum) ? target.enum : undefined;
}

/**
 * Our name for the object a schema describes: snake case of its component name, with 2.167's "Post" read as the
 * tweet it always was (`Post` -> `tweet`, `LikeWithPostAuthor` -> `like_with_tweet_author`), so one kind names the
 * same object in both vocabularies. Response envelopes (`...Response`, `...ResponseData`) are not objects.
 */
function kindOfSchema(name) {
  if (name === undefined || /Response(Data)?$/.test(name)) return undefined;
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return snake.replace(/(^|_)post(?=_|$)/g, '$1tweet');
}

/** `tweet.fields` / `post.fields` -> `tweet`; the object kind a fields parameter selects from. */
function kindOfFieldsParam(name) {
  return name.slice(0, -'.fields'.length).replace(/(^|_)post(?=_|$)/g, '$1tweet');
}

/** The success response's JSON schema: 200 if present, else the lowest 2xx. */
function successSchema(operation) {
  const codes = Object.keys(operation.responses ?? {}).filter((code) => /^2\d\d$/.test(code)).sort();
  const code = codes.includes('200') ? '200' : codes[0];
  const content = code === undefined ? undefined : operation.responses[code]?.content;
  return content?.['application/json']?.schema;
}

/**
 * What `data` holds: the component schema it (or its items) names, and whether it is a list. Inline objects have no
 * name to tell their kind by.
 */
function dataShape(spec, operation) {
  const top = successSchema(operation);
  if (!top) return { schema: undefined, many: false };
  const data = propertiesOf(spec, top).data;
  if (!data) return { schema: undefined, many: false };
  const resolved = deref(spec, data);
  if (schemaName(data)) {
    // A named schema may itself be an array (2.167 names some list payloads).
    if (resolved?.type === 'array') return { schema: schemaName(resolved.items), many: true };
    return { schema: schemaName(data), many: false };
  }
  if (resolved?.type === 'array') return { schema: schemaName(resolved.items), many: true };
  return { schema: undefined, many: false };
}

// ---------------------------------------------------------------------------------------------------------------
// Expansions -> includes

/**
 * Which `includes` key an identifier schema leads to. The Expansions schema lists the keys and the object each holds
 * (`users` -> User); an object is known by its `id` (media by `media_key`, users also by `username`, which mention
 * expansions carry), so e.g. UserId and UserName lead to `users`.
 */
function identifierIndex(spec) {
  const expansions = spec.components?.schemas?.Expansions;
  const index = new Map();
  const objects = new Map();
  for (const [key, prop] of Object.entries(propertiesOf(spec, expansions))) {
    const item = deref(spec, prop)?.items;
    const name = schemaName(item);
    if (!name) continue;
    objects.set(key, name);
    const props = propertiesOf(spec, item);
    for (const idProp of ['id', 'media_key', 'username']) {
      const id = schemaName(props[idProp]);
      if (id) index.set(id, key);
    }
  }
  return { index, objects };
}

/** The identifier schema a property holds directly or as array items, if any. */
function identifierOf(spec, prop) {
  if (!prop) return undefined;
  const direct = schemaName(prop);
  if (direct) return direct;
  const resolved = deref(spec, prop);
  return resolved?.type === 'array' ? schemaName(resolved.items) : undefined;
}

/**
 * Follows an expansion's dotted path through the object schema (`referenced_tweets.id.author_id`: the referenced
 * tweet's id, then that tweet's author) and answers the includes key its last identifier leads to, or undefined when
 * the path does not exist in the schema.
 */
function expansionTarget(spec, ids, objectSchema, value) {
  let current = { $ref: `#/components/schemas/${objectSchema}` };
  const segments = value.split('.');
  for (let i = 0; i < segments.length; i++) {
    const prop = propertiesOf(spec, current)[segments[i]];
    if (!prop) return undefined;
    const id = identifierOf(spec, prop);
    const key = id === undefined ? undefined : ids.index.get(id);
    if (i === segments.length - 1) return key;
    if (key !== undefined) {
      current = { $ref: `#/components/schemas/${ids.objects.get(key)}` };
    } else {
      const resolved = deref(spec, prop);
      current = resolved?.type === 'array' ? resolved.items : prop;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// One vocabulary

function readVocabulary(spec, version) {
  const ids = identifierIndex(spec);
  const endpoints = [];
  const oddities = [];
  let pathCount = 0;
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    pathCount++;
    const shared = item.parameters ?? [];
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${expressPath(path)}`;
      const fields = {};
      let expansions;
      const unenumerated = [];
      // An operation's own parameter replaces a path-level one of the same name and location (OpenAPI 3.0).
      const byName = new Map();
      for (const raw of [...shared, ...(operation.parameters ?? [])]) {
        const param = deref(spec, raw);
        if (param?.in === 'query' && isVocabularyParam(param.name)) byName.set(param.name, param);
      }
      for (const param of byName.values()) {
        const values = parameterEnum(spec, param);
        if (!values) {
          unenumerated.push(param.name);
          continue;
        }
        const unique = [...new Set(values)].sort();
        if (unique.length !== values.length) oddities.push(`${version} ${key}: ${param.name} lists a value twice`);
        if (param.name === 'expansions') expansions = unique;
        else fields[param.name] = unique;
      }
      const shape = dataShape(spec, operation);
      let returns = kindOfSchema(shape.schema);
      const fieldParams = [...Object.keys(fields), ...unenumerated.filter((name) => name !== 'expansions')];
      const takesExpansions = expansions !== undefined || unenumerated.includes('expansions');
      // A payload without a named object schema is still told by the one object whose fields the endpoint offers.
      if (returns === undefined && fieldParams.length === 1 && !takesExpansions) {
        returns = kindOfFieldsParam(fieldParams[0]);
      }
      const expansionIncludes = {};
      if (expansions !== undefined && returns !== undefined && shape.schema !== undefined) {
        for (const value of expansions) {
          const target = expansionTarget(spec, ids, shape.schema, value);
          if (target !== undefined) expansionIncludes[value] = target;
        }
      }
      endpoints.push({
        key,
        method: method.toUpperCase(),
        path: expressPath(path),
        operationId: operation.operationId ?? '',
        returns: returns ?? 'unknown',
        many: shape.many,
        fields,
        expansions,
        unenumerated: unenumerated.sort(),
        expansionIncludes,
      });
    }
  }
  endpoints.sort((a, b) => compare(a.key, b.key));
  return { version, endpoints, pathCount, oddities, includesKeys: [...ids.objects.keys()].sort() };
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Per parameter name, every value any endpoint accepts. */
function unionOf(vocabulary) {
  const union = new Map();
  for (const endpoint of vocabulary.endpoints) {
    const params = Object.entries(endpoint.fields);
    if (endpoint.expansions) params.push(['expansions', endpoint.expansions]);
    for (const [name, values] of params) {
      const set = union.get(name) ?? new Set();
      for (const value of values) set.add(value);
      union.set(name, set);
    }
  }
  return new Map([...union].sort(([a], [b]) => compare(a, b)).map(([name, set]) => [name, [...set].sort()]));
}

/**
 * Per object kind, the includes key each expansion value leads to, merged over the endpoints returning that kind.
 * Two endpoints disagreeing would be a spec contradiction; it stops the run rather than picking one.
 */
function expansionIncludesOf(vocabulary) {
  const byKind = new Map();
  for (const endpoint of vocabulary.endpoints) {
    for (const [value, target] of Object.entries(endpoint.expansionIncludes)) {
      const map = byKind.get(endpoint.returns) ?? new Map();
      const known = map.get(value);
      if (known !== undefined && known !== target) {
        throw new Error(`${vocabulary.version}: ${endpoint.returns} expansion ${value} leads to both ${known} and ${target}`);
      }
      map.set(value, target);
      byKind.set(endpoint.returns, map);
    }
  }
  return new Map(
    [...byKind].sort(([a], [b]) => compare(a, b)).map(([kind, map]) => [kind, new Map([...map].sort(([a], [b]) => compare(a, b)))]),
  );
}

/**
 * 2.167 declares most identifiers as plain strings, so its schemas no longer tell where an expansion leads. Where an
 * expansion of an object is the same value as in 2.166, or 2.167's rename of one, it leads where it led in 2.166, to
 * the key 2.167 spells the same includes under (`tweets` became `posts`). New values stay out.
 */
function carryOverIncludes(olderIncludes, newer, newerIncludes, renames) {
  const renamedFrom = new Map(renames.values.filter((r) => r.newParam === 'expansions').map((r) => [r.to, r.from]));
  const newerKeys = new Set(newer.includesKeys);
  const respell = (key) => (newerKeys.has(key) ? key : newerKeys.has(postSpelling(key)) ? postSpelling(key) : undefined);
  for (const endpoint of newer.endpoints) {
    if (endpoint.expansions === undefined || endpoint.returns === 'unknown') continue;
    const before = olderIncludes.get(endpoint.returns);
    if (!before) continue;
    const map = newerIncludes.get(endpoint.returns) ?? new Map();
    for (const value of endpoint.expansions) {
      if (map.has(value)) continue;
      const old = before.get(value) ?? before.get(renamedFrom.get(value));
      const key = old === undefined ? undefined : respell(old);
      if (key !== undefined) map.set(value, key);
    }
    if (map.size > 0) newerIncludes.set(endpoint.returns, map);
  }
  return new Map(
    [...newerIncludes].sort(([a], [b]) => compare(a, b)).map(([kind, map]) => [kind, new Map([...map].sort(([a], [b]) => compare(a, b)))]),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// What 2.167 renamed

/** The 2.167 spelling of a 2.166 name: tweets became posts. */
function postSpelling(name) {
  return name.replace(/tweet/g, 'post').replace(/Tweet/g, 'Post');
}

/**
 * Renames found by diffing the endpoints both versions have. A parameter is renamed when an endpoint drops one name
 * and takes its post-spelling instead (`tweet.fields` -> `post.fields`). Under the same (renamed) parameter of the
 * same endpoint, values 2.166 has and 2.167 lacks are paired with new ones by pairRenames; those left unpaired are
 * listed as removed, new ones left unpaired as added.
 */
function renamesBetween(older, newer) {
  const newerByKey = new Map(newer.endpoints.map((endpoint) => [endpoint.key, endpoint]));
  const params = new Map();
  const values = new Map();
  const removed = new Map();
  const added = new Map();
  const note = (map, param, value) => {
    const set = map.get(param) ?? new Set();
    set.add(value);
    map.set(param, set);
  };
  for (const before of older.endpoints) {
    const after = newerByKey.get(before.key);
    if (!after) continue;
    const beforeParams = paramsOf(before);
    const afterParams = paramsOf(after);
    for (const [name, oldValues] of beforeParams) {
      let newName = name;
      if (!afterParams.has(name) && afterParams.has(postSpelling(name)) && !beforeParams.has(postSpelling(name))) {
        newName = postSpelling(name);
        params.set(name, newName);
      }
      const newValues = afterParams.get(newName);
      if (!newValues) continue;
      const gone = oldValues.filter((value) => !newValues.includes(value));
      const fresh = newValues.filter((value) => !oldValues.includes(value));
      const pairs = pairRenames(gone, fresh);
      const claimed = new Set(pairs.values());
      for (const value of gone) {
        const counterpart = pairs.get(value);
        if (counterpart !== undefined) {
          values.set(`${name}\u0000${value}`, { param: name, newParam: newName, from: value, to: counterpart });
        } else {
          note(removed, newName, value);
        }
      }
      for (const value of fresh) if (!claimed.has(value)) note(added, newName, value);
    }
  }
  const sortedSets = (map) =>
    [...map].sort(([a], [b]) => compare(a, b)).map(([param, set]) => [param, [...set].sort()]);
  return {
    params: [...params].sort(([a], [b]) => compare(a, b)),
    values: [...values.values()].sort((a, b) => compare(a.param, b.param) || compare(a.from, b.from)),
    removed: sortedSets(removed),
    added: sortedSets(added),
  };
}

/** Includes keys 2.166 has and 2.167 spells with posts for tweets instead (`tweets` -> `posts`). */
function includesRenames([older, newer]) {
  return older.includesKeys
    .filter((key) => !newer.includesKeys.includes(key) && newer.includesKeys.includes(postSpelling(key)))
    .map((key) => [key, postSpelling(key)]);
}

function paramsOf(endpoint) {
  const params = new Map(Object.entries(endpoint.fields));
  if (endpoint.expansions) params.set('expansions', endpoint.expansions);
  return params;
}

/**
 * Pairs each dropped 2.166 value with the new 2.167 value standing for it: its post-spelling, or else a new value that
 * begins its post-spelling (`affiliation.user_id` -> `affiliation`, `referenced_tweets.id` -> `referenced_posts`,
 * `message_ttl_msec` -> `message_ttl_ms`). Exact spellings go first, then the shortest old value, so
 * `referenced_tweets.id` rather than `referenced_tweets.id.author_id` gets `referenced_posts`; each value pairs once.
 */
function pairRenames(gone, fresh) {
  const candidates = [];
  for (const from of gone) {
    const spelled = postSpelling(from);
    for (const to of fresh) {
      if (spelled === to) candidates.push({ from, to, exact: 0 });
      else if (spelled.startsWith(to)) candidates.push({ from, to, exact: 1 });
    }
  }
  candidates.sort((a, b) => a.exact - b.exact || a.from.length - b.from.length || compare(a.from, b.from) || compare(a.to, b.to));
  const pairs = new Map();
  const taken = new Set();
  for (const { from, to } of candidates) {
    if (pairs.has(from) || taken.has(to)) continue;
    pairs.set(from, to);
    taken.add(to);
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------------------------
// Emitting TypeScript

const WIDTH = 120;

function quote(value) {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * A list of quoted strings: on one line when it fits after `lead` (the text before it on its line) and one closing
 * character, else wrapped to the width one indent deeper than `indent`.
 */
function stringList(values, indent, lead) {
  const single = `[${values.map(quote).join(', ')}]`;
  if (lead.length + single.length + 1 <= WIDTH) return single;
  const lines = packed(values.map(quote), `${indent}  `);
  return `[\n${lines.join('\n')}\n${indent}]`;
}

/** Items joined by commas, as many to a line as the width allows, each line ending in a comma. */
function packed(items, indent) {
  const lines = [];
  let line = '';
  for (const item of items) {
    const piece = `${item},`;
    if (line !== '' && indent.length + line.length + 1 + piece.length > WIDTH) {
      lines.push(indent + line);
      line = piece;
    } else {
      line = line === '' ? piece : `${line} ${piece}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

/** Shares each distinct value list through one named constant (`USER_FIELDS_1`, ...), numbered in first use. */
class ListPool {
  constructor() {
    this.byContent = new Map();
    this.counters = new Map();
    this.order = [];
  }

  name(param, values) {
    const contentKey = `${param}\u0000${values.join('\u0000')}`;
    const known = this.byContent.get(contentKey);
    if (known) return known;
    const base = param.replace(/\./g, '_').toUpperCase();
    const n = (this.counters.get(base) ?? 0) + 1;
    this.counters.set(base, n);
    const name = `${base}_${n}`;
    this.byContent.set(contentKey, name);
    this.order.push({ name, values });
    return name;
  }
}

function propertyKey(name) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : quote(name);
}

function render(vocabularies, includes, renames) {
  const pool = new ListPool();
  const endpointBlocks = vocabularies.map((vocabulary) => {
    const lines = vocabulary.endpoints.map((endpoint) => {
      const head = [`method: '${endpoint.method}'`, `path: ${quote(endpoint.path)}`, `operationId: ${quote(endpoint.operationId)}`];
      head.push(`returns: ${quote(endpoint.returns)}`);
      if (endpoint.many) head.push('many: true');
      const body = [...packed(head, '      ')];
      const fieldEntries = Object.entries(endpoint.fields).sort(([a], [b]) => compare(a, b));
      if (fieldEntries.length > 0) {
        const entries = fieldEntries.map(([name, values]) => `${quote(name)}: ${pool.name(name, values)}`);
        const single = `      fields: { ${entries.join(', ')} },`;
        if (single.length <= WIDTH) body.push(single);
        else body.push('      fields: {', ...packed(entries, '        '), '      },');
      }
      if (endpoint.expansions) body.push(`      expansions: ${pool.name('expansions', endpoint.expansions)},`);
      if (endpoint.unenumerated.length > 0) body.push(`      unenumerated: ${stringList(endpoint.unenumerated, '      ', '      unenumerated: ')},`);
      return `    ${quote(endpoint.key)}: {\n${body.join('\n')}\n    },`;
    });
    return `  '${vocabulary.version}': {\n${lines.join('\n')}\n  },`;
  });

  const unionBlocks = vocabularies.map((vocabulary) => {
    const lines = [...unionOf(vocabulary)].map(([name, values]) => `    ${quote(name)}: ${stringList(values, '    ', `    ${quote(name)}: `)},`);
    return `  '${vocabulary.version}': {\n${lines.join('\n')}\n  },`;
  });

  const includesBlocks = vocabularies.map((vocabulary, index) => {
    const kinds = [...includes[index]].map(([kind, map]) => {
      const entries = [...map].map(([value, target]) => `      ${quote(value)}: ${quote(target)},`);
      return `    ${propertyKey(kind)}: {\n${entries.join('\n')}\n    },`;
    });
    return `  '${vocabulary.version}': {\n${kinds.join('\n')}\n  },`;
  });

  const kinds = new Set(['unknown']);
  for (const vocabulary of vocabularies) for (const endpoint of vocabulary.endpoints) kinds.add(endpoint.returns);
  const includesKeys = new Set(vocabularies.flatMap((vocabulary) => vocabulary.includesKeys));

  const constants = pool.order.map(({ name, values }) => `const ${name}: readonly string[] = ${stringList(values, '', `const ${name}: readonly string[] = `)};`);

  const renameParams = renames.params.map(([from, to]) => `    { from: ${quote(from)}, to: ${quote(to)} },`);
  const renameValues = renames.values.flatMap((r) => {
    const parts = [`param: ${quote(r.param)}`, `newParam: ${quote(r.newParam)}`, `from: ${quote(r.from)}`, `to: ${quote(r.to)}`];
    const single = `    { ${parts.join(', ')} },`;
    return single.length <= WIDTH ? [single] : ['    {', ...packed(parts, '      '), '    },'];
  });
  const listBlock = (entries) => entries.map(([param, list]) => `    ${quote(param)}: ${stringList(list, '    ', `    ${quote(param)}: `)},`).join('\n');

  return `// GENERATED FILE: do not edit by hand. Written by scripts/generateApiVocabulary.mjs from X's complete OpenAPI specs
// (x-api-v2-full.openapi-2.166.json and -2.167.json); regenerate with \`npm run generate:vocabulary\` (specs from
// ../shared/reference/openapi, or --specs <dir> / XAPI_OPENAPI_DIR). Holds only enum values, names and shapes from the
// specs, sorted. Large: load it lazily from inline-docs code, never at activation.

/** A version of X's OpenAPI spec this module was derived from. */
export type ApiVocabularyVersion = ${VERSIONS.map(quote).join(' | ')};

export const API_VOCABULARY_VERSIONS: readonly ApiVocabularyVersion[] = [${VERSIONS.map(quote).join(', ')}];

/**
 * The object an endpoint returns in \`data\`, named by us: the spec's schema name in snake case, with 2.167's Post
 * called \`tweet\` as in 2.166. \`unknown\` when the response has no \`data\` or describes it inline.
 */
export type ApiObjectKind =
${[...kinds].sort().map((kind) => `  | ${quote(kind)}`).join('\n')};

/** A key under \`includes\` where expanded objects arrive. */
export type ApiIncludesKey = ${[...includesKeys].sort().map(quote).join(' | ')};

/** One operation: its content-selecting query parameters and what it returns. */
export interface ApiEndpointVocabulary {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Path with \`:name\` placeholders, e.g. \`/2/users/:id/bookmarks\`. */
  readonly path: string;
  readonly operationId: string;
  readonly returns: ApiObjectKind;
  /** True when \`data\` is a list of \`returns\`. */
  readonly many?: true;
  /** Each \`<object>.fields\` parameter the endpoint takes, with the values the spec allows. */
  readonly fields?: Readonly<Record<string, readonly string[]>>;
  /** The values the spec allows for \`expansions\`, when the endpoint takes it. */
  readonly expansions?: readonly string[];
  /** Fields or expansions parameters the spec declares without an enum: accepted, values not known. */
  readonly unenumerated?: readonly string[];
}

${constants.join('\n')}

/** Every operation of each version, keyed \`METHOD /path/:param\`. */
export const API_ENDPOINTS: Readonly<Record<ApiVocabularyVersion, Readonly<Record<string, ApiEndpointVocabulary>>>> = {
${endpointBlocks.join('\n')}
};

/** Per parameter name, every value some endpoint of the version accepts. */
export const API_PARAMETER_VALUES: Readonly<
  Record<ApiVocabularyVersion, Readonly<Record<string, readonly string[]>>>
> = {
${unionBlocks.join('\n')}
};

/**
 * Per object kind, the \`includes\` key each expansion value brings objects into, where the spec's object schema lets
 * the expansion's path be followed to an identifier; values it cannot be followed for are left out.
 */
export const API_EXPANSION_INCLUDES: Readonly<
  Record<ApiVocabularyVersion, Readonly<Partial<Record<ApiObjectKind, Readonly<Record<string, ApiIncludesKey>>>>>>
> = {
${includesBlocks.join('\n')}
};

/** A value 2.167 spells differently, under \`param\` (its 2.166 name) / \`newParam\` (its 2.167 name). */
export interface ApiValueRename {
  readonly param: string;
  readonly newParam: string;
  readonly from: string;
  readonly to: string;
}

/** What changed between the 2.166 and 2.167 request vocabularies, found by diffing the endpoints both have. */
export interface ApiVocabularyChanges {
  /** Parameters 2.167 spells differently. */
  readonly params: readonly { readonly from: string; readonly to: string }[];
  /** Values 2.167 spells differently. */
  readonly values: readonly ApiValueRename[];
  /** Keys under \`includes\` 2.167 spells differently. */
  readonly includes: readonly { readonly from: ApiIncludesKey; readonly to: ApiIncludesKey }[];
  /** Per 2.167 parameter name, 2.166 values with no 2.167 counterpart on some endpoint. */
  readonly removed: Readonly<Record<string, readonly string[]>>;
  /** Per 2.167 parameter name, values new in 2.167 on some endpoint. */
  readonly added: Readonly<Record<string, readonly string[]>>;
}

export const API_VOCABULARY_CHANGES_2167: ApiVocabularyChanges = {
  params: [
${renameParams.join('\n')}
  ],
  values: [
${renameValues.join('\n')}
  ],
  includes: [
${includesRenames(vocabularies).map(([from, to]) => `    { from: ${quote(from)}, to: ${quote(to)} },`).join('\n')}
  ],
  removed: {
${listBlock(renames.removed)}
  },
  added: {
${listBlock(renames.added)}
  },
};
`;
}

// ---------------------------------------------------------------------------------------------------------------

function main() {
  const options = parseArgs(process.argv.slice(2));
  const dir = resolve(options.specs ?? process.env.XAPI_OPENAPI_DIR ?? defaultSpecDir());
  const vocabularies = VERSIONS.map((version) => readVocabulary(loadSpec(dir, version), version));
  const renames = renamesBetween(vocabularies[0], vocabularies[1]);
  const olderIncludes = expansionIncludesOf(vocabularies[0]);
  const newerIncludes = carryOverIncludes(olderIncludes, vocabularies[1], expansionIncludesOf(vocabularies[1]), renames);
  const text = render(vocabularies, [olderIncludes, newerIncludes], renames);
  if (options.stdout) {
    process.stdout.write(text);
    return;
  }
  if (options.check) {
    const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
    if (current !== text) {
      console.error(`${OUTPUT} is out of date: run npm run generate:vocabulary`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(OUTPUT, text);
  for (const vocabulary of vocabularies) {
    const operations = vocabulary.endpoints.length;
    const withVocabulary = vocabulary.endpoints.filter((e) => Object.keys(e.fields).length > 0 || e.expansions).length;
    console.log(`${vocabulary.version}: ${vocabulary.pathCount} paths, ${operations} operations, ${withVocabulary} with fields or expansions`);
    for (const oddity of vocabulary.oddities) console.log(`  note: ${oddity}`);
  }
  console.log(`wrote ${OUTPUT} (${Buffer.byteLength(text)} bytes)`);
}

main();
