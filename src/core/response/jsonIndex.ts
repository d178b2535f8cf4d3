/**
 * Offset -> JSON path for hovers in read-only result documents. A result can be 5 MB of pretty-printed JSON and a
 * hover must answer in well under a millisecond, so the text is scanned once into a flat node table (one Int32Array,
 * document order) and each hover is a binary search plus a short walk up parent links. Re-scanning per hover, as
 * jsonc-parser's getLocation does, costs tens of milliseconds at that size.
 *
 * Nothing here parses values into JavaScript: keys and strings are decoded only for the one node a hover asks about.
 */

/** What the hovered offset is: a property name, or a value (primitive token or whole container). */
export type JsonLocationKind = 'key' | 'value';

/** The JSON type of the hovered value; for a key, the type of the value it names. */
export type JsonValueType = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';

/** One path step: a property name (decoded) or an array index. */
export type JsonPathSegment = string | number;

/** The answer of {@link JsonIndex.locate}. */
export interface JsonLocation {
  /**
   * Path of the property or element concerned, from the root: for a key, the property it names; for a value, the
   * property or element holding it. The root value has the empty path.
   */
  path: JsonPathSegment[];
  /** Whether the offset is on a property name or on a value. */
  kind: JsonLocationKind;
  /** Offset of the first character of the key token or value token (a container: its opening bracket). */
  start: number;
  /** Offset just past the token (exclusive); for a container, past its closing bracket. */
  end: number;
  /**
   * Type of the value (for a key: of the value it names). Only damaged text can have a key without a value; such a
   * key reports 'null'.
   */
  valueType: JsonValueType;
  /** Decoded content of a primitive string value (kind 'value' only), e.g. an id to offer a lookup for. */
  stringValue?: string;
}

/** Where one value is: the answer of {@link JsonIndex.valueAt} and {@link JsonIndex.elementsAt}. */
export interface JsonSpan {
  /** Offset of the value's first character (a container: its opening bracket). */
  start: number;
  /** Offset just past the value (exclusive); for a container, past its closing bracket. */
  end: number;
  valueType: JsonValueType;
}

// Node kinds, in the low bits of a node's last field. Plain numbers rather than an enum: the scanner compares small
// integers and nothing outside this file sees them.
const KEY = 0;
const OBJECT = 1;
const ARRAY = 2;
const STRING = 3;
const NUMBER = 4;
const BOOLEAN = 5;
const NULL = 6;
const KIND_MASK = 7;
/** Flag on a key or string whose closing quote is missing (damaged text): its content runs to the node's end. */
const UNTERMINATED = 8;
const SEGMENT_SHIFT = 4;

const VALUE_TYPES: readonly JsonValueType[] = ['null', 'object', 'array', 'string', 'number', 'boolean', 'null'];

// A node is four int32 in one array (one allocation to grow, and a node's fields share a cache line):
const START = 0;
const END = 1;
/** Node index of the enclosing container, -1 for the top-level value. */
const PARENT = 2;
/**
 * `segment << SEGMENT_SHIFT | flags | kind`, where segment is the index of an array element, the node index of the key
 * of an object member value, or -1 (a key, the top-level value).
 */
const SEGMENT_KIND = 3;
const FIELDS = 4;

/** Initial table size: pretty-printed X responses hold a node every ~20 characters, so this rarely grows. */
const CHARS_PER_NODE_GUESS = 16;

/**
 * A one-pass index of JSON text for locating the token under an offset.
 *
 * Offsets between tokens (whitespace, commas, colons, brackets) answer the innermost container that encloses them,
 * as a 'value' location spanning the whole container: a hover there is "somewhere in this object", and the container
 * is what a field doc can describe. Offsets outside the top-level value answer undefined.
 *
 * Damaged text never throws; the scanner keeps what it can. Unclosed containers and an unterminated string run to the
 * end of the text (the damage to expect is truncation), a mismatched closing bracket closes the containers up to one
 * of its kind, stray characters are skipped, and a value where a key belongs is skipped (it has no path). Text that
 * does not start with a JSON value (a stub such as "This result has expired") indexes nothing, and so does a
 * primitive top-level value followed by anything but whitespace ("404 page not found" is a stub, not the number 404).
 */
export class JsonIndex {
  /** Number of nodes (keys and values) in the table. */
  readonly nodeCount: number;

  private constructor(
    private readonly text: string,
    private readonly nodes: Int32Array,
    nodeCount: number,
  ) {
    this.nodeCount = nodeCount;
  }

  /** Scans `text` once: linear in its length, never throws. */
  static build(text: string): JsonIndex {
    const n = text.length;
    let nodes = new Int32Array(FIELDS * Math.max(64, Math.ceil(n / CHARS_PER_NODE_GUESS)));
    let count = 0;
    // The open container and its member state live in locals; the enclosing ones are saved as (parent, member) pairs.
    let parent = -1;
    let parentIsArray = false;
    // Array: index of the next element. Object: the key node waiting for its value, or -1 while a key is expected.
    let member = -1;
    const saved: number[] = [];
    // Open containers by kind (indexed by OBJECT and ARRAY), the one in `parent` included.
    const open = [0, 0, 0];
    let i = 0;

    scan: while (i < n) {
      let c = text.charCodeAt(i);
      if (c <= 32) {
        // Whitespace (any control character, tolerantly) is a third of pretty-printed text and comes in runs.
        do {
          if (++i === n) break scan;
          c = text.charCodeAt(i);
        } while (c <= 32);
      }

      let kind: number;
      let end: number;
      if (c === 34) {
        // '"': the closing quote is the next '"' not preceded by an odd run of backslashes. indexOf runs natively
        // (and fast before the JIT warms up); strings are most of an X response's bytes.
        kind = STRING;
        end = text.indexOf('"', i + 1);
        while (end !== -1) {
          let b = end - 1;
          while (text.charCodeAt(b) === 92) b--;
          if (((end - 1 - b) & 1) === 0) break;
          end = text.indexOf('"', end + 1);
        }
        if (end === -1) {
          end = n;
          kind |= UNTERMINATED;
        } else {
          end++;
        }
      } else if (c === 58) {
        // ':' needs no state: the key already waits for its value.
        i++;
        continue;
      } else if (c === 44) {
        // ',' ends a member; a key still waiting for its value is abandoned.
        if (!parentIsArray) member = -1;
        if (parent === -1) break;
        i++;
        continue;
      } else if (c === 125 || c === 93) {
        // '}' or ']'
        if (parent === -1) break;
        const wanted = c === 125 ? OBJECT : ARRAY;
        if (nodes[parent * FIELDS + SEGMENT_KIND] & wanted) {
          // Matches the open container (OBJECT and ARRAY are distinct bits and no other kind is open).
        } else if (open[wanted] > 0) {
          // An enclosing container matches: the ones above it end here (damage, most likely a truncated value). Each
          // container is closed once, so this stays linear however deep the text nests.
          do {
            nodes[parent * FIELDS + END] = i;
            open[nodes[parent * FIELDS + SEGMENT_KIND] & KIND_MASK]--;
            parent = saved[saved.length - 2];
            saved.length -= 2;
          } while (!(nodes[parent * FIELDS + SEGMENT_KIND] & wanted));
        } else {
          // A closer nothing matches: stray. The count answers at once; searching the open containers for one of its
          // kind made a run of stray closers under deep nesting quadratic.
          i++;
          continue;
        }
        open[wanted]--;
        nodes[parent * FIELDS + END] = ++i;
        member = saved.pop()!;
        parent = saved.pop()!;
        if (parent === -1) break; // The top-level value is complete; whatever follows is not ours.
        parentIsArray = (nodes[parent * FIELDS + SEGMENT_KIND] & KIND_MASK) === ARRAY;
        continue;
      } else if (c === 123 || c === 91) {
        kind = c === 123 ? OBJECT : ARRAY;
        end = n; // Until its closing bracket says otherwise: an unclosed container runs to the end of the text.
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        // A number: the run of number characters, unvalidated (the text came from responses JSON.parse accepted).
        kind = NUMBER;
        end = i + 1;
        for (let d = text.charCodeAt(end); (d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45; d = text.charCodeAt(++end));
      } else if (c === 116 && text.startsWith('true', i)) {
        kind = BOOLEAN;
        end = i + 4;
      } else if (c === 102 && text.startsWith('false', i)) {
        kind = BOOLEAN;
        end = i + 5;
      } else if (c === 110 && text.startsWith('null', i)) {
        kind = NULL;
        end = i + 4;
      } else {
        // A stray character; at the top level it means this is not JSON (or the JSON is over).
        if (parent === -1) break;
        i++;
        continue;
      }

      // A token of `kind` spans [i, end). What holds it decides its segment, or whether it is a key.
      let segment = -1;
      if (parentIsArray) {
        segment = member++;
      } else if (member >= 0) {
        segment = member;
        member = -1;
      } else if (kind === STRING || kind === (STRING | UNTERMINATED)) {
        if (parent !== -1) {
          kind ^= STRING ^ KEY;
          member = count; // This key now waits for its value.
        }
      } else if (parent !== -1) {
        // A value where a key belongs has no path: skip it whole, so its brackets cannot unbalance ours.
        i = kind === OBJECT || kind === ARRAY ? skipContainer(text, i) : end;
        continue;
      }

      if ((count + 1) * FIELDS > nodes.length) nodes = grow(nodes);
      const at = count * FIELDS;
      nodes[at + START] = i;
      nodes[at + END] = end;
      nodes[at + PARENT] = parent;
      nodes[at + SEGMENT_KIND] = (segment << SEGMENT_SHIFT) | kind;
      if (kind === OBJECT || kind === ARRAY) {
        open[kind]++;
        saved.push(parent, member);
        parent = count++;
        parentIsArray = kind === ARRAY;
        member = parentIsArray ? 0 : -1;
        i++;
        continue;
      }
      count++;
      i = end;
      if (parent === -1) {
        // A primitive top-level value counts only when nothing but whitespace follows it.
        while (i < n && text.charCodeAt(i) <= 32) i++;
        if (i < n) count = 0;
        break;
      }
    }
    return new JsonIndex(text, nodes, count);
  }

  /**
   * The token under `offset` (a UTF-16 offset into the text): the key or primitive value token containing it, else the
   * innermost container enclosing it, else undefined. O(log n + depth).
   */
  locate(offset: number): JsonLocation | undefined {
    const nodes = this.nodes;
    // `!(offset >= 0)` also turns NaN away.
    if (this.nodeCount === 0 || !(offset >= 0) || offset < nodes[START]) return undefined;
    // The last node starting at or before the offset. If it does not contain the offset, the innermost node that does
    // is one of its ancestors: nodes nest, and any node starting inside that ancestor is its descendant.
    let lo = 0;
    let hi = this.nodeCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (nodes[mid * FIELDS + START] <= offset) lo = mid;
      else hi = mid - 1;
    }
    let node = lo;
    while (node !== -1 && nodes[node * FIELDS + END] <= offset) node = nodes[node * FIELDS + PARENT];
    if (node === -1) return undefined;

    const kind = nodes[node * FIELDS + SEGMENT_KIND] & KIND_MASK;
    const location: JsonLocation = {
      path: this.pathOf(node),
      kind: kind === KEY ? 'key' : 'value',
      start: nodes[node * FIELDS + START],
      end: nodes[node * FIELDS + END],
      valueType: VALUE_TYPES[kind === KEY ? this.valueKindOfKey(node) : kind],
    };
    if (kind === STRING) location.stringValue = this.stringContent(node);
    return location;
  }

  /**
   * The value at `path` from the root (`[]` is the top-level value), or undefined when the text has none there. Where
   * an object repeats a key, the last one counts, as in JSON.parse. Costs the members walked on the way, each step
   * over a container a binary search: a path near the top of a huge document stays cheap.
   */
  valueAt(path: readonly JsonPathSegment[]): JsonSpan | undefined {
    const node = this.nodeAt(path);
    return node === -1 ? undefined : this.spanOf(node);
  }

  /** The elements of the array at `path`, in order; empty when there is no array there. */
  elementsAt(path: readonly JsonPathSegment[]): JsonSpan[] {
    const array = this.nodeAt(path);
    if (array === -1 || (this.nodes[array * FIELDS + SEGMENT_KIND] & KIND_MASK) !== ARRAY) return [];
    const out: JsonSpan[] = [];
    for (let child = this.firstChild(array); child !== -1; child = this.nextSibling(child)) out.push(this.spanOf(child));
    return out;
  }

  /**
   * The own keys of the object at `path`, in document order, or undefined when the value there is no object. What
   * the hover needs to tell a post from a user at the same path; decodes only that object's keys.
   */
  keysAt(path: readonly JsonPathSegment[]): string[] | undefined {
    const object = this.nodeAt(path);
    if (object === -1 || (this.nodes[object * FIELDS + SEGMENT_KIND] & KIND_MASK) !== OBJECT) return undefined;
    const keys: string[] = [];
    for (let child = this.firstChild(object); child !== -1; child = this.nextSibling(child)) {
      if ((this.nodes[child * FIELDS + SEGMENT_KIND] & KIND_MASK) === KEY) keys.push(this.stringContent(child));
    }
    return keys;
  }

  /** Node index of the value at `path`, or -1. */
  private nodeAt(path: readonly JsonPathSegment[]): number {
    const nodes = this.nodes;
    if (this.nodeCount === 0) return -1;
    let node = 0;
    for (const segment of path) {
      const kind = nodes[node * FIELDS + SEGMENT_KIND] & KIND_MASK;
      let found = -1;
      if (kind === ARRAY && typeof segment === 'number') {
        for (let child = this.firstChild(node); child !== -1 && found === -1; child = this.nextSibling(child)) {
          if (nodes[child * FIELDS + SEGMENT_KIND] >> SEGMENT_SHIFT === segment) found = child;
        }
      } else if (kind === OBJECT && typeof segment === 'string') {
        for (let child = this.firstChild(node); child !== -1; child = this.nextSibling(child)) {
          // A member's value names its key node as its segment; a key left without a value has no member to find.
          if ((nodes[child * FIELDS + SEGMENT_KIND] & KIND_MASK) !== KEY) {
            const key = nodes[child * FIELDS + SEGMENT_KIND] >> SEGMENT_SHIFT;
            if (this.stringContent(key) === segment) found = child;
          }
        }
      }
      if (found === -1) return -1;
      node = found;
    }
    return node;
  }

  /** The first node inside `container`, or -1 when it is empty. */
  private firstChild(container: number): number {
    return container + 1 < this.nodeCount && this.nodes[(container + 1) * FIELDS + PARENT] === container ? container + 1 : -1;
  }

  /**
   * The node after `node` in the same container, or -1. Nodes are in document order and a container's descendants
   * start before its end, so the sibling is the first node starting at or past that end.
   */
  private nextSibling(node: number): number {
    const nodes = this.nodes;
    const kind = nodes[node * FIELDS + SEGMENT_KIND] & KIND_MASK;
    let next = node + 1;
    if (kind === OBJECT || kind === ARRAY) {
      const end = nodes[node * FIELDS + END];
      let hi = this.nodeCount;
      while (next < hi) {
        const mid = (next + hi) >>> 1;
        if (nodes[mid * FIELDS + START] < end) next = mid + 1;
        else hi = mid;
      }
    }
    return next < this.nodeCount && nodes[next * FIELDS + PARENT] === nodes[node * FIELDS + PARENT] ? next : -1;
  }

  private spanOf(node: number): JsonSpan {
    const at = node * FIELDS;
    return { start: this.nodes[at + START], end: this.nodes[at + END], valueType: VALUE_TYPES[this.nodes[at + SEGMENT_KIND] & KIND_MASK] };
  }

  /** Path segments from the root to `node`; for a key, to the property it names. */
  private pathOf(node: number): JsonPathSegment[] {
    const nodes = this.nodes;
    const path: JsonPathSegment[] = [];
    let current = node;
    if ((nodes[current * FIELDS + SEGMENT_KIND] & KIND_MASK) === KEY) {
      path.push(this.stringContent(current));
      current = nodes[current * FIELDS + PARENT];
    }
    for (let up = nodes[current * FIELDS + PARENT]; up !== -1; current = up, up = nodes[up * FIELDS + PARENT]) {
      const segment = nodes[current * FIELDS + SEGMENT_KIND] >> SEGMENT_SHIFT;
      path.push((nodes[up * FIELDS + SEGMENT_KIND] & KIND_MASK) === ARRAY ? segment : this.stringContent(segment));
    }
    return path.reverse();
  }

  /** A key's value is the next node in document order, when that node names the key as its segment. */
  private valueKindOfKey(key: number): number {
    const next = (key + 1) * FIELDS;
    const nodes = this.nodes;
    return key + 1 < this.nodeCount && nodes[next + SEGMENT_KIND] >> SEGMENT_SHIFT === key
      && nodes[next + PARENT] === nodes[key * FIELDS + PARENT]
      ? nodes[next + SEGMENT_KIND] & KIND_MASK
      : NULL;
  }

  /** The decoded content of a key or string node, tolerant of a missing closing quote. */
  private stringContent(node: number): string {
    const at = node * FIELDS;
    const closed = (this.nodes[at + SEGMENT_KIND] & UNTERMINATED) === 0;
    return decodeJsonString(this.text.slice(this.nodes[at + START] + 1, this.nodes[at + END] - (closed ? 1 : 0)));
  }
}

function grow(nodes: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(nodes.length * 2);
  bigger.set(nodes);
  return bigger;
}

/**
 * Index past the container opening at `i`, counting brackets of either kind and stepping over strings. Only used to
 * skip a keyless value inside an object, so it need not be fast.
 */
function skipContainer(text: string, i: number): number {
  const n = text.length;
  let depth = 0;
  while (i < n) {
    const c = text.charCodeAt(i++);
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) return i;
    } else if (c === 34) {
      while (i < n) {
        const d = text.charCodeAt(i++);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    }
  }
  return n;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Decodes the content of a JSON string token (without its quotes). Never throws: an invalid escape keeps the escaped
 * character and a truncated \u escape keeps its text, so damaged documents still get a readable key.
 */
function decodeJsonString(raw: string): string {
  let backslash = raw.indexOf('\\');
  if (backslash === -1) return raw;
  let out = '';
  let from = 0;
  while (backslash !== -1) {
    out += raw.slice(from, backslash);
    const escaped = raw.charAt(backslash + 1);
    from = backslash + 2;
    if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(from, from + 4))) {
      // A surrogate pair arrives as two escapes; two UTF-16 units concatenated make the character.
      out += String.fromCharCode(parseInt(raw.slice(from, from + 4), 16));
      from += 4;
    } else {
      // \" \\ \/ and unknown escapes map to the escaped character; a lone trailing backslash is dropped.
      out += SIMPLE_ESCAPES[escaped] ?? escaped;
    }
    backslash = raw.indexOf('\\', from);
  }
  return out + raw.slice(from);
}
