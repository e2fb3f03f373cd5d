/** Text fields the user can fill: textareas, text inputs and rich-text editors. */
function isFillable(element: Element | null): element is HTMLTextAreaElement | HTMLInputElement | HTMLElement {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement) return ['text', 'search', ''].includes(element.type) && !element.readOnly;
  return element instanceof HTMLElement && element.isContentEditable;
}

/** The field's label as the user sees it, to confirm where the text went. */
function labelOf(element: HTMLElement): string {
  const labelled = 'labels' in element ? (element as HTMLInputElement).labels?.[0]?.textContent : undefined;
  return (labelled ?? element.getAttribute('aria-label') ?? element.getAttribute('name') ?? 'the text field').trim();
}

/**
 * Remembers the text field the user last clicked or typed in, so "Fill into page field" knows which one they mean.
 * Only the element is kept, never its content.
 */
export function trackLastField(doc: Document = document): () => Element | null {
  let last: Element | null = null;
  doc.addEventListener('focusin', (event) => {
    if (isFillable(event.target as Element)) last = event.target as Element;
  });
  return () => (last?.isConnected ? last : null);
}

/** Appends the referral text to the remembered field, as typing would, so the page's own scripts notice it. */
export function fillField(
  field: Element | null,
  text: string,
): { ok: true; field: string } | { ok: false; message: string } {
  if (!isFillable(field)) {
    return { ok: false, message: 'Click in the text field on the page where the referral should go, then try again.' };
  }
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    field.value = field.value ? `${field.value}\n${text}` : text;
  } else {
    field.textContent = field.textContent ? `${field.textContent}\n${text}` : text;
  }
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return { ok: true, field: labelOf(field) };
}
