const FRAMES = new Set(['IFRAME', 'FRAME']);
// Frames within frames are followed this deep, as when reading the patient.
const MAX_DEPTH = 5;

const tagOf = (element: Element) => element.tagName.toUpperCase();

/**
 * Text fields the user can fill: textareas, text inputs and rich-text editors. Checked by tag and property rather
 * than `instanceof`, because a field in a frame belongs to the frame's own window (another realm).
 */
function isFillable(element: Element | null): element is HTMLElement {
  if (!element) return false;
  const tag = tagOf(element);
  const field = element as HTMLInputElement;
  if (tag === 'TEXTAREA') return !field.readOnly && !field.disabled;
  if (tag === 'INPUT') return ['text', 'search', ''].includes(field.type) && !field.readOnly && !field.disabled;
  return (element as HTMLElement).isContentEditable === true;
}

/** The element focused inside a same-origin frame (followed through nested frames); null for another site's frame. */
function focusedIn(frame: Element): Element | null {
  let element: Element | null = frame;
  for (let depth = 0; element && FRAMES.has(tagOf(element)) && depth < MAX_DEPTH; depth++) {
    try {
      element = (element as HTMLIFrameElement).contentDocument?.activeElement ?? null;
    } catch {
      return null;
    }
  }
  return element;
}

/** The field's label as the user sees it, to confirm where the text went. */
function labelOf(element: HTMLElement): string {
  const labelled = 'labels' in element ? (element as HTMLInputElement).labels?.[0]?.textContent : undefined;
  return (labelled ?? element.getAttribute('aria-label') ?? element.getAttribute('name') ?? 'the text field').trim();
}

/**
 * Remembers the text field the user last clicked or typed in, so "Fill into page field" knows which one they mean.
 * Only the element is kept, never its content. Focus inside a same-origin frame (many clinical systems show the
 * record in one) raises no event in this document, which then only shows the frame as its active element: that
 * frame's focused field is used instead.
 */
export function trackLastField(doc: Document = document): () => Element | null {
  let last: Element | null = null;
  doc.addEventListener('focusin', (event) => {
    if (isFillable(event.target as Element)) last = event.target as Element;
  });
  return () => {
    const active = doc.activeElement;
    const field = active && FRAMES.has(tagOf(active)) ? focusedIn(active) : last;
    return field?.isConnected && isFillable(field) ? field : null;
  };
}

/** Appends the referral text to the remembered field, as typing would, so the page's own scripts notice it. */
export function fillField(
  field: Element | null,
  text: string,
): { ok: true; field: string } | { ok: false; message: string } {
  if (!isFillable(field)) {
    return { ok: false, message: 'Click in the text field on the page where the referral should go, then try again.' };
  }
  const tag = tagOf(field);
  if (tag === 'INPUT') {
    // A one-line field drops line breaks, which would run the referral's lines together: spaces keep them apart.
    const control = field as HTMLInputElement;
    const line = text.replace(/\s*\n\s*/g, ' ');
    control.value = control.value ? `${control.value} ${line}` : line;
  } else if (tag === 'TEXTAREA') {
    const control = field as HTMLTextAreaElement;
    control.value = control.value ? `${control.value}\n${text}` : text;
  } else {
    field.textContent = field.textContent ? `${field.textContent}\n${text}` : text;
  }
  // Events from the field's own window, so a framed page's listeners see ordinary events.
  const EventOf = field.ownerDocument.defaultView?.Event ?? Event;
  field.dispatchEvent(new EventOf('input', { bubbles: true }));
  field.dispatchEvent(new EventOf('change', { bubbles: true }));
  return { ok: true, field: labelOf(field) };
}
