import { composeRecordText } from './compose-record-text';
import type { ReferralDraft } from './referral';

/** Longest mailto URL handed to the browser: Outlook and some Windows handlers cut links near 2,000 characters. */
export const MAX_MAILTO_LENGTH = 1900;

/** What {@link composeMailto} returns: a link to open, or the text to copy because the link would be cut short. */
export type MailtoResult = { href: string } | { tooLong: true; text: string; subject: string };

/** RFC 6068 wants CRLF line breaks in a mailto body; encodeURIComponent covers every reserved character. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

/** The subject carries no patient details: subjects show in notifications and inbox lists. */
function subjectOf(d: ReferralDraft): string {
  const practice = d.referrer.practice.trim();
  const what = d.declined ? 'Social prescribing declined' : 'Social prescribing referral';
  const prefix = !d.declined && d.urgency === 'urgent' ? 'URGENT: ' : '';
  return `${prefix}${what}${practice ? ` from ${practice}` : ''}`;
}

function bodyOf(d: ReferralDraft): string {
  const name = d.linkWorker.name.trim();
  const greeting = name ? `Dear ${name},` : 'Hello,';
  return [greeting, 'Please find a social prescribing referral below.', composeRecordText(d)].join('\n\n');
}

/**
 * A `mailto:` link to the link worker with subject and body. Never truncates: when the whole URL would pass
 * `maxLength`, it returns `{ tooLong: true, text, subject }` with the full body for the UI to offer as a copy.
 */
export function composeMailto(d: ReferralDraft, maxLength = MAX_MAILTO_LENGTH): MailtoResult {
  const subject = subjectOf(d);
  const body = bodyOf(d);
  // "@" stays readable: some mail handlers do not decode %40 in the address part.
  const to = encodeURIComponent(d.linkWorker.email?.trim() ?? '').replace(/%40/g, '@');
  const href = `mailto:${to}?subject=${encode(subject)}&body=${encode(body)}`;
  return href.length > maxLength ? { tooLong: true, text: body, subject } : { href };
}
