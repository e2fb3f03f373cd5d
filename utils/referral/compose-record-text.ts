import { formatDate } from '../format/relative-time';
import { formatNhsNumber, normaliseNhsNumber } from '../patient/nhs-number';
import type { ReferralDraft } from './referral';
import { snomedLine } from './referral-codes';
import { REFERRAL_LABELS, yesNo } from './referral-labels';
import { serviceCaution } from './service-caution';
import { formatUkDateTime } from './uk-dates';

/** A one-line field pasted with a line break would start a fake heading in the record. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Label: value" lines, leaving out the ones with nothing to say. */
function lines(pairs: [string, string | undefined][]): string[] {
  const kept = pairs.map(([k, v]): [string, string] => [k, oneLine(v ?? '')]).filter(([, v]) => v !== '');
  return kept.map(([k, v]) => `${k}: ${v}`);
}

function joined(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.map((part) => oneLine(part ?? '')).filter((part) => part !== '');
  return kept.length > 0 ? kept.join(', ') : undefined;
}

/** Clinical systems and email clients disagree on line endings and tabs; one plain form avoids stray characters. */
function plain(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').trim();
}

function demographics(patient: ReferralDraft['patient']): string[] {
  const nhs = normaliseNhsNumber(patient.nhsNumber);
  return lines([
    ['Name', patient.name],
    ['NHS number', nhs ? formatNhsNumber(nhs) : patient.nhsNumber],
    ['Date of birth', formatDate(patient.dateOfBirth)],
    ['Address', joined(patient.address, patient.postcode)],
    ['Phone', patient.phone],
    ['Email', patient.email],
  ]);
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
  return d.services.flatMap((s) => {
    const contact = joined(s.phone, s.website);
    const organisation = s.organisation ? ` (${oneLine(s.organisation)})` : '';
    const caution = serviceCaution(s, now);
    // The caution travels with the service, so whoever reads the record knows to check it before relying on it.
    return [
      `- ${oneLine(s.name)}${organisation}${contact ? `: ${contact}` : ''}`,
      ...(caution ? [`  Caution: ${oneLine(caution)}`] : []),
    ];
  });
}

function consent(d: ReferralDraft): string[] {
  if (d.declined) return ['The patient declined referral to social prescribing.'];
  const contact = d.consent.contact.map((c) => REFERRAL_LABELS.contact[c]).join(', ');
  return lines([
    ['Consent to referral', yesNo(d.consent.referral)],
    ['Consent to share information with the link worker', yesNo(d.consent.sharing)],
    ['Contact by', contact || 'Not recorded'],
    ['Best times to contact', d.consent.bestTimes],
  ]);
}

function referrer(r: ReferralDraft['referrer']): string[] {
  return lines([
    ['Name', joined(r.name, r.role)],
    ['Practice', r.odsCode ? `${r.practice} (ODS ${r.odsCode.trim().toUpperCase()})` : r.practice],
    ['Phone', r.phone],
    ['Email', r.email],
  ]);
}

function linkWorker(d: ReferralDraft): string[] {
  if (d.declined) return ['Not referred.'];
  const w = d.linkWorker;
  return lines([
    ['Name', w.name],
    ['Organisation', w.organisation],
    ['Email', w.email],
    ['Phone', w.phone],
  ]);
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
    ['Patient demographics', demographics(d.patient)],
    ['Needs and concerns', needsAndConcerns(d)],
    ['Support offered', supportOffered(d, now)],
    ['Consent', consent(d)],
    ['Referrer', referrer(d.referrer)],
    ['Link worker', linkWorker(d)],
  ];
  return [header.join('\n'), ...sections.map(([heading, body]) => [heading, ...body].join('\n'))].join('\n\n');
}
