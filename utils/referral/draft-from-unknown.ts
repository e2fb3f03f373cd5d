import { isObject, type JsonObject, list, text } from '../directory/narrow';
import type { ContactPreference, ReferralDraft, Urgency } from './referral';
import { REFERRAL_LABELS } from './referral-labels';

function isUrgency(value: unknown): value is Urgency {
  return typeof value === 'string' && Object.hasOwn(REFERRAL_LABELS.urgency, value);
}

function isContact(value: unknown): value is ContactPreference {
  return typeof value === 'string' && Object.hasOwn(REFERRAL_LABELS.contact, value);
}

function objectAt(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** Optional text fields kept only when they say something, so a printed page shows no empty "Phone:" lines. */
function optional<K extends string>(source: JsonObject, keys: readonly K[]): Partial<Record<K, string>> {
  const kept: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = text(source[key]);
    if (value !== undefined) kept[key] = value;
  }
  return kept;
}

function needs(value: unknown): ReferralDraft['needs'] {
  return list(value).flatMap((item) => {
    const need = objectAt(item);
    const id = text(need.id);
    return id === undefined ? [] : [{ id, label: text(need.label) ?? id }];
  });
}

/** The directory's status and assured date, kept so the printed referral repeats the service's caution. */
function listing(value: unknown): Pick<ReferralDraft['services'][number], 'listing'> {
  const status = isObject(value) ? text(value.status) : undefined;
  if (!isObject(value) || status === undefined) return {};
  const assuredDate = text(value.assuredDate);
  return { listing: { status, ...(assuredDate === undefined ? {} : { assuredDate }) } };
}

function services(value: unknown): ReferralDraft['services'] {
  return list(value).flatMap((item) => {
    const service = objectAt(item);
    const name = text(service.name);
    if (name === undefined) return [];
    return [
      {
        id: text(service.id) ?? name,
        name,
        ...optional(service, ['organisation', 'phone', 'website'] as const),
        ...listing(service.listing),
      },
    ];
  });
}

/**
 * A referral draft read back from storage, checked field by field: storage is shared with every extension page and
 * may hold an older shape. Undefined when it names no patient, because a referral without one is nothing to print.
 */
export function draftFromUnknown(value: unknown): ReferralDraft | undefined {
  if (!isObject(value)) return undefined;
  const patient = objectAt(value.patient);
  const nhsNumber = text(patient.nhsNumber) ?? '';
  const name = text(patient.name) ?? '';
  if (nhsNumber === '' && name === '') return undefined;
  const consent = objectAt(value.consent);
  const referrer = objectAt(value.referrer);
  const linkWorker = objectAt(value.linkWorker);
  const bestTimes = text(consent.bestTimes);
  return {
    patient: {
      nhsNumber,
      name,
      dateOfBirth: text(patient.dateOfBirth) ?? '',
      ...optional(patient, ['address', 'postcode', 'phone', 'email'] as const),
    },
    needs: needs(value.needs),
    services: services(value.services),
    reason: typeof value.reason === 'string' ? value.reason : '',
    urgency: isUrgency(value.urgency) ? value.urgency : 'routine',
    consent: {
      referral: consent.referral === true,
      sharing: consent.sharing === true,
      contact: list(consent.contact).filter(isContact),
      ...(bestTimes === undefined ? {} : { bestTimes }),
    },
    referrer: {
      name: text(referrer.name) ?? '',
      practice: text(referrer.practice) ?? '',
      ...optional(referrer, ['role', 'odsCode', 'phone', 'email'] as const),
    },
    linkWorker: {
      name: text(linkWorker.name) ?? '',
      ...optional(linkWorker, ['email', 'phone', 'organisation'] as const),
    },
    ...(value.declined === true ? { declined: true } : {}),
    createdAt: text(value.createdAt) ?? '',
  };
}
