import { isObject } from '../directory/narrow';
import { checkEmail, checkList, checkPhone, checkText } from './check-fields';
import type { Checked } from './checked';
import { problemAt } from './checked';
import type { LinkWorker } from './setting-types';

/** A PCN has a handful of link workers; far more means the file is not what it claims to be. */
export const MAX_LINK_WORKERS = 50;

/** Narrows the practice's link workers. Each needs a name and an email address: referrals are sent there. */
export function validateLinkWorkers(value: unknown): Checked<LinkWorker[]> {
  const list = checkList(value, 'The link worker list', MAX_LINK_WORKERS);
  if (!list.ok) return list;
  const workers: LinkWorker[] = [];
  for (const [index, entry] of list.value.entries()) {
    const which = `link worker ${index + 1}`;
    if (!isObject(entry)) return problemAt(`The details of ${which} are not in the expected format.`, undefined, index);
    const name = checkText(entry.name, `The name of ${which}`, { required: true, field: 'name', index });
    if (!name.ok) return name;
    const email = checkEmail(entry.email, `The email address of ${name.value}`, {
      required: true,
      field: 'email',
      index,
    });
    if (!email.ok) return email;
    const phone = checkPhone(entry.phone, `The phone number of ${name.value}`, { field: 'phone', index });
    if (!phone.ok) return phone;
    const organisation = checkText(entry.organisation, `The organisation of ${name.value}`, {
      field: 'organisation',
      index,
    });
    if (!organisation.ok) return organisation;
    workers.push({ name: name.value, email: email.value, phone: phone.value, organisation: organisation.value });
  }
  return { ok: true, value: workers };
}

/**
 * Narrows the index of the default link worker; with `count`, it must point at one of them (0 when there are none).
 */
export function validateDefaultLinkWorker(value: unknown, count?: number): Checked<number> {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    return problemAt('The default link worker must be a whole number, 0 for the first link worker.');
  }
  if (count !== undefined && value >= Math.max(count, 1)) {
    return problemAt(`The default link worker must be between 0 and ${Math.max(count - 1, 0)}: there are ${count}.`);
  }
  return { ok: true, value };
}
