import { classifyLabel, cleanLabel } from './field-labels';
import { readFieldValue } from './field-values';
import { classifyNamePart, readNamePart } from './name-parts';
import { accessibleLabel } from './page-context';
import type { FoundValue, PatientField } from './patient-types';
import { controlValue, type TextReader } from './visible-text';

function nextVisibleSibling(reader: TextReader, element: Element): Element | undefined {
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
    if (reader.isVisible(next)) return next;
  }
  return undefined;
}

function pair(reader: TextReader, field: PatientField, source: string, element: Element): FoundValue | undefined {
  const text = controlValue(element) ?? reader.text(element);
  // A value that is itself a label ("DOB" beside "NHS No" in a header) is no value.
  if (classifyLabel(text)) return undefined;
  const found = readFieldValue(field, text);
  return found && { field, value: found.value, source, element };
}

/** "Surname" beside "OKONKWO": one part of the name, joined with the others when the patient is put together. */
function namePart(reader: TextReader, label: string, element: Element | undefined): FoundValue | undefined {
  const part = classifyNamePart(label);
  const value = part && element ? readNamePart(controlValue(element) ?? reader.text(element)) : undefined;
  return part && element && value ? { field: 'name', value, source: cleanLabel(label), element, part } : undefined;
}

/** The element a label points to: its `for` control when it has one, else the next visible sibling. */
function labelledElement(reader: TextReader, label: Element): Element | undefined {
  const target = label.tagName === 'LABEL' ? label.getAttribute('for') : null;
  if (!target) return nextVisibleSibling(reader, label);
  const control = label.ownerDocument.getElementById(target);
  return control && reader.isVisible(control) ? control : undefined;
}

/**
 * Reads values that sit beside their label as separate elements — <dt>/<dd>, <th>/<td> in a row,
 * <label for>/<input>, "<span>NHS No</span><span>…</span>" — and values labelled by their own aria-label,
 * aria-labelledby or title. Name parts ("Surname", "First name(s)") are read as parts of the name.
 * Header cells of tables with a header row are skipped: they label columns, not their neighbours.
 */
export function findLabelPairs(reader: TextReader, headerCells: ReadonlySet<Element>): FoundValue[] {
  const values: FoundValue[] = [];
  for (const element of reader.elements) {
    const named = accessibleLabel(element) ?? element.getAttribute('title');
    const namedField = named ? classifyLabel(named) : undefined;
    const byName = named && namedField ? pair(reader, namedField, cleanLabel(named), element) : undefined;
    const namedPart = named && !namedField ? namePart(reader, named, element) : undefined;
    if (byName) values.push(byName);
    if (namedPart) values.push(namedPart);

    if (headerCells.has(element)) continue;
    const labelText = reader.text(element);
    if (labelText.includes('\n')) continue;
    const field = classifyLabel(labelText);
    const target = field && labelledElement(reader, element);
    const byLabel = field && target ? pair(reader, field, cleanLabel(labelText), target) : undefined;
    if (byLabel) values.push(byLabel);
    const part =
      !field && classifyNamePart(labelText) ? namePart(reader, labelText, labelledElement(reader, element)) : undefined;
    if (part) values.push(part);
  }
  return values;
}
