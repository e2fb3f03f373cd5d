import type { FeedFormat, FieldProblem, RecordProblem } from './import-report';
import type { Service } from './service';

/** One kind of warning: how many services, a message, and the first few feed ids so a maintainer can look. */
export interface ReportWarning {
  count: number;
  message: string;
  ids: string[];
}

/** What an import found, for the side panel, the settings page and `npm run directory -- check`. */
export interface ImportReport {
  format: FeedFormat;
  /** The feed address or file name. */
  source: string;
  /** Records in the feed. */
  records: number;
  /** Services imported. */
  services: number;
  /** Records skipped, by feed id, with the reason. */
  rejected: RecordProblem[];
  /** Fields left out or cut from records that were still imported. */
  problems: FieldProblem[];
  warnings: Record<string, ReportWarning>;
  /** How many imported services carry each kind of detail. */
  coverage: Record<string, number>;
  /** How many services meet each need (from taxonomy or inferred). */
  needs: Record<string, number>;
  /** Pages read from a feed address. */
  pages?: number;
  /** Why paging stopped before the feed said it ended (a cap, a repeated or unreadable page); pages read were kept. */
  stopped?: string;
  /** The limits the import ran under, in words. */
  limits?: string;
}

const LISTED_IDS = 20;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

function warning(services: Service[], message: string): ReportWarning {
  return { count: services.length, message, ids: services.slice(0, LISTED_IDS).map((service) => service.feedId) };
}

/** Counts what a normalised feed is made of and what is missing, in words a feed maintainer can act on. */
export function buildImportReport(input: {
  format: FeedFormat;
  source: string;
  records: number;
  services: Service[];
  rejected: RecordProblem[];
  problems: FieldProblem[];
  /** Feed ids of records that appeared more than once with identical content. */
  merged: string[];
  now?: number;
}): ImportReport {
  const { services, now = Date.now() } = input;
  const where = (test: (service: Service) => boolean) => services.filter(test);
  const stale = (service: Service) =>
    service.assuredDate !== undefined && now - Date.parse(service.assuredDate) > YEAR_MS;
  const candidates: [string, ReportWarning][] = [
    [
      'neverAssured',
      warning(
        where((s) => !s.assuredDate),
        'Never assured: no assured date.',
      ),
    ],
    ['assuredOverAYearAgo', warning(where(stale), 'Last assured more than a year ago.')],
    [
      'emptyDescription',
      warning(
        where((s) => s.description === ''),
        'No description.',
      ),
    ],
    [
      'notActive',
      warning(
        where((s) => s.status !== 'active'),
        'Not active: hidden from searches by default.',
      ),
    ],
    [
      'noContact',
      warning(
        where((s) => !s.website && !s.email && s.phones.length === 0),
        'No website, email or phone number.',
      ),
    ],
    [
      'noNeed',
      warning(
        where((s) => s.needs.length === 0),
        'No need recognised: found only by words in its name or text.',
      ),
    ],
    [
      'exactDuplicatesMerged',
      {
        count: input.merged.length,
        message: 'Identical records that appeared more than once, merged into one.',
        ids: input.merged.slice(0, LISTED_IDS),
      },
    ],
  ];
  const needs: Record<string, number> = {};
  for (const service of services) for (const need of service.needs) needs[need] = (needs[need] ?? 0) + 1;
  return {
    format: input.format,
    source: input.source,
    records: input.records,
    services: services.length,
    rejected: input.rejected,
    problems: input.problems,
    warnings: Object.fromEntries(candidates.filter(([, entry]) => entry.count > 0)),
    coverage: {
      website: where((s) => Boolean(s.website)).length,
      email: where((s) => Boolean(s.email)).length,
      phone: where((s) => s.phones.length > 0).length,
      location: where((s) => s.locations.length > 0).length,
      postcode: where((s) => s.locations.some((l) => l.postcode)).length,
      coordinates: where((s) => s.locations.some((l) => l.lat !== undefined)).length,
      schedule: where((s) => s.schedules.length > 0).length,
      ageRange: where((s) => s.eligibility.minAge !== undefined || s.eligibility.maxAge !== undefined).length,
      audiences: where((s) => s.eligibility.audiences.length > 0).length,
      cost: where((s) => s.cost.free !== undefined || Boolean(s.cost.text)).length,
      taxonomy: where((s) => s.taxonomy.length > 0).length,
      assured: where((s) => Boolean(s.assuredDate)).length,
    },
    needs: Object.fromEntries(Object.entries(needs).sort((a, b) => b[1] - a[1])),
  };
}
