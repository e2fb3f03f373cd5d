import { quoted, type ReportProblem } from '../../../../utils/directory/normalise-report';
import { text } from './narrow';

const MAILTO = /^mailto:/i;
// "name@example.org." at the end of a sentence: the full stop is not part of the address.
const TRAILING_PUNCTUATION = /[.,;]+$/;
// Deliberately loose: one @, no spaces or brackets, a dot in the domain. Stricter checks reject real addresses.
const EMAIL = /^[^\s@<>()[\]\\,;:"?&=%/#]+@[^\s@<>()[\]\\,;:"?&=%/#]+\.[^\s@<>()[\]\\,;:".?&=%/#]{2,}$/;
/** Mail headers after the address (`?cc=`, `?subject=`, `&body=`): a link with them would write part of the email. */
const HEADERS = /[?&](?:cc|bcc|subject|body|to)=|[?&][^=\s]+=/i;
/** RFC 5321's limit; anything longer is not an address. */
const MAX_EMAIL = 254;

/** The service's email address, or undefined (reported) when the field holds something else. */
export function normaliseEmail(value: unknown, report: ReportProblem): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const email = raw.replace(MAILTO, '').replace(TRAILING_PUNCTUATION, '');
  if (HEADERS.test(email)) {
    report('email', `The email ${quoted(raw)} carries mail headers (such as ?cc= or ?subject=), so it was left out.`);
    return undefined;
  }
  if (email.length <= MAX_EMAIL && EMAIL.test(email)) return email;
  report('email', `The email ${quoted(raw)} does not look like an email address, so it was left out.`);
  return undefined;
}
