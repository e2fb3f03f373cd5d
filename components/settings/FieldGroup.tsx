import type { ComponentChildren } from 'preact';

interface Props {
  legend: ComponentChildren;
  /** A row of a list (a link worker, a rule): drawn as a box so each row reads as one thing. */
  boxed?: boolean;
  children: ComponentChildren;
}

// Inline styles: components/style.css belongs to the whole extension and has no fieldset rule for the options page.
const PLAIN = { border: 0, padding: 0, margin: '0 0 12px', minWidth: 0 };
const BOXED = {
  border: '1px solid var(--border)',
  borderRadius: '4px',
  padding: '8px 12px',
  margin: '0 0 12px',
  minWidth: 0,
};

/** A fieldset whose legend names the group of fields, as screen readers announce it on entering. */
export function FieldGroup({ legend, boxed = false, children }: Props) {
  return (
    <fieldset style={boxed ? BOXED : PLAIN}>
      <legend class="field__label" style={{ padding: 0, fontSize: '1.0625rem' }}>
        {legend}
      </legend>
      {children}
    </fieldset>
  );
}
