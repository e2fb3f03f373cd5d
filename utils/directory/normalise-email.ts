import { text } from './narrow';
import { quoted, type ReportProblem } from './normalise-report';

const MAILTO = /^mailto:/i;
// "name@example.org." at the end of a sentence: the full stop is not part of the address.
const TRAILING_PUNCTUATION = /[.,;]+$/;
// Deliberately loose: one @, no spaces or brackets, a dot in the domain. Stricter checks reject real addresses.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

/** The service's email address, or undefined (reported) when the field holds something else. */
export function normaliseEmail(value: unknown, report: ReportProblem): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const email = raw.replace(MAILTO, '').replace(TRAILING_PUNCTUATION, '');
  if (EMAIL.test(email)) return email;
  report('email', `The email ${quoted(raw)} does not look like an email address, so it was left out.`);
  return undefined;
}
