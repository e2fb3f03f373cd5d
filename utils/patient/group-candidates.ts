import { postcodeInAddress } from './field-values';
import { joinNameParts, type NamePart } from './name-parts';
import { type DetectedField, type FoundValue, PATIENT_DETAILS, type PatientCandidate } from './patient-types';
import { ADDRESS_LINE } from './prose-line';

/**
 * The part of the page that belongs to the patient whose NHS number is at `anchor`: its table row in a list, or
 * else the widest ancestor that holds no other patient's NHS number.
 */
function scopeOf(anchor: FoundValue, others: FoundValue[]): Element {
  if (anchor.row) return anchor.row;
  const root = anchor.element.ownerDocument.documentElement;
  let scope = anchor.element;
  for (let parent = scope.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const ancestor = parent;
    if (others.some((other) => ancestor.contains(other.element))) break;
    scope = ancestor;
  }
  return scope;
}

/** How deep the closest common ancestor of `element` and the anchor is: deeper means the value sits nearer. */
function closeness(anchorDepths: Map<Element, number>, element: Element): number {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const depth = anchorDepths.get(node);
    if (depth !== undefined) return depth;
  }
  return -1;
}

function sortByCloseness(values: FoundValue[], depths: Map<Element, number>): FoundValue[] {
  return values
    .map((value, order) => ({ value, order, rank: closeness(depths, value.element) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map(({ value }) => value);
}

function depthsOf(element: Element): Map<Element, number> {
  const chain: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) chain.unshift(node);
  return new Map(chain.map((node, depth) => [node, depth]));
}

// An unlabelled address or postcode is the patient's only inside the patient's own block: this near the number.
const OWN_BLOCK = 3;

function detected(value: FoundValue): DetectedField {
  return value.place
    ? { value: value.value, source: value.source, place: value.place }
    : { value: value.value, source: value.source };
}

/** A name shown in parts (title, first names, surname), from the nearest of each part. */
function nameFromParts(parts: FoundValue[]): DetectedField | undefined {
  const chosen: Partial<Record<NamePart, FoundValue>> = {};
  for (const value of parts) if (value.part && !chosen[value.part]) chosen[value.part] = value;
  const name = joinNameParts({
    title: chosen.title?.value,
    given: chosen.given?.value,
    surname: chosen.surname?.value,
  });
  const where = chosen.surname;
  if (!name || !where) return undefined;
  return {
    value: name,
    source: [chosen.title, chosen.given, chosen.surname].flatMap((v) => (v ? [v.source] : [])).join(', '),
    place: where.place,
  };
}

function readCandidate(anchor: FoundValue, values: FoundValue[], anchors: FoundValue[]): PatientCandidate {
  const doc = anchor.element.ownerDocument;
  const others = anchors.filter((other) => other.value !== anchor.value && other.element.ownerDocument === doc);
  const scope = scopeOf(anchor, others);
  const depths = depthsOf(anchor.element);
  const anchorDepth = depths.size - 1;
  const candidate: PatientCandidate = { nhsNumber: detected(anchor) };
  for (const field of PATIENT_DETAILS) {
    const options = values.filter(
      (value) =>
        value.field === field &&
        scope.contains(value.element) &&
        // A value in another row of a list belongs to that row's patient.
        (!value.row || value.row.contains(anchor.element)) &&
        // A postcode with no label is the patient's in the patient's own block, never from across the page.
        (!value.unlabelled || value.field === 'name' || anchorDepth - closeness(depths, value.element) <= OWN_BLOCK),
    );
    const parts = options.filter((value) => value.part);
    const whole = options.filter((value) => !value.part);
    // Labelled values first, then the nearest to the NHS number; document order breaks ties (the sort is stable).
    const best = whole
      .map((value, order) => ({ value, order, rank: (value.unlabelled ? 0 : 1000) + closeness(depths, value.element) }))
      .sort((a, b) => b.rank - a.rank || a.order - b.order)[0]?.value;
    const fromParts = !best && field === 'name' ? nameFromParts(sortByCloseness(parts, depths)) : undefined;
    if (best) candidate[field] = detected(best);
    else if (fromParts) candidate[field] = fromParts;
  }
  const postcode = candidate.address && postcodeInAddress(candidate.address.value);
  // A labelled address's postcode is surer than a postcode recognised by its shape alone.
  const shapeOnly = candidate.postcode?.source === ADDRESS_LINE && candidate.address?.source !== ADDRESS_LINE;
  if ((!candidate.postcode || shapeOnly) && candidate.address && postcode) {
    candidate.postcode = {
      ...candidate.address,
      value: postcode,
      source: `${candidate.address.source} (postcode in address)`,
    };
  }
  return candidate;
}

function merge(first: PatientCandidate, second: PatientCandidate): PatientCandidate {
  const merged: PatientCandidate = { ...first };
  for (const field of PATIENT_DETAILS) {
    const value: DetectedField | undefined = merged[field] ?? second[field];
    if (value) merged[field] = value;
  }
  return merged;
}

/**
 * Turns the values found on a page (and its frames) into one candidate per distinct NHS number. Labelled NHS
 * numbers are the patients; a number known only by its 3-3-4 shape counts only when no number is labelled. Each
 * candidate takes the values in its part of the page, and the same number seen twice is one patient.
 */
export function groupCandidates(values: FoundValue[]): PatientCandidate[] {
  const numbers = values.filter((value) => value.field === 'nhsNumber');
  const labelled = numbers.filter((value) => !value.unlabelled);
  const anchors = labelled.length > 0 ? labelled : numbers;
  const byNumber = new Map<string, PatientCandidate>();
  for (const anchor of anchors) {
    const candidate = readCandidate(anchor, values, anchors);
    const known = byNumber.get(anchor.value);
    byNumber.set(anchor.value, known ? merge(known, candidate) : candidate);
  }
  return [...byNumber.values()];
}
