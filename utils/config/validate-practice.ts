import { isObject } from '../directory/narrow';
import { checkEmail, checkPhone, checkText } from './check-fields';
import type { Checked } from './checked';
import { problemAt } from './checked';
import type { PracticeDetails } from './setting-types';

/** What each practice field is called on the settings page, so a problem names it the same way. */
export const PRACTICE_LABELS: Record<keyof PracticeDetails, string> = {
  name: 'Practice name',
  odsCode: 'ODS code',
  pcnName: 'PCN name',
  phone: 'Practice phone',
  email: 'Practice email',
  referrerName: 'Your name',
  referrerRole: 'Your role',
};

// ODS codes are letters and digits: A81001 for a practice, U12345 for a PCN.
const ODS_CODE = /^[A-Z0-9]{3,10}$/;

/** Narrows practice details from a settings file, a policy or the form. Missing fields are empty. */
export function validatePractice(value: unknown): Checked<PracticeDetails> {
  if (!isObject(value)) return problemAt('The practice details are not in the expected format.');
  const details: Partial<PracticeDetails> = {};
  for (const field of ['name', 'pcnName', 'referrerName', 'referrerRole'] as const) {
    const text = checkText(value[field], PRACTICE_LABELS[field], { field });
    if (!text.ok) return text;
    details[field] = text.value;
  }
  const ods = checkText(value.odsCode, PRACTICE_LABELS.odsCode, { field: 'odsCode' });
  if (!ods.ok) return ods;
  const odsCode = ods.value.toUpperCase();
  if (odsCode && !ODS_CODE.test(odsCode)) {
    return problemAt('ODS code can only have letters and digits, like A81001.', 'odsCode');
  }
  const phone = checkPhone(value.phone, PRACTICE_LABELS.phone, { field: 'phone' });
  if (!phone.ok) return phone;
  const email = checkEmail(value.email, PRACTICE_LABELS.email, { field: 'email' });
  if (!email.ok) return email;
  return {
    ok: true,
    value: {
      name: details.name ?? '',
      odsCode,
      pcnName: details.pcnName ?? '',
      phone: phone.value,
      email: email.value,
      referrerName: details.referrerName ?? '',
      referrerRole: details.referrerRole ?? '',
    },
  };
}
