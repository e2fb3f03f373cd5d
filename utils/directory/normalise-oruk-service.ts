import { isObject, list, num, text } from './narrow';
import type { Access, Attendance, Service } from './service';
import { stripHtml } from './strip-html';

/** Why one feed record was not imported. */
export interface RecordProblem {
  id: string;
  reason: string;
}

export type NormaliseResult = { service: Service } | { problem: RecordProblem };

const ATTENDANCE: Record<string, Attendance> = {
  venue: 'venue',
  phone: 'phone',
  telephone: 'phone',
  online: 'online',
  'home visit': 'home visit',
};

const ACCESS: Record<string, Access> = {
  'self referral': 'self-referral',
  'self-referral': 'self-referral',
  'drop-in': 'drop-in',
  'drop in': 'drop-in',
  'professional referral': 'referral',
  referral: 'referral',
};

function httpUrl(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isoDate(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw || Number.isNaN(Date.parse(raw))) return undefined;
  return raw.slice(0, 10);
}

function mapped<T>(value: unknown, table: Record<string, T>): T[] {
  const raw = text(value)?.toLowerCase();
  const hit = raw ? table[raw] : undefined;
  return hit ? [hit] : [];
}

/**
 * Audience tags arrive as `{audienceType: "Dementia "}` in v1 feeds, sometimes as a path ("Health > Dementia"):
 * trim them and keep each part.
 */
function audiences(record: Record<string, unknown>): string[] {
  const raw = [...list(record.pc_targetAudience), ...list(record.eligibilitys)].map((entry) =>
    isObject(entry) ? (text(entry.audienceType) ?? text(entry.eligibility)) : text(entry),
  );
  const parts = raw.flatMap((value) => (value ? value.split('>').map((part) => part.trim()) : []));
  return [...new Set(parts.filter(Boolean))];
}

/** One ORUK (v1 or 3.0) service record → a `Service`, or the reason it cannot be used. */
export function normaliseOrukService(record: unknown, sourceId: string): NormaliseResult {
  if (!isObject(record)) return { problem: { id: '(none)', reason: 'The record is not an object.' } };
  const feedId = text(record.id);
  if (!feedId) return { problem: { id: '(none)', reason: 'The record has no id.' } };
  const name = text(record.name);
  if (!name) return { problem: { id: feedId, reason: 'The service has no name.' } };
  const organisation = isObject(record.organization) ? text(record.organization.name) : undefined;
  const fees = text(record.fees);
  const metadata = isObject(record.pc_metadata) ? record.pc_metadata : {};
  return {
    service: {
      id: `${sourceId}:${feedId}`,
      feedId,
      sourceId,
      name: stripHtml(name),
      organisation: organisation ? stripHtml(organisation) : undefined,
      description: stripHtml(text(record.description) ?? ''),
      website: httpUrl(record.url),
      email: text(record.email),
      phones: [],
      locations: [],
      schedules: [],
      eligibility: {
        minAge: num(record.minimum_age),
        maxAge: num(record.maximum_age),
        audiences: audiences(record),
      },
      cost: fees ? { text: stripHtml(fees), free: /^free\b/i.test(fees) } : {},
      attendance: mapped(record.attending_type, ATTENDANCE),
      access: mapped(record.attending_access, ACCESS),
      taxonomy: [],
      status: text(record.status)?.toLowerCase() ?? 'active',
      assuredDate: isoDate(record.assured_date) ?? isoDate(metadata.date_assured),
      lastModified: text(record.last_modified) ?? isoDate(metadata.date_modified),
    },
  };
}
