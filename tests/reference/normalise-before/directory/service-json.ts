import type { Service } from '../../../../utils/directory/service';

const ANY_WIDE = /[\u0100-\uffff]/;

/**
 * A service as JSON with every character past Latin-1 written as `\uXXXX`: a string with even one such character
 * (a curly quote) is stored two bytes a character, so escaping them halves what IndexedDB writes. JSON.parse reads
 * it back. This is how services are stored (utils/db/service-chunks.ts) and how the import worker hands them over:
 * a page of strings crosses a MessageChannel for a fraction of what cloning the objects costs.
 */
export function serviceJson(service: Service): string {
  return latin1Json(service);
}

/**
 * Any value as JSON in one byte a character (past Latin-1 written `\uXXXX`), which JSON.parse reads back the same:
 * IndexedDB and structured clone copy such a string at half the bytes (the cards beside the search index too).
 */
export function latin1Json(value: unknown): string {
  const json = JSON.stringify(value);
  const first = json.search(ANY_WIDE);
  if (first < 0) return json;
  // By hand from the first wide character: a replace calling a function per match was most of this function's time.
  let escaped = '';
  let from = 0;
  for (let i = first; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code <= 0xff) continue;
    escaped += `${json.slice(from, i)}\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return escaped + json.slice(from);
}
