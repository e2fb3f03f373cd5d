import { postcodeInAddress } from './field-values';
import { type DetectedField, type FoundValue, PATIENT_DETAILS, type PatientCandidate } from './patient-types';

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

function depthsOf(element: Element): Map<Element, number> {
  const chain: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) chain.unshift(node);
  return new Map(chain.map((node, depth) => [node, depth]));
}

function readCandidate(anchor: FoundValue, values: FoundValue[], anchors: FoundValue[]): PatientCandidate {
  const doc = anchor.element.ownerDocument;
  const others = anchors.filter((other) => other.value !== anchor.value && other.element.ownerDocument === doc);
  const scope = scopeOf(anchor, others);
  const depths = depthsOf(anchor.element);
  const candidate: PatientCandidate = { nhsNumber: { value: anchor.value, source: anchor.source } };
  for (const field of PATIENT_DETAILS) {
    const options = values.filter(
      (value) =>
        value.field === field &&
        scope.contains(value.element) &&
        // A value in another row of a list belongs to that row's patient.
        (!value.row || value.row.contains(anchor.element)),
    );
    // Labelled values first, then the nearest to the NHS number; document order breaks ties (the sort is stable).
    const best = options
      .map((value, order) => ({ value, order, rank: (value.unlabelled ? 0 : 1000) + closeness(depths, value.element) }))
      .sort((a, b) => b.rank - a.rank || a.order - b.order)[0]?.value;
    if (best) candidate[field] = { value: best.value, source: best.source };
  }
  const postcode = candidate.address && postcodeInAddress(candidate.address.value);
  if (!candidate.postcode && candidate.address && postcode) {
    candidate.postcode = { value: postcode, source: `${candidate.address.source} (postcode in address)` };
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
