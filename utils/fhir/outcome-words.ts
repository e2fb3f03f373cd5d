/** One issue of a FHIR OperationOutcome, as far as a message needs it. */
interface Issue {
  severity?: string;
  diagnostics?: string;
  details?: { text?: string };
  expression?: string[];
}

/**
 * The server's own explanation from an OperationOutcome, in plain words for the person who sent the referral:
 * each error's text (details.text, else diagnostics), at most three, or undefined when the body says nothing.
 */
export function outcomeWords(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { resourceType, issue } = body as { resourceType?: unknown; issue?: unknown };
  if (resourceType !== 'OperationOutcome' || !Array.isArray(issue)) return undefined;
  const texts = (issue as Issue[])
    .filter((i) => i.severity !== 'information' && i.severity !== 'warning')
    .map((i) => (i.details?.text ?? i.diagnostics ?? '').trim())
    .filter(Boolean);
  if (texts.length === 0) return undefined;
  const shown = texts.slice(0, 3).join('; ');
  return texts.length > 3 ? `${shown}; and ${texts.length - 3} more` : shown;
}
