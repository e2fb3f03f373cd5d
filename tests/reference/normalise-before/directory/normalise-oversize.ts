import { DEFAULT_LIMITS } from '../../../../utils/directory/limits';
import type { JsonObject } from '../../../../utils/directory/narrow';
import { stripHtml } from './strip-html';

/** Longer than this, a feed string is taken to be broken rather than long. */
const MAX_STRING = DEFAULT_LIMITS.fieldChars;
/** Beyond this even HTML is not looked into: the string is treated as broken without stripping it. */
const MAX_HTML = 1_000_000;
/** Real records nest about six levels; far deeper JSON is broken and could exhaust the stack. */
const MAX_DEPTH = 32;

/** The first string in a record too long to be real, and where it is (`service_at_locations[0].location.name`). */
export interface Oversize {
  field: string;
  /** The string's length in characters, or Infinity when the record nests deeper than any real one. */
  length: number;
}

/**
 * Walks a record for a string too long to be real. Strings are measured as text: a description may carry inline
 * base64 images in its HTML (a real Bristol record has 145,000 characters of markup around 1,300 of text), and
 * those are no reason to drop the service. Walks rather than measuring `JSON.stringify`, which would copy every
 * record once more; the path is only built for the string that is found.
 */
export function findOversize(record: JsonObject): Oversize | undefined {
  const found = walk(record, 0);
  return found && { field: found.field.startsWith('.') ? found.field.slice(1) : found.field, length: found.length };
}

function walk(value: unknown, depth: number): Oversize | undefined {
  if (typeof value === 'string') return tooLong(value) ? { field: '', length: value.length } : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > MAX_DEPTH) return { field: '', length: Number.POSITIVE_INFINITY };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = walk(value[i], depth + 1);
      if (found) return { field: `[${i}]${found.field}`, length: found.length };
    }
    return undefined;
  }
  // for…in rather than Object.entries: no array per object, and parsed JSON has no inherited keys.
  for (const key in value) {
    const found = walk((value as JsonObject)[key], depth + 1);
    if (found) return { field: `.${key}${found.field}`, length: found.length };
  }
  return undefined;
}

function tooLong(value: string): boolean {
  if (value.length <= MAX_STRING) return false;
  if (value.length > MAX_HTML || !value.includes('<')) return true;
  return stripHtml(value).length > MAX_STRING;
}
