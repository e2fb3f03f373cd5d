/** A part of a name some systems show in its own field: "Title", "Surname", "First name(s)". */
export type NamePart = 'title' | 'given' | 'surname';

const PART_LABELS: [NamePart, RegExp][] = [
  ['title', /^(?:patient'?s? )?title$/i],
  ['given', /^(?:patient'?s? )?(?:first|given|fore|christian)[ -]?names?(?:\s*\(s\))?$|^forenames?$/i],
  ['surname', /^(?:patient'?s? )?(?:surname|family name|last name)$/i],
];
const PART_TEXT = /^[\p{L}][\p{L}\p{M}'’. -]*$/u;

/** The name part a label names ("Surname", "First name(s)"), or undefined. */
export function classifyNamePart(label: string): NamePart | undefined {
  const text = label
    .replace(/\s+/g, ' ')
    .replace(/[\s*:]+$/, '')
    .trim();
  return PART_LABELS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** The text of a name part as shown, or undefined when it is not letters (a date, a number, a whole sentence). */
export function readNamePart(text: string): string | undefined {
  const value = text.replace(/\s+/g, ' ').trim();
  return value.length > 0 && value.length <= 40 && PART_TEXT.test(value) ? value : undefined;
}

/** One name from its parts, in the order people write it: "Mrs Grace Adaeze OKONKWO". */
export function joinNameParts(parts: Partial<Record<NamePart, string>>): string | undefined {
  if (!parts.surname || !parts.given) return undefined;
  return [parts.title, parts.given, parts.surname].filter(Boolean).join(' ');
}
