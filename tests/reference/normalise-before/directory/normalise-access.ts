import type { JsonObject } from '../../../../utils/directory/narrow';
import type { Access } from '../../../../utils/directory/service';
import { normaliseText } from './normalise-text';

// v1 `attending_access` is a list ("Self referral, Drop-in"); `pc_attendingAccess_additionalInfo` is free text
// ("We accept professional or self-referrals."). The same words are looked for in both. A bare "Referral" counts
// only in the list: in a sentence it is too often "no referral needed".
const SELF = /\bself[- ]?refer/i;
const PROFESSIONAL = /\b(professional|gp|doctor|clinician|social worker|link worker|agency)s?\b[\w\s,'-]{0,30}\brefer/i;
const DROP_IN = /\bdrop[- ]?in\b/i;
// "No GP referral needed", "without a referral": the sentence rules referral out rather than in.
const NEGATED = /\b(no|without)\b[\w\s-]{0,30}\brefer|\brefer\w*\s+(is\s+)?not\s+(required|needed|necessary)/i;
const BARE_REFERRAL = /^(professional )?referral$/i;
const LIST_SEPARATOR = /\s*[,;/]\s*/;
const ORDER: Access[] = ['referral', 'self-referral', 'drop-in'];

/** How a person gets in: referral, self-referral, drop-in. ORUK 3.0 has no field for it, so 3.0 records get none. */
export function normaliseAccess(record: JsonObject): Access[] {
  const list = normaliseText(record.attending_access) ?? '';
  const info = normaliseText(record.pc_attendingAccess_additionalInfo) ?? '';
  const found = new Set<Access>();
  if (PROFESSIONAL.test(list) || (PROFESSIONAL.test(info) && !NEGATED.test(info))) found.add('referral');
  if (list.split(LIST_SEPARATOR).some((part) => BARE_REFERRAL.test(part))) found.add('referral');
  if (SELF.test(list) || SELF.test(info)) found.add('self-referral');
  if (DROP_IN.test(list) || DROP_IN.test(info)) found.add('drop-in');
  return ORDER.filter((access) => found.has(access));
}
