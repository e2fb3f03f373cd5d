import { checkFeedUrl } from '../directory/check-feed-url';
import { isObject } from '../directory/narrow';
import { MAIN_SOURCE_ID } from '../directory/sources';
import { checkList, checkText } from './check-fields';
import type { Checked } from './checked';
import { problemAt } from './checked';
import type { DirectorySource } from './setting-types';

const MAX_SOURCES = 30;

/** The main feed's address, or empty for none. The same check as the settings page's feed field. */
export function validateFeedUrl(value: unknown, label = 'feedUrl'): Checked<string> {
  const text = checkText(value, label, { max: 2000 });
  if (!text.ok || text.value === '') return text;
  const problem = checkFeedUrl(text.value);
  return problem ? problemAt(problem) : text;
}

/** FNV-1a: a short stable hash, so a source listed without an id gets the same id every time it is read. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Extra feed sources, by address. Only feeds travel in a settings file or a policy: an imported file's services
 * live in this browser's database. A source without an id (a policy written by hand) gets one from its address.
 */
export function validateExtraSources(value: unknown): Checked<DirectorySource[]> {
  const list = checkList(value, 'The extra feed list', MAX_SOURCES);
  if (!list.ok) return list;
  const sources: DirectorySource[] = [];
  for (const [index, entry] of list.value.entries()) {
    const which = `Extra feed ${index + 1}`;
    if (!isObject(entry)) return problemAt(`${which} is not in the expected format.`, undefined, index);
    if (entry.kind !== undefined && entry.kind !== 'url') {
      return problemAt(`${which} is a file: import files again on the settings page instead.`, undefined, index);
    }
    const url = checkText(entry.url, `The address of ${which.toLowerCase()}`, { required: true, max: 2000, index });
    if (!url.ok) return url;
    const problem = checkFeedUrl(url.value);
    if (problem) return problemAt(`${which}: ${problem}`, 'url', index);
    const name = checkText(entry.name, `The name of ${which.toLowerCase()}`, { index });
    if (!name.ok) return name;
    const id =
      typeof entry.id === 'string' && /^[\w-]{1,60}$/.test(entry.id) && entry.id !== MAIN_SOURCE_ID
        ? entry.id
        : `src-${hashText(url.value)}`;
    sources.push({ id, name: name.value || new URL(url.value).host, kind: 'url', url: url.value });
  }
  return { ok: true, value: sources };
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The FHIR endpoint referrals are POSTed to, or empty for none. Patient details travel to it, so only https is
 * allowed, except http on this computer (127.0.0.1, localhost) for testing against a local server.
 */
export function validateFhirEndpoint(value: unknown, label = 'fhirEndpoint'): Checked<string> {
  const text = checkText(value, label, { max: 2000 });
  if (!text.ok || text.value === '') return text;
  let url: URL;
  try {
    url = new URL(text.value);
  } catch {
    return problemAt(`${label} must be a full web address starting with https://`);
  }
  if (url.username || url.password) return problemAt(`${label} must not have a user name or password in it.`);
  const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) {
    return problemAt(`${label} must start with https:// (http:// only for 127.0.0.1 or localhost, for testing).`);
  }
  return text;
}
