import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  title: string;
  /** Set by the organisation's policy: says so above the (read-only) fields. */
  locked?: boolean;
  children: ComponentChildren;
}

/** One section of the settings page: a card with its heading, named by it for screen readers' landmarks list. */
export function SettingsSection({ title, locked = false, children }: Props) {
  const id = useId();
  return (
    <section class="options__section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {locked && <p class="notice">Set by your organisation. You can see this setting here but not change it.</p>}
      {children}
    </section>
  );
}
