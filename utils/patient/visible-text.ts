// Never read: code, styles, and form controls whose text is not what they show (a <select> lists every option).
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'SVG']);
// A frame's text is its own document's, read separately; what is written between its tags is never shown.
const FRAMES = new Set(['IFRAME', 'FRAME', 'OBJECT']);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const CELLS = new Set(['TD', 'TH']);
// Inputs whose value is text a person reads; checkboxes and buttons are not.
const TEXT_INPUTS = new Set(['', 'text', 'tel', 'email', 'date', 'search']);

/** The page as the user sees it: which elements are visible, and their text. */
export interface TextReader {
  /** Visible elements of the body in document order, outside free-text areas (textareas, contenteditable). */
  elements: Element[];
  isVisible(element: Element): boolean;
  /** Visible text: whitespace collapsed, lines ("\n") for blocks and line breaks, tabs between table cells. */
  text(element: Element): string;
}

/**
 * What a form control shows: the value of a text input, textarea or select (its chosen option), or undefined for
 * anything else. Read through Reflect so elements from a frame's own window (another realm) work too.
 */
export function controlValue(element: Element): string | undefined {
  const tag = element.tagName.toUpperCase();
  if (tag === 'INPUT' && !TEXT_INPUTS.has((element.getAttribute('type') ?? '').toLowerCase())) return undefined;
  if (tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'SELECT') return undefined;
  const value: unknown = Reflect.get(element, 'value');
  if (typeof value !== 'string') return undefined;
  if (tag !== 'SELECT') return value;
  const chosen = Array.from(element.querySelectorAll('option')).find(
    (option) => Reflect.get(option, 'selected') === true,
  );
  return chosen?.textContent ?? value;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** An element's open shadow root, where a web component draws what it shows; a closed one is not ours to read. */
export function openShadowRoot(element: Element): ShadowRoot | null {
  const root: unknown = Reflect.get(element, 'shadowRoot');
  return root && typeof root === 'object' && 'host' in root ? (root as ShadowRoot) : null;
}

/** The parent as the page draws it: across a shadow root's edge to its host. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}

/** What an element draws: its open shadow tree's nodes (where one is attached), else its own children. */
export function shownChildNodes(element: Element): Node[] {
  // A <slot> shows the host's children assigned to it, and its own content only when none are.
  const assigned: unknown = Reflect.get(element, 'assignedNodes');
  if (typeof assigned === 'function') {
    const nodes: unknown = assigned.call(element, { flatten: true });
    if (Array.isArray(nodes) && nodes.length > 0) return nodes as Node[];
  }
  const shadow = openShadowRoot(element);
  return Array.from((shadow ?? element).childNodes);
}

function ownHidden(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED.has(tag) || element.hasAttribute('hidden')) return true;
  if (tag === 'INPUT' && element.getAttribute('type')?.toLowerCase() === 'hidden') return true;
  const parent = composedParent(element);
  // A closed <details> shows only its summary.
  if (parent?.tagName.toUpperCase() === 'DETAILS' && !parent.hasAttribute('open') && tag !== 'SUMMARY') return true;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style?.display === 'none' || style?.visibility === 'hidden' || style?.visibility === 'collapse';
}

/** A textarea or contenteditable region: where notes are typed, not where a record shows its fields. */
export function isFreeText(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return element.tagName.toUpperCase() === 'TEXTAREA' || (editable !== null && editable.toLowerCase() !== 'false');
}

function tidy(raw: string): string {
  return raw
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((cell) => cell.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\t'),
    )
    .filter(Boolean)
    .join('\n');
}

/**
 * Reads a document the way its user sees it: elements hidden by the hidden attribute, display:none,
 * visibility:hidden, a closed <details> or type="hidden" are left out, as are scripts and styles.
 */
export function createTextReader(doc: Document): TextReader {
  const visible = new Map<Element, boolean>();
  const raw = new Map<Element, string>();
  const hiddenOwn = new Map<Element, boolean>();

  // Computed style is the costly part of reading a page; every element's is asked for once.
  function isHiddenItself(element: Element): boolean {
    const known = hiddenOwn.get(element);
    if (known !== undefined) return known;
    const result = ownHidden(element);
    hiddenOwn.set(element, result);
    return result;
  }

  function isVisible(element: Element): boolean {
    const known = visible.get(element);
    if (known !== undefined) return known;
    const parent = composedParent(element);
    const result = !isHiddenItself(element) && (parent === null || isVisible(parent));
    visible.set(element, result);
    return result;
  }

  /**
   * Text of an element as shown. Free text (a consultation note) inside a record is no part of the record's fields
   * and reads as nothing, unless `inNote`: reading the note itself, where nested editable parts belong to it.
   */
  function rawText(element: Element, inNote: boolean): string {
    const known = inNote ? undefined : raw.get(element);
    if (known !== undefined) return known;
    const tag = element.tagName.toUpperCase();
    let result = '';
    if (tag === 'BR') result = '\n';
    else if (isHiddenItself(element) || (isFreeText(element) && !inNote) || FRAMES.has(tag)) result = '';
    else if (BLOCKS.has(tag)) result = `\n${contentText(element, inNote)}\n`;
    else if (CELLS.has(tag)) result = `\t${contentText(element, inNote)}\t`;
    else result = contentText(element, inNote);
    if (!inNote) raw.set(element, result);
    return result;
  }

  function contentText(element: Element, inNote: boolean): string {
    const control = controlValue(element);
    if (control !== undefined) return control;
    let inner = '';
    for (const node of shownChildNodes(element)) {
      if (node.nodeType === 3) inner += node.textContent ?? '';
      else if (isElement(node)) inner += rawText(node, inNote);
    }
    return inner;
  }

  const elements: Element[] = [];
  const walk = (element: Element): void => {
    if (isHiddenItself(element) || isFreeText(element)) return;
    elements.push(element);
    // A select's options are its choices, not text on the page; its chosen value is read as its text.
    if (element.tagName.toUpperCase() === 'SELECT') return;
    for (const child of shownChildNodes(element)) if (isElement(child)) walk(child);
  };
  if (doc.body) walk(doc.body);

  // Asked about a free-text region itself, the reader gives its content: that is how the note is read.
  const text = (element: Element): string => tidy(rawText(element, isFreeText(element)));
  return { elements, isVisible, text };
}
