import { readFileSync } from 'node:fs';

/** The patient a careful reader takes from a page of the corpus; fields the page does not show are absent. */
export interface ExpectedPatient {
  nhsNumber: string;
  name: string;
  dateOfBirth: string;
  postcode?: string;
  phone?: string;
}

/** One record layout of tests/fixtures/pages and what reading it must give (see the manifest's $comment). */
export interface CorpusPage {
  file: string;
  layout: string;
  patient: ExpectedPatient | 'ask' | 'none';
  needs: string[];
  notNeeds: string[];
  onlyNeeds?: boolean;
}

// Relative to the project root, where vitest runs (as the other fixture-reading tests do).
export const CORPUS_DIR = 'tests/fixtures/pages/';

export function corpusPages(): CorpusPage[] {
  const manifest: { pages: CorpusPage[] } = JSON.parse(readFileSync(`${CORPUS_DIR}manifest.json`, 'utf8'));
  return manifest.pages;
}

/** Share of the expected needs that were suggested: 1 when none were expected. */
export function needsRecall(page: CorpusPage, suggested: readonly string[]): number {
  if (page.needs.length === 0) return 1;
  return page.needs.filter((need) => suggested.includes(need)).length / page.needs.length;
}

/** Needs suggested that must not be: negated, another sense, someone else's, or beyond an exclusive list. */
export function wrongNeeds(page: CorpusPage, suggested: readonly string[]): string[] {
  return suggested.filter((need) => page.notNeeds.includes(need) || (page.onlyNeeds && !page.needs.includes(need)));
}
