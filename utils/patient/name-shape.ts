const TITLE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame|Lady|Lord)\\.?';
const FORENAMES = "\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+)*";
const SURNAME = "\\p{Lu}[\\p{Lu}'’-]+(?:[ -]\\p{Lu}[\\p{Lu}'’-]+)*";

// The two ways clinical systems print a patient's name: the surname in capitals either first, with the title in
// brackets ("TESTPATIENT, Eleanor (Mrs)"), or last ("Mrs Eleanor TESTPATIENT"). Capitals make them distinctive
// enough to be read without a label.
const SHAPES = [
  new RegExp(`^${SURNAME}, ${FORENAMES}(?: \\(${TITLE}\\))?$`, 'u'),
  new RegExp(`^(?:${TITLE} )?${FORENAMES} ${SURNAME}$`, 'u'),
];

/** True when `text` is written the way clinical systems print a patient's name: "SURNAME, Forename (Title)" or "Forename SURNAME". */
export function looksLikePatientName(text: string): boolean {
  const name = text.replace(/\s+/g, ' ').trim();
  return name.length <= 80 && SHAPES.some((shape) => shape.test(name));
}
