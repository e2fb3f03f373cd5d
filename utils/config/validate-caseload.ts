import { checkEmail, checkText } from './check-fields';
import { type Checked, problemAt } from './checked';

/** The caseload setting's addresses, lower-cased, in the order written. */
export function caseloadAddresses(value: string): string[] {
  return value
    .split(/[,;\s]+/)
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Who this browser's link worker is: their NHSmail address and, if referrals also go to their service's shared
 * mailbox, that one, separated by commas. Empty means this browser refers and has no caseload.
 */
export function validateCaseload(value: unknown, label = 'caseload'): Checked<string> {
  const text = checkText(value, label, { max: 1000 });
  if (!text.ok || text.value === '') return text;
  const addresses = caseloadAddresses(text.value);
  for (const address of addresses) {
    const checked = checkEmail(address, `${label}: ${address}`);
    if (!checked.ok) return checked;
  }
  return { ok: true, value: addresses.join(', ') };
}

/** A bearer token as issued: printable characters with no spaces (RFC 6750's b64token), or empty for none. */
export function validateFhirToken(value: unknown, label = 'fhirToken'): Checked<string> {
  const text = checkText(value, label, { max: 8000 });
  if (!text.ok || text.value === '') return text;
  if (!/^[A-Za-z0-9\-._~+/]+=*$/.test(text.value)) {
    return problemAt(`${label} is not a token: paste it exactly as your PCN gave it, with no spaces.`);
  }
  return text;
}

/** The OAuth client id the PCN's sign-in server gave Signpost: printable, no spaces, or empty for none. */
export function validateClientId(value: unknown, label = 'fhirClientId'): Checked<string> {
  const text = checkText(value, label, { max: 500 });
  if (!text.ok || text.value === '') return text;
  if (/\s/.test(text.value)) return problemAt(`${label} has spaces in it: paste it exactly as your PCN gave it.`);
  return text;
}

/** OAuth scopes, space-separated (e.g. "user/Task.rw user/ServiceRequest.c"), or empty to let the server choose. */
export function validateScope(value: unknown, label = 'fhirScope'): Checked<string> {
  const text = checkText(value, label, { max: 1000 });
  if (!text.ok) return text;
  return { ok: true, value: text.value.split(/\s+/).filter(Boolean).join(' ') };
}
