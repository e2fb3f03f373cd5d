/**
 * A 53-bit fingerprint of a record (cyrb53 over its values), so a repeated id can be told identical or different
 * without keeping every raw record of the feed in memory. Two records get the same fingerprint when `JSON.stringify`
 * would write them the same (keys in order, values equal; keys whose value JSON leaves out are skipped), else a
 * different one but for one chance in about 9 × 10^15; the first record is kept either way, only the report's
 * wording would differ. The record is walked rather than written out as JSON and hashed: at 50,000 records that
 * copy of the feed (124 MB of text) was most of the cost.
 */
export function fingerprint(record: unknown): number {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
  value(record);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

let h1 = 0;
let h2 = 0;

/** Tags for each kind of value, so framing cannot collide ("ab" + "" against "a" + "b", a string against a number). */
const STRING = 1;
const NUMBER = 2;
const TRUE = 3;
const FALSE = 4;
const NULL = 5;
const ARRAY = 6;
const OBJECT = 7;
const END = 8;

function mix(word: number): void {
  h1 = Math.imul(h1 ^ word, 2654435761);
  h2 = Math.imul(h2 ^ word, 1597334677);
}

/** The text's length, then two UTF-16 units per step (a 32-bit word), an odd last unit alone. */
function text(value: string): void {
  mix(value.length);
  const even = value.length & ~1;
  for (let i = 0; i < even; i += 2) mix(value.charCodeAt(i) | (value.charCodeAt(i + 1) << 16));
  if (even < value.length) mix(value.charCodeAt(even));
}

/** Whether JSON leaves this value out of an object (and writes null for it in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function value(item: unknown): void {
  if (typeof item === 'string') {
    mix(STRING);
    text(item);
  } else if (typeof item === 'number') {
    if (Number.isFinite(item)) {
      mix(NUMBER);
      text(String(item));
    } else mix(NULL);
  } else if (typeof item === 'boolean') mix(item ? TRUE : FALSE);
  else if (item === null || omitted(item)) mix(NULL);
  else if (Array.isArray(item)) {
    mix(ARRAY);
    mix(item.length);
    for (const each of item) value(each);
  } else if (typeof item === 'object') {
    mix(OBJECT);
    // for…in: no array per object, and records are plain objects (parsed JSON or rows read from CSV).
    for (const key in item) {
      const each = (item as Record<string, unknown>)[key];
      if (omitted(each)) continue;
      text(key);
      value(each);
    }
    mix(END);
  } else mix(NULL);
}
