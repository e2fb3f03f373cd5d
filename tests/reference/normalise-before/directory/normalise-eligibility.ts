import { isObject, type JsonObject, list, num, text } from '../../../../utils/directory/narrow';
import { quoted, type ReportProblem } from '../../../../utils/directory/normalise-report';
import type { Service } from '../../../../utils/directory/service';
import { normaliseText } from './normalise-text';

const MAX_AGE = 120;
const PATH_SEPARATOR = '>';

/** An age from the record, or from the first eligibility entry that has one (ORUK v1 puts ages there). */
function rawAge(record: JsonObject, key: 'minimum_age' | 'maximum_age'): { value: unknown; field: string } {
  if (text(record[key]) !== undefined) return { value: record[key], field: key };
  const eligibilitys = list(record.eligibilitys);
  const index = eligibilitys.findIndex((e) => isObject(e) && text(e[key]) !== undefined);
  const found = eligibilitys[index];
  return isObject(found)
    ? { value: found[key], field: `eligibilitys[${index}].${key}` }
    : { value: undefined, field: key };
}

function age(record: JsonObject, key: 'minimum_age' | 'maximum_age', report: ReportProblem): number | undefined {
  const { value, field } = rawAge(record, key);
  if (text(value) === undefined) return undefined;
  const label = key === 'minimum_age' ? 'minimum age' : 'maximum age';
  const n = num(value);
  if (n === undefined) {
    report(field, `The ${label} ${quoted(String(value))} is not a number, so it was left out.`);
    return undefined;
  }
  if (n < 0 || n > MAX_AGE) {
    report(field, `The ${label} ${n} is outside 0 to ${MAX_AGE}, so it was left out.`);
    return undefined;
  }
  return n;
}

/**
 * Audience tags arrive as `{audienceType: "Dementia "}` (v1 `pc_targetAudience`) or `{eligibility: "Carers"}` (v1
 * `eligibilitys`), sometimes as a path ("Health > Dementia"): trim them and keep each part once, whatever its case. 3.0's
 * `eligibility_description` is a sentence, not tags, so it is not read here.
 */
function audiences(record: JsonObject): string[] {
  const raw = [...list(record.pc_targetAudience), ...list(record.eligibilitys)].map((entry) =>
    isObject(entry) ? normaliseText(entry.audienceType ?? entry.eligibility) : normaliseText(entry),
  );
  const unique = new Map<string, string>();
  for (const value of raw) {
    for (const part of value?.split(PATH_SEPARATOR) ?? []) {
      const audience = part.trim();
      if (audience && !unique.has(audience.toLowerCase())) unique.set(audience.toLowerCase(), audience);
    }
  }
  return [...unique.values()];
}

/** Ages (0 to 120, minimum not above maximum; otherwise reported and dropped) and audience tags. */
export function normaliseEligibility(record: JsonObject, report: ReportProblem): Service['eligibility'] {
  let minAge = age(record, 'minimum_age', report);
  let maxAge = age(record, 'maximum_age', report);
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
    report(
      rawAge(record, 'minimum_age').field,
      `The minimum age (${minAge}) is above the maximum age (${maxAge}), so both were left out.`,
    );
    minAge = undefined;
    maxAge = undefined;
  }
  return { minAge, maxAge, audiences: audiences(record) };
}
