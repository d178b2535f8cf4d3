/**
 * Offset -> JSON path for hovers in read-only result documents. A result can be 5 MB of pretty-printed JSON and a
 * hover must answer in well under a millisecond, so the text is scanned once into a flat node table (typed arrays,
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

// Node kinds, stored in a Uint8Array. Plain numbers rather than an enum so the scanner compares small integers.
const KEY = 0;
const OBJECT = 1;
const ARRAY = 2;
const STRING = 3;
const NUMBER = 4;
const BOOLEAN = 5;
const NULL = 6;
/** Flag on KEY/STRING nodes whose closing quote is missing (damaged text): the content runs to the node's end. */
const UNTERMINATED = 0x80;
const KIND_MASK = 0x7f;

const VALUE_TYPES: readonly JsonValueType[] = ['null', 'object', 'array', 'string', 'number', 'boolean', 'null'];

/** Node table arrays are sized from the text (pretty-printed X responses hold a node every ~15 characters). */
const CHARS_PER_NODE_GUESS = 16;

/**
 * A one-pass index of JSON text for locating the token under an offset.
 *
 * Offsets between tokens (whitespace, commas, colons, brackets) answer the innermost container that encloses them,
 * as a 'value' location spanning the whole container: a hover there is "somewhere in this object", and the container
 * is what a field doc can describe. Offsets outside the top-level value answer undefined.
 *
 * Damaged text never throws. The scanner keeps what it can: unclosed containers end at the end of the text, an
 * unterminated string ends at its line's end, stray characters are skipped, a value without a key inside an object is
 * skipped (it has no path). Text that does not start with a JSON value (a stub such as "This result has expired")
 * indexes nothing, and so does a primitive top-level value followed by anything but whitespace.
 */
export class JsonIndex {
  /** Number of nodes (keys and values) in the table. */
  readonly nodeCount: number;

  private constructor(
    private readonly text: string,
    nodeCount: number,
    // Per node, in document order (so `starts` is ascending): token span, container, kind.
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly parents: Int32Array,
    // Array element: its index. Object member value: the node index of its key. Key or root: -1.
    private readonly segments: Int32Array,
    private readonly kinds: Uint8Array,
  ) {
    this.nodeCount = nodeCount;
  }

  /** Scans `text` once. Linear in its length; never throws. */
  static build(text: string): JsonIndex {
    const n = text.length;
    let capacity = Math.max(64, (n / CHARS_PER_NODE_GUESS) | 0);
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let parents = new Int32Array(capacity);
    let segments = new Int32Array(capacity);
    let kinds = new Uint8Array(capacity);
    let count = 0;

    // The open container and its member state live in locals; enclosing ones are saved on `saved` as pairs.
    let parent = -1;
    let parentIsArray = false;
    // Array: index of the next element. Object: the key node waiting for its value, or -1 when a key is expected.
    let member = -1;
    const saved: number[] = [];
    // Index of the next '\n' at or after the scan position, so an unterminated string can stop at its line's end
    // without searching for the newline on every string (amortised: it moves forward only).
    let nextNewline = -1;
    let i = 0;

    while (i < n) {
      const c = text.charCodeAt(i);
      // Whitespace (any control character, tolerantly) dominates pretty-printed text: test it first.
      if (c <= 32) {
        i++;
        continue;
      }

      let isValueStart = true;
      switch (c) {
        case 34: // "
        case 123: // {
        case 91: // [
        case 45: // -
        case 116: // t
        case 102: // f
        case 110: // n
          break;
        default:
          isValueStart = c >= 48 && c <= 57;
      }

      if (!isValueStart) {
        if (parent === -1) break; // Not JSON at the top level (a stub text, or trailing text): stop.
        if (c === 44) {
          // ',' ends a member: a key still waiting for a value is abandoned.
          if (!parentIsArray) member = -1;
        } else if (c === 125 || c === 93) {
          // '}' or ']'
          const wanted = c === 125 ? OBJECT : ARRAY;
          if (kinds[parent] !== wanted) {
            // Mismatched closer: close the open containers up to one of the wanted kind, or skip it if none.
            let depth = saved.length - 2;
            while (depth >= 0 && kinds[saved[depth]] !== wanted) depth -= 2;
            if (depth < 0) {
              i++;
              continue;
            }
            while (kinds[parent] !== wanted) {
              ends[parent] = i;
              member = saved.pop()!;
              parent = saved.pop()!;
              parentIsArray = parent !== -1 && kinds[parent] === ARRAY;
            }
          }
          ends[parent] = i + 1;
          member = saved.pop()!;
          parent = saved.pop()!;
          i++;
          if (parent === -1) break; // The top-level value is complete; anything after it is not ours.
          parentIsArray = kinds[parent] === ARRAY;
          continue;
        }
        // ':' needs no state (a key already waits for its value); anything else is a stray character.
        i++;
        continue;
      }

      // A value (or a key) starts at i. Work out what holds it before recording anything.
      let segment = -1;
      let kind: number;
      if (parent === -1) {
        if (count > 0) break; // A second top-level value: not ours.
      } else if (parentIsArray) {
        segment = member++;
      } else if (member >= 0) {
        segment = member;
        member = -1;
      } else if (c !== 34) {
        // A value where a key belongs has no path; skip it whole so its brackets cannot unbalance ours.
        i = c === 123 || c === 91 ? skipContainer(text, i) : i + 1;
        continue;
      } else {
        segment = -2; // Marks "this string is a key".
      }

      if (count === capacity) {
        capacity *= 2;
        starts = grow(starts, capacity);
        ends = grow(ends, capacity);
        parents = grow(parents, capacity);
        segments = grow(segments, capacity);
        const k = new Uint8Array(capacity);
        k.set(kinds);
        kinds = k;
      }

      let end: number;
      if (c === 34) {
        // String: the closing quote is the next '"' not preceded by an odd run of backslashes. indexOf beats a
        // charCodeAt loop here, and strings are most of an X response's bytes.
        kind = STRING;
        let q = text.indexOf('"', i + 1);
        while (q !== -1) {
          let b = q - 1;
          while (text.charCodeAt(b) === 92) b--;
          if (((q - 1 - b) & 1) === 0) break;
          q = text.indexOf('"', q + 1);
        }
        if (nextNewline <= i) {
          nextNewline = text.indexOf('\n', i);
          if (nextNewline === -1) nextNewline = n;
        }
        if (q !== -1 && q < nextNewline) {
          end = q + 1;
        } else {
          end = nextNewline > i + 1 && text.charCodeAt(nextNewline - 1) === 13 ? nextNewline - 1 : nextNewline;
          kind |= UNTERMINATED;
        }
        if (segment === -2) {
          kind = (kind & UNTERMINATED) | KEY;
          segment = -1;
          member = count; // This key now waits for its value.
        }
      } else if (c === 123 || c === 91) {
        kind = c === 123 ? OBJECT : ARRAY;
        end = n; // Until the closing bracket says otherwise (an unclosed container runs to the end of the text).
        saved.push(parent, member);
        starts[count] = i;
        ends[count] = end;
        parents[count] = parent;
        segments[count] = segment;
        kinds[count] = kind;
        parent = count++;
        parentIsArray = kind === ARRAY;
        member = parentIsArray ? 0 : -1;
        i++;
        continue;
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        // Number: a run of number characters, not validated (the text came from JSON.parse-able responses).
        kind = NUMBER;
        end = i + 1;
        while (end < n) {
          const d = text.charCodeAt(end);
          if ((d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45) end++;
          else break;
        }
      } else {
        // true, false or null, spelled exactly; otherwise a stray letter.
        end = literalEnd(text, i, c);
        if (end < 0) {
          if (parent === -1) break;
          if (!parentIsArray) member = segment; // Give the key back its turn.
          else member--;
          i++;
          continue;
        }
        kind = c === 110 ? NULL : BOOLEAN;
      }

      starts[count] = i;
      ends[count] = end;
      parents[count] = parent;
      segments[count] = segment;
      kinds[count] = kind;
      count++;
      i = end;
      if (parent === -1) {
        // A primitive top-level value counts only when nothing but whitespace follows: "404 page not found" is a
        // stub, not the number 404.
        while (i < n && text.charCodeAt(i) <= 32) i++;
        if (i < n) count = 0;
        break;
      }
    }

    // Containers still open at the end of the text keep end = n, set when they were opened.
    return new JsonIndex(text, count, starts, ends, parents, segments, kinds);
  }

  /**
   * The token under `offset` (a UTF-16 offset into the text): a key or primitive value token containing it, else the
   * innermost container enclosing it, else undefined. O(log n + depth).
   */
  locate(offset: number): JsonLocation | undefined {
    const count = this.nodeCount;
    const starts = this.starts;
    // `!(offset >= 0)` also turns NaN away.
    if (count === 0 || !(offset >= 0) || offset < starts[0]) return undefined;
    // The last node starting at or before the offset. If it does not contain the offset, the innermost node that does
    // is one of its ancestors: nodes nest, and one starting inside that ancestor would start after it.
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    let node = lo;
    while (node !== -1 && this.ends[node] <= offset) node = this.parents[node];
    if (node === -1) return undefined;

    const kind = this.kinds[node] & KIND_MASK;
    const location: JsonLocation = {
      path: this.pathOf(node),
      kind: kind === KEY ? 'key' : 'value',
      start: starts[node],
      end: this.ends[node],
      valueType: VALUE_TYPES[kind === KEY ? this.valueKindOfKey(node) : kind],
    };
    if (kind === STRING) location.stringValue = this.stringContent(node);
    return location;
  }

  /** Path segments from the root to `node`; for a key, to the property it names. */
  private pathOf(node: number): JsonPathSegment[] {
    const path: JsonPathSegment[] = [];
    let current = node;
    if ((this.kinds[current] & KIND_MASK) === KEY) {
      path.push(this.stringContent(current));
      current = this.parents[current];
    }
    for (let up = this.parents[current]; up !== -1; current = up, up = this.parents[up]) {
      const segment = this.segments[current];
      path.push(this.kinds[up] === ARRAY ? segment : this.stringContent(segment));
    }
    return path.reverse();
  }

  /** A key's value is the node right after it (document order) when that node names the key as its segment. */
  private valueKindOfKey(key: number): number {
    const next = key + 1;
    return next < this.nodeCount && this.segments[next] === key && this.parents[next] === this.parents[key]
      ? this.kinds[next] & KIND_MASK
      : NULL;
  }

  /** The decoded content of a key or string node, tolerant of a missing closing quote. */
  private stringContent(node: number): string {
    const closed = (this.kinds[node] & UNTERMINATED) === 0;
    return decodeJsonString(this.text.slice(this.starts[node] + 1, this.ends[node] - (closed ? 1 : 0)));
  }
}

function grow(array: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}

/** End of the literal true/false/null starting at `i` (first char `c`), or -1 if the text spells something else. */
function literalEnd(text: string, i: number, c: number): number {
  const word = c === 116 ? 'true' : c === 102 ? 'false' : 'null';
  return text.startsWith(word, i) ? i + word.length : -1;
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
        else if (d === 34 || d === 10) break;
      }
    }
  }
  return n;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Decodes the content of a JSON string token (without its quotes). Never throws: an invalid escape keeps the escaped
 * character, a truncated \u escape keeps its text, so damaged documents still get a readable key.
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
    if (escaped === 'u') {
      const hex = raw.slice(backslash + 2, backslash + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        out += String.fromCharCode(parseInt(hex, 16));
        from = backslash + 6;
      } else {
        out += 'u';
      }
    } else {
      // \" \\ \/ map to themselves, like any unknown escape; a lone trailing backslash is dropped.
      out += SIMPLE_ESCAPES[escaped] ?? escaped;
    }
    backslash = raw.indexOf('\\', from);
  }
  return from < raw.length ? out + raw.slice(from) : out;
}
