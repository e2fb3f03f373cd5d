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

/** A warning's test and message, in the order the report lists them. */
const WARNINGS: [string, string, (service: Service, now: number) => boolean][] = [
  ['neverAssured', 'Never assured: no assured date.', (s) => !s.assuredDate],
  [
    'assuredOverAYearAgo',
    'Last assured more than a year ago.',
    (s, now) => s.assuredDate !== undefined && now - Date.parse(s.assuredDate) > YEAR_MS,
  ],
  ['emptyDescription', 'No description.', (s) => s.description === ''],
  ['notActive', 'Not active: hidden from searches by default.', (s) => s.status !== 'active'],
  ['noContact', 'No website, email or phone number.', (s) => !s.website && !s.email && s.phones.length === 0],
  ['noNeed', 'No need recognised: found only by words in its name or text.', (s) => s.needs.length === 0],
];

const COVERAGE: [string, (service: Service) => boolean][] = [
  ['website', (s) => Boolean(s.website)],
  ['email', (s) => Boolean(s.email)],
  ['phone', (s) => s.phones.length > 0],
  ['location', (s) => s.locations.length > 0],
  ['postcode', (s) => s.locations.some((l) => l.postcode)],
  ['coordinates', (s) => s.locations.some((l) => l.lat !== undefined)],
  ['schedule', (s) => s.schedules.length > 0],
  ['ageRange', (s) => s.eligibility.minAge !== undefined || s.eligibility.maxAge !== undefined],
  ['audiences', (s) => s.eligibility.audiences.length > 0],
  ['cost', (s) => s.cost.free !== undefined || Boolean(s.cost.text)],
  ['taxonomy', (s) => s.taxonomy.length > 0],
  ['assured', (s) => Boolean(s.assuredDate)],
];

/** What the report says about the feed as a whole, beside the counts taken from its services. */
interface ReportInput {
  format: FeedFormat;
  source: string;
  records: number;
  rejected: RecordProblem[];
  problems: FieldProblem[];
  /** Feed ids of records that appeared more than once with identical content. */
  merged: string[];
}

/**
 * Counts services into a report as they are normalised, page by page, so an import never has to keep every service
 * in memory to report on them.
 */
export function createReportTally(now = Date.now()) {
  const warnings = WARNINGS.map(([key, message]) => ({ key, message, count: 0, ids: [] as string[] }));
  const coverage = new Map(COVERAGE.map(([key]) => [key, 0]));
  const needs: Record<string, number> = {};
  let services = 0;
  return {
    add(batch: Iterable<Service>): void {
      for (const service of batch) {
        services++;
        WARNINGS.forEach(([, , test], i) => {
          const entry = warnings[i];
          if (!entry || !test(service, now)) return;
          entry.count++;
          if (entry.ids.length < LISTED_IDS) entry.ids.push(service.feedId);
        });
        for (const [key, test] of COVERAGE) if (test(service)) coverage.set(key, (coverage.get(key) ?? 0) + 1);
        for (const need of service.needs) needs[need] = (needs[need] ?? 0) + 1;
      }
    },
    get services(): number {
      return services;
    },
    report(input: ReportInput): ImportReport {
      const candidates: [string, ReportWarning][] = [
        ...warnings.map(({ key, count, message, ids }): [string, ReportWarning] => [key, { count, message, ids }]),
        [
          'exactDuplicatesMerged',
          {
            count: input.merged.length,
            message: 'Identical records that appeared more than once, merged into one.',
            ids: input.merged.slice(0, LISTED_IDS),
          },
        ],
      ];
      return {
        format: input.format,
        source: input.source,
        records: input.records,
        services,
        rejected: input.rejected,
        problems: input.problems,
        warnings: Object.fromEntries(candidates.filter(([, entry]) => entry.count > 0)),
        coverage: Object.fromEntries(coverage),
        needs: Object.fromEntries(Object.entries(needs).sort((a, b) => b[1] - a[1])),
      };
    },
  };
}

/** Counts what a normalised feed is made of and what is missing, in words a feed maintainer can act on. */
export function buildImportReport(input: ReportInput & { services: Service[]; now?: number }): ImportReport {
  const tally = createReportTally(input.now);
  tally.add(input.services);
  return tally.report(input);
}
