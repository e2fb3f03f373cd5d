import { count, type ReportProblem } from '../../../../utils/directory/normalise-report';
import { normaliseText } from './normalise-text';

const MAX_DESCRIPTION = 20_000;
/** How far back from the limit to look for a space to cut at, before cutting mid-word. */
const WORD_SEARCH = 200;

/** The description as plain text, cut to 20,000 characters at a word boundary (with "…") and reported if longer. */
export function normaliseDescription(value: unknown, report: ReportProblem): string {
  const description = normaliseText(value) ?? '';
  if (description.length <= MAX_DESCRIPTION) return description;
  const head = description.slice(0, MAX_DESCRIPTION);
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
  const cut = space > MAX_DESCRIPTION - WORD_SEARCH ? head.slice(0, space) : head;
  report(
    'description',
    `The description is ${count(description.length)} characters long, so it was cut to ${count(MAX_DESCRIPTION)}.`,
  );
  return `${cut.trimEnd()}…`;
}
