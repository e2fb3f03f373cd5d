import { isObject, type JsonObject, list } from '../../../../utils/directory/narrow';
import { normaliseText } from './normalise-text';

// The HSDS 3.0 CSV example quotes its numbers twice ("\"+44 1234 234567\""), so quotes survive JSON conversion.
const STRAY_QUOTES = /^["'“”‘’\s]+|["'“”‘’\s]+$/g;
const NOT_DIGIT = /\D/g;

function numbers(phones: unknown): unknown[] {
  return list(phones).map((phone) => (isObject(phone) ? phone.number : phone));
}

function contactNumbers(contacts: unknown): unknown[] {
  return list(contacts).flatMap((contact) => (isObject(contact) ? numbers(contact.phones) : []));
}

function locationNumbers(serviceAtLocations: unknown): unknown[] {
  return list(serviceAtLocations).flatMap((sal) => {
    if (!isObject(sal)) return [];
    const location = isObject(sal.location) ? sal.location : {};
    return [...numbers(sal.phones), ...contactNumbers(sal.contacts), ...numbers(location.phones)];
  });
}

/** Unique by digits, so "0117 496 0123" and "01174960123" are one number; the first spelling is kept. */
function unique(values: unknown[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const phone = normaliseText(value)?.replace(STRAY_QUOTES, '');
    const digits = phone?.replace(NOT_DIGIT, '');
    if (phone && digits && !seen.has(digits)) seen.set(digits, phone);
  }
  return [...seen.values()];
}

/**
 * Every phone number of a service: 3.0 `phones`, contacts' phones (v1 and 3.0), phones at its locations, and the
 * organisation's only when the service has none of its own (it is usually a head-office switchboard).
 */
export function normalisePhones(record: JsonObject): string[] {
  const own = unique([
    ...numbers(record.phones),
    ...contactNumbers(record.contacts),
    ...locationNumbers(record.service_at_locations),
  ]);
  if (own.length > 0) return own;
  const organisation = isObject(record.organization) ? record.organization : {};
  return unique([...numbers(organisation.phones), ...contactNumbers(organisation.contacts)]);
}
