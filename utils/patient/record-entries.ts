import { classifyLabel } from './field-labels';
import type { PageDocuments } from './frame-documents';
import { classifyNamePart } from './name-parts';
import { looksLikePatientName } from './name-shape';
import { aboutSomeoneElse, accessibleLabel, contextLabels } from './page-context';
import { leadingUkDate } from './parse-uk-date';
import { composedParent, controlValue, isFreeText, shownChildNodes, type TextReader } from './visible-text';

/** One stretch of record text a person reads as a unit: a journal entry, a problem row, a letter's paragraph. */
export interface RecordEntry {
  text: string;
  /** The section it is in, in the record's own words, lower case: "journal", "problems", "today's note". */
  section: string;
  /** ISO date of the entry when the record dates it. */
  date?: string;
  /** The note being written now (a text box), which outranks anything dated. */
  current?: boolean;
}

// Read through their parent's line: inline elements, and labels and headings which name entries, not hold them.
const INLINE = /^(?:A|ABBR|B|BDI|CITE|CODE|EM|FONT|I|LABEL|MARK|Q|S|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|BR)$/;
const NOT_ENTRIES = /^(?:H1|H2|H3|H4|H5|H6|TH|TD|DT|LEGEND|CAPTION|SUMMARY|BUTTON|OPTION|SELECT|NAV|FOOTER)$/;
const FURNITURE = 'footer, nav, [role="contentinfo"], [role="navigation"], [role="toolbar"], [role="menu"]';
const CELL_GAP = /\t+/g;
// Lines of demographics ("NHS No … DOB …", "Address: …") hold the patient's identity, not their needs.
const DEMOGRAPHICS =
  /\b(?:NHS\s*(?:No|Number|#)|D\.?O\.?B\b|Date of birth|Born\s+\d|Post\s*code|E-?mail|Tel(?:ephone)?\b|Mobile\b|Address\s*:)/i;

/** The date a text mentions first, anywhere in it. */
function dateIn(text: string): { iso: string; index: number; length: number } | undefined {
  for (const match of text.matchAll(/(?:^|[\s(–-])(?=\d)/g)) {
    const at = match.index + match[0].length;
    const found = leadingUkDate(text.slice(at));
    if (found) return { iso: found.iso, index: at, length: found.length };
  }
  return undefined;
}

function ownLine(reader: TextReader, element: Element): string {
  if (element.tagName.toUpperCase() === 'TR') return reader.text(element).replace(CELL_GAP, ' · ');
  let line = '';
  for (const node of shownChildNodes(element)) {
    if (node.nodeType === 3) line += node.textContent ?? '';
    else if (node.nodeType === 1 && INLINE.test((node as Element).tagName.toUpperCase())) {
      line += (node as Element).tagName.toUpperCase() === 'BR' ? '\n' : ` ${reader.text(node as Element)} `;
    }
  }
  return line.replace(/[ \t]+/g, ' ').trim();
}

/** A heading's words without its date: "Message, 1 Dec 2025" → "message"; a heading that is only a date → "". */
function sectionName(label: string): string {
  const date = dateIn(label);
  const words = date ? label.slice(0, date.index) : label;
  return words
    .replace(/[\s,:;·–-]+$/, '')
    .trim()
    .toLowerCase();
}

function placeOf(element: Element, ownText: string): { section: string; date?: string } {
  const labels = contextLabels(element);
  const section = labels.map(sectionName).find((name) => name.length > 0 && name.length <= 40) ?? 'record';
  const date = dateIn(ownText.slice(0, 40)) ?? labels.map(dateIn).find(Boolean);
  return { section, date: date?.iso };
}

function labelFor(control: Element): string {
  const label = Array.from(control.ownerDocument.querySelectorAll('label')).find(
    (candidate) => control.id !== '' && candidate.getAttribute('for') === control.id,
  );
  return label?.textContent?.trim() ?? '';
}

/** A line that says who the patient is: a demographics line, a name, or a value named as a patient field. */
function isIdentity(element: Element, text: string): boolean {
  if (looksLikePatientName(text) || (text.length < 250 && DEMOGRAPHICS.test(text))) return true;
  const label = accessibleLabel(element);
  return !!label && (!!classifyLabel(label) || !!classifyNamePart(label));
}

function inside(element: Element, table: Element | null): boolean {
  for (let node = composedParent(element); node; node = composedParent(node)) if (node === table) return true;
  return false;
}

/**
 * The record text of one document as entries, each with its section and date: history, journal, problems,
 * letters, messages and the note being written. Text about someone else (relatives, other patients in a list),
 * page furniture, headings and labels are left out.
 */
export function readRecordEntries(page: PageDocuments): RecordEntry[] {
  const entries: RecordEntry[] = [];
  for (const { reader } of page.documents) {
    for (const element of reader.elements) {
      const tag = element.tagName.toUpperCase();
      if (INLINE.test(tag) || NOT_ENTRIES.test(tag) || element.closest(FURNITURE)) continue;
      // A table row is one entry; its cells are read with it.
      if (tag !== 'TR' && inside(element, element.closest('tr'))) continue;
      const text = ownLine(reader, element);
      if (text.length < 3 || isIdentity(element, text) || aboutSomeoneElse(element)) continue;
      entries.push({ text, ...placeOf(element, text) });
    }
    const notes = reader.elements.flatMap((element) => Array.from(element.children)).filter(isFreeText);
    for (const note of notes) {
      if (!reader.isVisible(note)) continue;
      const text = (controlValue(note) ?? note.textContent ?? '').trim();
      const label = accessibleLabel(note) ?? labelFor(note);
      if (text) entries.push({ text, section: sectionName(label || "today's note") || "today's note", current: true });
    }
  }
  return entries;
}
