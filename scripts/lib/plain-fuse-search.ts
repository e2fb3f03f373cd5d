import Fuse from 'fuse.js';
import type { Service } from '../../utils/directory/service';

/** A ranked search result; lower score is better (fuse.js's convention). */
export interface ServiceResult {
  service: Service;
  score: number;
}

export type ServiceSearch = (query: string, limit?: number) => ServiceResult[];

/**
 * Typo-tolerant search over a directory. The baseline the need search is measured against (`npm run eval`, `npm run bench`): fuse.js over names, organisations, audiences and
 * descriptions, the way a first version would do it.
 */
export function createServiceSearch(services: Service[]): ServiceSearch {
  const fuse = new Fuse(services, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'organisation', weight: 1 },
      { name: 'eligibility.audiences', weight: 1 },
      { name: 'description', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 2,
  });
  const byName = [...services].sort((a, b) => a.name.localeCompare(b.name));
  return (query, limit = 50) => {
    const trimmed = query.trim();
    if (trimmed === '') return byName.slice(0, limit).map((service) => ({ service, score: 1 }));
    return fuse.search(trimmed, { limit }).map((hit) => ({ service: hit.item, score: hit.score ?? 1 }));
  };
}
