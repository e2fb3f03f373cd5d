import type { DirectorySource } from './setting-types';

/**
 * The sources in use plus the feeds in `incoming` that are not yet among them (same address). Nothing is removed:
 * a source's services sit in the database, and only the settings page's Remove takes them out with it. A clashing
 * id gets a suffix so two feeds never share services.
 */
export function mergeSources(current: DirectorySource[], incoming: DirectorySource[]): DirectorySource[] {
  const merged = [...current];
  for (const source of incoming) {
    if (merged.some((known) => known.kind === 'url' && known.url === source.url)) continue;
    let id = source.id;
    for (let n = 2; merged.some((known) => known.id === id); n++) id = `${source.id}-${n}`;
    merged.push({ ...source, id });
  }
  return merged;
}
