import type { FieldProblem, RecordProblem } from '../../../../utils/directory/import-report';
import type { Service } from '../../../../utils/directory/service';
import { inferNeeds } from '../needs/infer-needs';
import { normaliseOrukService } from './normalise-oruk-service';

/** A feed's records as services, with everything that was skipped, cut or merged on the way. */
export interface NormalisedFeed {
  services: Service[];
  rejected: RecordProblem[];
  problems: FieldProblem[];
  /** Feed ids of identical repeated records, merged into one. */
  merged: string[];
}

/** Normalises records as they arrive, page by page, with the dedupe state kept across pages. */
export interface RecordNormaliser {
  /** Normalises a page; answers the services it added (not the rejected or merged), for staging as they come. */
  add(records: unknown[]): Service[];
  finish(): NormalisedFeed;
}

/**
 * A 53-bit fingerprint of a record's JSON (cyrb53), so a repeated id can be told identical or different without
 * keeping every raw record of the feed in memory. Two different records sharing an id and a fingerprint would be
 * one chance in about 9 × 10^15; the first record is kept either way, only the report's wording would differ.
 */
export function fingerprint(record: unknown): number {
  const text = JSON.stringify(record) ?? '';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // Two UTF-16 units per step (a 32-bit word): half the steps of hashing one unit at a time. An odd last unit is
  // hashed alone, and the length is mixed in at the end, so "ab" + "" and "a" + "b…" cannot collide by framing.
  const even = text.length & ~1;
  for (let i = 0; i < even; i += 2) {
    const word = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    h1 = Math.imul(h1 ^ word, 2654435761);
    h2 = Math.imul(h2 ^ word, 1597334677);
  }
  if (even < text.length) {
    h1 = Math.imul(h1 ^ text.charCodeAt(even), 2654435761);
    h2 = Math.imul(h2 ^ text.charCodeAt(even), 1597334677);
  }
  h1 = Math.imul(h1 ^ text.length, 2654435761);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Normalises every record and infers its needs. A repeated id is merged when the records are identical (feeds that
 * list a service under two categories do this) and rejected when they differ: guessing which one is right would
 * send a patient to the wrong place. With `keep: false` (an import, which stages each page's services as they come)
 * `finish` answers no services, so memory does not grow with the feed.
 */
export function createRecordNormaliser(sourceId: string, now = Date.now(), keep = true): RecordNormaliser {
  const services: Service[] = [];
  const rejected: RecordProblem[] = [];
  const problems: FieldProblem[] = [];
  const merged: string[] = [];
  const firstRecord = new Map<string, number>();
  return {
    add(records) {
      const added: Service[] = [];
      for (const record of records) {
        const result = normaliseOrukService(record, sourceId, now);
        if ('problem' in result) {
          rejected.push(result.problem);
          continue;
        }
        const { service } = result;
        const previous = firstRecord.get(service.id);
        if (previous !== undefined) {
          if (previous === fingerprint(record)) merged.push(service.feedId);
          else rejected.push({ id: service.feedId, reason: 'Another, different record already has this id.' });
          continue;
        }
        firstRecord.set(service.id, fingerprint(record));
        const { needs, evidence } = inferNeeds(service);
        service.needs = needs;
        service.needEvidence = evidence;
        for (const problem of result.fieldProblems) problems.push(problem);
        added.push(service);
        if (keep) services.push(service);
      }
      return added;
    },
    finish: () => ({ services, rejected, problems, merged }),
  };
}

/** Normalises a whole feed at once (the command-line tools, tests). */
export function normaliseRecords(records: unknown[], sourceId: string, now = Date.now()): NormalisedFeed {
  const normaliser = createRecordNormaliser(sourceId, now);
  normaliser.add(records);
  return normaliser.finish();
}
