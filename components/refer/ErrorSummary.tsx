import { useEffect, useRef } from 'preact/hooks';

/** One problem in the summary; `target` is the id of the element that fixes it, when the form has one. */
export interface SummaryItem {
  message: string;
  target?: string;
}

interface Props {
  id: string;
  items: SummaryItem[];
  /** Changes on every delivery attempt that found problems, so focus comes back even if the list did not change. */
  attempt: number;
}

const FOCUSABLE = 'input, select, textarea, button, summary, a[href]';

/** Focus the field itself; a group (fieldset, banner) hands focus to its first control. A folded section opens. */
function focusTarget(target: string, doc: Document): void {
  const element = doc.getElementById(target);
  if (!element) return;
  for (let folded = element.closest('details:not([open])'); folded; folded = folded.closest('details:not([open])')) {
    (folded as HTMLDetailsElement).open = true;
  }
  const control = element.matches(FOCUSABLE) ? element : (element.querySelector<HTMLElement>(FOCUSABLE) ?? element);
  element.scrollIntoView?.({ block: 'center' });
  control.focus();
}

/**
 * The NHS design system's error summary: "There is a problem", then each problem linking to its field. It takes
 * focus when shown so a screen reader reads it first, and each link moves focus to the field it names.
 */
export function ErrorSummary({ id, items, attempt }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `${id}-title`;

  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);

  if (items.length === 0) return null;
  return (
    <div id={id} ref={ref} class="error-summary" aria-labelledby={titleId} role="alert" tabIndex={-1}>
      <h2 id={titleId} class="error-summary__title">
        There is a problem
      </h2>
      <ul class="error-summary__list">
        {items.map((item) => (
          <li key={`${item.target ?? ''}:${item.message}`}>
            {item.target ? (
              <a
                href={`#${item.target}`}
                onClick={(event) => {
                  // The side panel has no address bar to keep a fragment in; moving focus is what helps.
                  event.preventDefault();
                  focusTarget(item.target ?? '', event.currentTarget.ownerDocument);
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
