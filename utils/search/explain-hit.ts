import { needVocabulary } from '../needs/need-vocabulary';
import type { SearchHit } from './create-search-engine';
import type { ServiceSummary } from './service-cards';
import { tokenise } from './tokenise';

const LABELS = new Map(needVocabulary.map((need) => [need.id, need.label]));
const FIELD_WORDS = {
  name: 'name',
  organisation: 'organisation',
  description: 'description',
  audiences: 'audiences',
  taxonomy: 'category',
};

/** A need's display label ("Debt"), or its id when the vocabulary lacks it. */
export function needLabel(id: string): string {
  return LABELS.get(id) ?? id;
}

/**
 * Which field of the service holds an index word: the first of name, audiences, organisation, description (the only
 * fields indexed). A card holding only the start of the description answers the description for a word the other
 * fields lack: the index found it in this service.
 */
function fieldOf(service: ServiceSummary, word: string): string | undefined {
  const fields: [string, string][] = [
    ['name', service.name],
    ['audiences', service.eligibility.audiences.join(' ')],
    ['organisation', service.organisation ?? ''],
    ['description', service.description],
  ];
  const found = fields.find(([, text]) => tokenise(text).includes(word))?.[0];
  return found ?? (service.descriptionCut ? 'description' : undefined);
}

/**
 * Why a service is in the results, in words for the panel and the CLI: each need it meets with the evidence
 * ("Debt: 'debt advice' in description"), each word matched and where ("'housing' in name, for 'housng'"), and
 * practice pins. Text only; never HTML.
 */
export function explainHit(service: ServiceSummary, hit: SearchHit): string[] {
  const why: string[] = [];
  for (const need of hit.needs) {
    const evidence = service.needEvidence.find((entry) => entry.need === need);
    const where = evidence ? `: '${evidence.term}' in ${FIELD_WORDS[evidence.field]}` : '';
    why.push(`${needLabel(need)}${where}`);
  }
  for (const { query, word, kind } of hit.words) {
    const field = fieldOf(service, word);
    if (!field) continue;
    const typed =
      kind === 'exact' ? '' : kind === 'typo' || kind === 'related' ? `, for '${query}'` : `, from '${query}…'`;
    why.push(`'${word}' in ${field}${typed}`);
  }
  if (hit.pinned) why.push('Pinned by the practice');
  if (hit.distanceKm !== undefined) why.push(`${hit.distanceKm.toFixed(1)} km away`);
  return why;
}
