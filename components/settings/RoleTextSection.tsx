import { useState } from 'preact/hooks';
import type { RoleText } from '@/utils/explain/role-text';
import { RoleTextEditor } from '../RoleTextEditor';
import { SettingsSection } from './SettingsSection';

interface Props {
  value: RoleText;
  locked?: boolean;
  onSave(value: RoleText): Promise<void>;
}

/**
 * What reception reads aloud about link workers. The editor opens on request: it carries its own role="status"
 * line, and the page keeps a single status message (at its top) until someone chooses to edit this text.
 */
export function RoleTextSection({ value, locked = false, onSave }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <SettingsSection title="What a link worker does" locked={locked}>
      <p>
        What reception reads aloud when someone asks what a social prescribing link worker is, and what the patient
        leaflet says. It begins: “{value.intro.slice(0, 120)}
        {value.intro.length > 120 ? '…' : ''}”
      </p>
      <button type="button" class="button button--secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {locked ? 'Show the link worker text' : 'Edit the link worker text'}
      </button>
      {open && <RoleTextEditor value={value} locked={locked} onSave={onSave} />}
    </SettingsSection>
  );
}
