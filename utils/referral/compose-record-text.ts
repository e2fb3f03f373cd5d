import type { ReferralDraft } from './referral';
import { snomedLine } from './referral-codes';
import {
  consentFacts,
  joinedParts,
  linkWorkerFacts,
  organisationAfterName,
  patientFacts,
  type ReferralFact,
  referrerFacts,
} from './referral-facts';
import { REFERRAL_LABELS } from './referral-labels';
import { serviceCaution } from './service-caution';
import { formatUkDateTime } from './uk-dates';

/** A one-line field pasted with a line break would start a fake heading in the record. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Label: value" lines, leaving out the ones with nothing to say. */
function lines(pairs: ReferralFact[]): string[] {
  const kept = pairs.map(([k, v]): [string, string] => [k, oneLine(v ?? '')]).filter(([, v]) => v !== '');
  return kept.map(([k, v]) => `${k}: ${v}`);
}

/** Clinical systems and email clients disagree on line endings and tabs; one plain form avoids stray characters. */
function plain(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').trim();
}

function needsAndConcerns(d: ReferralDraft): string[] {
  const needs = d.needs.length > 0 ? d.needs.map((need) => `- ${oneLine(need.label)}`) : ['- None recorded'];
  const reason = plain(d.reason);
  return [...needs, ...(reason ? [`${d.declined ? 'Discussed' : 'Reason for referral'}: ${reason}`] : [])];
}

function supportOffered(d: ReferralDraft, now: number): string[] {
  if (d.services.length === 0) {
    return [d.declined ? 'No services discussed.' : 'No services chosen yet: the link worker will explore options.'];
  }
  // The same service chosen twice (from two directories, say) is said once.
  const seen = new Set<string>();
  const services = d.services.filter((s) => {
    const key = oneLine(s.name).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return services.flatMap((s) => {
    const contact = oneLine(joinedParts(s.phone, s.website) ?? '');
    const org = organisationAfterName(s.name, s.organisation);
    const organisation = org ? ` (${oneLine(org)})` : '';
    const caution = serviceCaution(s, now);
    // The caution travels with the service, so whoever reads the record knows to check it before relying on it.
    return [
      `- ${oneLine(s.name)}${organisation}${contact ? `: ${contact}` : ''}`,
      ...(caution ? [`  Caution: ${oneLine(caution)}`] : []),
    ];
  });
}

/**
 * Plain text for pasting into the clinical record (EMIS Web, SystmOne): a title, the SNOMED CT concept to code the
 * entry with, then the PRSB referral headings. A declined referral keeps the same headings so records read alike.
 */
export function composeRecordText(d: ReferralDraft, now: number = Date.now()): string {
  const title = d.declined ? 'Social prescribing declined' : 'Referral to social prescribing service';
  const header = [
    title,
    snomedLine(d.declined),
    `Date: ${formatUkDateTime(d.createdAt)}`,
    ...(d.declined ? [] : [`Urgency: ${REFERRAL_LABELS.urgency[d.urgency]}`]),
  ];
  const sections: [string, string[]][] = [
    ['Patient demographics', lines(patientFacts(d.patient))],
    ['Needs and concerns', needsAndConcerns(d)],
    ['Support offered', supportOffered(d, now)],
    ['Consent', d.declined ? ['The patient declined referral to social prescribing.'] : lines(consentFacts(d.consent))],
    ['Referrer', lines(referrerFacts(d.referrer))],
    ['Link worker', d.declined ? ['Not referred.'] : lines(linkWorkerFacts(d.linkWorker))],
  ];
  return [header.join('\n'), ...sections.map(([heading, body]) => [heading, ...body].join('\n'))].join('\n\n');
}
