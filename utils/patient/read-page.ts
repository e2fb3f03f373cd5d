import type { PageReading } from '../messaging';
import { matchNeedPhrases } from '../needs/match-need-phrases';
import { detectPatient, readConsultationText } from './detect-patient';
import type { SiteProfile } from './site-profile';

/**
 * What the side panel asks of the page: the patient, and needs suggested by the consultation note's words. The
 * note is matched here, in the page, so only the need ids and the matched phrases go to the panel.
 */
export function readPage(profiles: SiteProfile[], doc: Document = document): PageReading {
  const url = new URL(doc.URL);
  const detection = detectPatient(doc, profiles, doc.URL);
  const note = readConsultationText(doc, profiles, doc.URL);
  const seen = new Set<string>();
  const suggestedNeeds = matchNeedPhrases(note).filter(({ need }) => !seen.has(need) && seen.add(need));
  return { detection, suggestedNeeds, page: `${url.origin}${url.pathname}` };
}
