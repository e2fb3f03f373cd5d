import { isValidNhsNumber, normaliseNhsNumber } from './nhs-number';

/** What the content script found on a page: no patient, one, or several to choose from. Nothing is guessed. */
export type PatientContext =
  | { status: 'none' }
  | { status: 'found'; nhsNumber: string }
  | { status: 'several'; nhsNumbers: string[] };

// Ten digits grouped 3-3-4 by spaces or hyphens, or run together; not part of a longer number.
const NHS_NUMBER_SHAPE = /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])/g;

/**
 * Finds the NHS numbers in a page's text. Only numbers that pass the mod-11 check are offered; a number-shaped
 * string that fails it is never a patient's number.
 */
export function findNhsNumbers(pageText: string): string[] {
  const found = new Set<string>();
  for (const match of pageText.matchAll(NHS_NUMBER_SHAPE)) {
    const digits = normaliseNhsNumber(match[0]);
    if (digits && isValidNhsNumber(digits)) found.add(digits);
  }
  return [...found];
}

/** Reads the patient from a document: its visible text, and that of same-origin frames. */
export function findPatient(doc: Document = document): PatientContext {
  const numbers = findNhsNumbers(documentText(doc));
  if (numbers.length === 0) return { status: 'none' };
  if (numbers.length === 1 && numbers[0]) return { status: 'found', nhsNumber: numbers[0] };
  return { status: 'several', nhsNumbers: numbers };
}

function documentText(doc: Document): string {
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the user sees; textContent would also read hidden elements and script text.
  const parts = [doc.body?.innerText ?? doc.body?.textContent ?? ''];
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    try {
      // Cross-origin frames throw or give null here; they are not ours to read.
      const inner = frame.contentDocument;
      if (inner) parts.push(documentText(inner));
    } catch {
      // Cross-origin frame: skipped on purpose.
    }
  }
  return parts.join('\n');
}
