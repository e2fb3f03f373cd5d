import type { Service } from './service';

const WIDE = /[\u0100-\uffff]/g;
const ANY_WIDE = /[\u0100-\uffff]/;

/**
 * A service as JSON with every character past Latin-1 written as `\uXXXX`: a string with even one such character
 * (a curly quote) is stored two bytes a character, so escaping them halves what IndexedDB writes. JSON.parse reads
 * it back. This is how services are stored (utils/db/service-chunks.ts) and how the import worker hands them over:
 * a page of strings crosses a MessageChannel for a fraction of what cloning the objects costs.
 */
export function serviceJson(service: Service): string {
  const json = JSON.stringify(service);
  return ANY_WIDE.test(json) ? json.replace(WIDE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
