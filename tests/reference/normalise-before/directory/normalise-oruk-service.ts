import type { FieldProblem, RecordProblem } from '../../../../utils/directory/import-report';
import { isObject, text } from '../../../../utils/directory/narrow';
import { normaliseDates } from '../../../../utils/directory/normalise-dates';
import { normaliseEmail } from '../../../../utils/directory/normalise-email';
import { count, type ReportProblem } from '../../../../utils/directory/normalise-report';
import { normaliseWebsite } from '../../../../utils/directory/normalise-website';
import type { Service } from '../../../../utils/directory/service';
import { normaliseAccess } from './normalise-access';
import { normaliseAttendance } from './normalise-attendance';
import { normaliseCost } from './normalise-cost';
import { normaliseDescription } from './normalise-description';
import { normaliseEligibility } from './normalise-eligibility';
import { normaliseLocations } from './normalise-locations';
import { findOversize } from './normalise-oversize';
import { normalisePhones } from './normalise-phones';
import { normaliseSchedules } from './normalise-schedules';
import { normaliseTaxonomy } from './normalise-taxonomy';
import { normaliseText } from './normalise-text';

const MAX_ID = 200;
const MAX_NAME = 250;
/** How much of an over-long id the report shows. */
const SHOWN_ID = 40;

/** A usable service with the fields that had to be dropped or cut, or why the whole record was not imported. */
export type NormaliseResult = { service: Service; fieldProblems: FieldProblem[] } | { problem: RecordProblem };

function reject(id: string, reason: string): NormaliseResult {
  return { problem: { id, reason } };
}

/**
 * One ORUK service record → a `Service`, or the reason it cannot be used. Reads ORUK v1 (list and detail records)
 * and ORUK/HSDS 3.0 in the same pass, field by field, because real feeds mix the two. Every text field is stripped
 * of HTML. Fields that are wrong but not fatal (a `javascript:` website, latitude 100) are dropped and reported in
 * `fieldProblems`, in plain words for the feed's maintainers. `needs`, `needEvidence` and `thin` are left to later
 * steps.
 */
export function normaliseOrukService(record: unknown, sourceId: string, now = Date.now()): NormaliseResult {
  if (!isObject(record)) return reject('(none)', 'The record is not an object.');
  const feedId = text(record.id);
  if (!feedId) return reject('(none)', 'The record has no id.');
  if (feedId.length > MAX_ID) {
    return reject(
      `${feedId.slice(0, SHOWN_ID)}…`,
      `The record's id is ${count(feedId.length)} characters long (the limit is ${MAX_ID}).`,
    );
  }
  const oversize = findOversize(record);
  if (oversize) {
    const size = Number.isFinite(oversize.length) ? `is ${count(oversize.length)} characters long` : 'nests too deep';
    return reject(feedId, `The record's ${oversize.field} ${size}; it looks broken.`);
  }
  const name = normaliseText(record.name);
  if (!name) return reject(feedId, 'The service has no name.');
  if (name.length > MAX_NAME) {
    return reject(feedId, `The service name is ${count(name.length)} characters long (the limit is ${MAX_NAME}).`);
  }

  const fieldProblems: FieldProblem[] = [];
  const report: ReportProblem = (field, reason) => fieldProblems.push({ id: feedId, field, reason });
  const organisation = isObject(record.organization) ? normaliseText(record.organization.name) : undefined;
  const locations = normaliseLocations(record, report);
  const service: Service = {
    id: `${sourceId}:${feedId}`,
    feedId,
    sourceId,
    name,
    organisation,
    description: normaliseDescription(record.description, report),
    website: normaliseWebsite(record.url, report),
    email: normaliseEmail(record.email, report),
    phones: normalisePhones(record),
    locations,
    schedules: normaliseSchedules(record),
    eligibility: normaliseEligibility(record, report),
    cost: normaliseCost(record),
    attendance: normaliseAttendance(record, locations.length > 0),
    access: normaliseAccess(record),
    taxonomy: normaliseTaxonomy(record),
    status: text(record.status)?.toLowerCase() ?? 'active',
    ...normaliseDates(record, now, report),
    needs: [],
    needEvidence: [],
  };
  return { service, fieldProblems };
}
