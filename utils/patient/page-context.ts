import { composedParent } from './visible-text';

// Sections about someone other than the patient: relatives, carers, other records. Read as a person reads headings.
const OTHER_PERSON =
  /\b(?:family|relationships?|relatives?|next[- ]of[- ]kin|nok|mother|mum|father|dad|parents?|guardians?|carers?|siblings?|brother|sister|spouse|partner|husband|wife|sons?|daughters?|grandmother|grandfather|emergency contacts?|household|other (?:patients|people|records)|recent(?:ly viewed)? patients|recent records|previous patients?|linked records?|patient list)\b/i;
// The first line of a letterhead or a practice's details: their address and phone are not the patient's.
const ORGANISATION =
  /\b(?:practice|surgery|medical (?:centre|center|group)|health centre|hospital|nhs (?:foundation )?trust|clinic|department|ward)\b/i;
const HEADING = /^(?:H[2-6]|LEGEND|CAPTION|SUMMARY)$/;
const ITEMS = /^(?:LI|TR|A|BUTTON)$/;
const ITEM_ROLES = /^(?:option|row|listitem|tab|treeitem|gridcell|link|button|article)$/;
const SECTIONS = /^(?:SECTION|ARTICLE|ASIDE|FIELDSET|FORM|TABLE|DL|UL|OL|MAIN|DIV|LI|TR)$/;

function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function isHeading(element: Element): boolean {
  return HEADING.test(element.tagName.toUpperCase()) || element.getAttribute('role') === 'heading';
}

/** The name an element's author gave it: aria-label, or the text of the elements aria-labelledby points at. */
export function accessibleLabel(element: Element): string | undefined {
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const root = element.getRootNode() as Document | ShadowRoot;
  const text = ids
    .map((id) => (typeof root.getElementById === 'function' ? root.getElementById(id) : null))
    .map((named) => (named ? textOf(named) : ''))
    .join(' ')
    .trim();
  return text || undefined;
}

/** The heading that names a section: its own first heading or caption, else the heading just before it. */
function headingFor(element: Element): string | undefined {
  const own = Array.from(element.children).find(isHeading);
  if (own && SECTIONS.test(element.tagName.toUpperCase())) return textOf(own);
  for (let previous = element.previousElementSibling; previous; previous = previous.previousElementSibling) {
    if (isHeading(previous)) return textOf(previous);
    // A sibling section in between means the heading belongs to something else.
    if (previous.querySelector('h2, h3, h4, h5, h6')) return undefined;
  }
  return undefined;
}

/** The labels and headings around an element, nearest first, up to the page itself. */
export function contextLabels(element: Element): string[] {
  const labels: string[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const label = accessibleLabel(node);
    if (label) labels.push(label);
    const heading = headingFor(node);
    if (heading) labels.push(heading);
  }
  return labels;
}

/** In a list where one item is marked selected or current, the other items are not what the user has open. */
function unselectedItem(element: Element): boolean {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    if (node.getAttribute('aria-selected') === 'false') return true;
    const marked = (item: Element) =>
      item.getAttribute('aria-selected') === 'true' || (item.getAttribute('aria-current') ?? 'false') !== 'false';
    if (!ITEMS.test(node.tagName.toUpperCase()) && !ITEM_ROLES.test(node.getAttribute('role') ?? '')) continue;
    const siblings = node.parentElement ? Array.from(node.parentElement.children) : [];
    if (!marked(node) && siblings.some((sibling) => sibling !== node && marked(sibling))) return true;
  }
  return false;
}

/** A table row that says whose it is in its first cell ("Mother", "Next of kin"). */
function relativeRow(element: Element): boolean {
  const row = element.closest('tr');
  const first = row?.firstElementChild;
  return !!first && first !== element && !first.contains(element) && OTHER_PERSON.test(textOf(first));
}

/**
 * True when an element sits where the page shows someone other than the open patient: a family, next-of-kin,
 * carer or household section, recent or other patients, or an inbox item other than the selected one.
 */
export function aboutSomeoneElse(element: Element): boolean {
  return unselectedItem(element) || relativeRow(element) || contextLabels(element).some((l) => OTHER_PERSON.test(l));
}

/** True when the nearest blocks around an element begin by naming an organisation: a letterhead, a practice line. */
export function aboutAnOrganisation(element: Element, blockText: (element: Element) => string): boolean {
  let node: Element | null = element;
  for (let level = 0; node && level < 3; level++, node = composedParent(node)) {
    if (/^(?:BODY|HTML)$/.test(node.tagName.toUpperCase())) return false;
    const lines = blockText(node).split('\n');
    // A long stretch of the page is not a letterhead, whatever its first line says.
    if (lines.length > 6) return false;
    if (ORGANISATION.test(lines[0] ?? '')) return true;
  }
  return false;
}

function sentenceCase(label: string): string {
  const words = label.replace(/[:\s]+$/, '').trim();
  return words.length > 0 && words.length <= 40 ? words : '';
}

/**
 * Where an element is, in the words a person would use: "the banner", "the Demographics table", "the Patient
 * details section", "the page". Never an element name or the page's address.
 */
export function describePlace(element: Element): string {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const tag = node.tagName.toUpperCase();
    const label = accessibleLabel(node) ?? '';
    const names = `${node.id} ${node.getAttribute('class') ?? ''}`.toLowerCase();
    if (node.getAttribute('role') === 'banner' || /banner/i.test(label) || /banner|patient-?header/.test(names)) {
      return 'the banner';
    }
    if (node.getAttribute('aria-selected') === 'true' || (node.getAttribute('aria-current') ?? 'false') !== 'false') {
      const list = node.parentElement ? accessibleLabel(node.parentElement) : undefined;
      return list ? `the selected item in the ${sentenceCase(list)} list` : 'the selected item';
    }
    if (tag === 'TABLE' || tag === 'DL') {
      const name = sentenceCase(node.querySelector('caption')?.textContent ?? label ?? '') || headingFor(node);
      // An unnamed list of details is named by the section around it, if any.
      if (name) return `the ${sentenceCase(name)} ${tag === 'TABLE' ? 'table' : 'list'}`;
    }
    if (label && /^(?:SECTION|ASIDE|ARTICLE|FORM|FIELDSET|DIV|NAV|MAIN)$/.test(tag)) {
      return `the ${sentenceCase(label)} section`;
    }
  }
  return 'the page';
}
