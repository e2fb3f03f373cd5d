import type { Service } from '../directory/service';
import { draftShareFacts } from './draft-share-facts';

/**
 * The service as plain text for the patient (a text message, a letter, a patient portal): its name and organisation,
 * then each fact as a short heading and its lines. No patient details: it is about the service only.
 */
export function draftShareText(service: Service): string {
  const organisation =
    service.organisation && service.organisation !== service.name ? [`Run by ${service.organisation}`] : [];
  const facts = draftShareFacts(service).map((fact) => `${fact.label}:\n${fact.value}`);
  return [[service.name, ...organisation].join('\n'), ...facts].join('\n\n');
}
