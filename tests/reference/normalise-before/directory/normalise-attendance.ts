import { isObject, type JsonObject, list } from '../../../../utils/directory/narrow';
import type { Attendance } from '../../../../utils/directory/service';
import { normaliseText } from './normalise-text';

// Words feeds use for each way of attending. v1 `attending_type` is a short list ("Venue, Phone"); 3.0 puts a
// sentence in each schedule's `attending_type` ("in-person or remotely via video conferencing").
const WORDS: [Attendance, RegExp][] = [
  ['venue', /\b(venue|in[- ]person|face[- ]to[- ]face|on[- ]site)\b/i],
  ['phone', /\b(tele)?phones?\b/i],
  ['online', /\b(online|video|remotely|remote|virtual(ly)?|web ?chat|internet)\b/i],
  ['home visit', /\bhome[- ]visits?\b/i],
];

function scheduleTexts(record: JsonObject): unknown[] {
  const schedules = [...list(record.schedules)];
  for (const sal of list(record.service_at_locations)) {
    if (isObject(sal)) for (const schedule of list(sal.schedules)) schedules.push(schedule);
  }
  return schedules.map((schedule) => (isObject(schedule) ? schedule.attending_type : undefined));
}

function isVirtual(sal: unknown): boolean {
  return isObject(sal) && isObject(sal.location) && sal.location.location_type === 'virtual';
}

/**
 * How a person can reach the service, from v1 `attending_type`, 3.0 schedules' `attending_type` wording, and its
 * locations: a place to go implies 'venue', a 3.0 virtual location implies 'online'.
 */
export function normaliseAttendance(record: JsonObject, hasVenue: boolean): Attendance[] {
  const texts = [record.attending_type, ...scheduleTexts(record)].flatMap((value) => normaliseText(value) ?? []);
  const found = new Set<Attendance>(WORDS.filter(([, words]) => texts.some((t) => words.test(t))).map(([a]) => a));
  if (hasVenue) found.add('venue');
  if (list(record.service_at_locations).some(isVirtual)) found.add('online');
  return WORDS.map(([attendance]) => attendance).filter((attendance) => found.has(attendance));
}
