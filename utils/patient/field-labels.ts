import type { PatientField } from './patient-types';

interface LabelRule {
  field: PatientField;
  /** Regex source for the label words, without anchors. */
  words: string;
  /**
   * Inline ("Name: …" inside running text) the label must end in a colon when its value is free text: "Address"
   * or "Patient" alone are ordinary words, whereas "DOB 3 Apr 1948" or "Tel 0117 496 0000" carry their own shape.
   */
  colonInline: boolean;
}

const PATIENT = "(?:patient(?:'s|s)?\\s+)?";

// Order matters where one rule's words begin another's: "Patient NHS No" must be read as an NHS label, not "Patient".
const RULES: LabelRule[] = [
  { field: 'nhsNumber', words: `${PATIENT}nhs\\s*(?:no\\.?|number|num\\.?|#)?`, colonInline: false },
  {
    field: 'dateOfBirth',
    words: `${PATIENT}(?:date\\s+of\\s+birth|d\\.?o\\.?b\\.?|birth\\s*date|born)`,
    colonInline: false,
  },
  { field: 'postcode', words: '(?:post\\s*code|postal\\s+code)', colonInline: false },
  { field: 'email', words: `${PATIENT}e-?mail(?:\\s+address)?`, colonInline: false },
  {
    field: 'phone',
    words:
      `${PATIENT}(?:(?:home|mobile|main|preferred|daytime|contact)\\s+)?(?:tel(?:ephone)?|phone|mob(?:ile)?)\\.?` +
      '(?:\\s*(?:number|no\\.?))?|contact\\s+(?:number|no\\.?)',
    colonInline: false,
  },
  {
    field: 'address',
    words: `${PATIENT}(?:(?:home|usual|current|postal|residential|main)\\s+)?address|addr\\.?`,
    colonInline: true,
  },
  { field: 'name', words: `${PATIENT}(?:full\\s+)?name|patient`, colonInline: true },
];

const WHOLE = RULES.map((rule) => ({ field: rule.field, pattern: new RegExp(`^(?:${rule.words})$`, 'iu') }));

/** Label text as shown, without the decoration around it: "NHS No.:" → "NHS No.", "* Date of birth" → "Date of birth". */
export function cleanLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s*]+|[\s*:]+$/g, '')
    .trim();
}

/**
 * The patient field a label names, or undefined. The whole label must match: "Next of kin phone" or "Practice
 * address" name someone else's details and are not the patient's.
 */
export function classifyLabel(text: string): PatientField | undefined {
  const label = cleanLabel(text);
  if (label.length === 0 || label.length > 40) return undefined;
  return WHOLE.find((rule) => rule.pattern.test(label))?.field;
}

/** A label found at a position in running text. */
export interface InlineLabel {
  field: PatientField;
  /** The label as shown, e.g. "NHS No." */
  label: string;
  /** Index just after the label and its colon, where the value starts. */
  valueStart: number;
  /** Whether a colon followed the label, which marks it as a label even before a free-text value. */
  colon: boolean;
}

const STICKY = RULES.map((rule) => ({
  ...rule,
  // The label must end at a word boundary ("Born" is not the start of "Borneo") and, if free text follows, in a colon.
  pattern: new RegExp(`(?:${rule.words})(?![\\p{L}\\p{N}])\\s*(:)?\\s*`, 'iuy'),
}));

/** The label that starts exactly at `index` in `text`, or undefined. */
export function inlineLabelAt(text: string, index: number): InlineLabel | undefined {
  for (const rule of STICKY) {
    rule.pattern.lastIndex = index;
    const match = rule.pattern.exec(text);
    if (!match) continue;
    if (rule.colonInline && !match[1]) continue;
    return { field: rule.field, label: cleanLabel(match[0]), valueStart: index + match[0].length, colon: !!match[1] };
  }
  return undefined;
}
