import { useState } from 'preact/hooks';
import type { PracticeNote } from '@/utils/db/schema';

interface Props {
  serviceId: string;
  serviceName: string;
  note?: PracticeNote;
  onSave(note: PracticeNote): Promise<void>;
}

/** The practice's own note on a service: free text, a pin and short tags. Kept across every directory refresh. */
export function NoteEditor({ serviceId, serviceName, note, onSave }: Props) {
  const [text, setText] = useState(note?.text ?? '');
  const [pinned, setPinned] = useState(note?.pinned ?? false);
  const [tags, setTags] = useState((note?.tags ?? []).join(', '));
  const [message, setMessage] = useState<string>();
  // The form is built only when opened: fifty closed editors in the results cost a visible delay.
  const [open, setOpen] = useState(false);
  const id = serviceId.replace(/[^a-zA-Z0-9_-]/g, '-');

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    try {
      await onSave({
        serviceId,
        text,
        pinned,
        tags: tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
        updatedAt: Date.now(),
      });
      setMessage('Note saved.');
    } catch {
      setMessage('The note could not be saved. Try again.');
    }
  }

  return (
    <details class="note-editor" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {note ? 'Edit practice note' : 'Add practice note'}
        <span class="visually-hidden"> for {serviceName}</span>
      </summary>
      {open && (
        <form onSubmit={(event) => void save(event)}>
          <label class="field__label" for={`note-${id}`}>
            Practice note
          </label>
          <textarea
            id={`note-${id}`}
            class="field__input"
            rows={2}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <label class="field__label" for={`tags-${id}`}>
            Tags, separated by commas
          </label>
          <input
            id={`tags-${id}`}
            class="field__input"
            value={tags}
            placeholder="e.g. waiting list ~6 weeks, good for young carers"
            onInput={(event) => setTags(event.currentTarget.value)}
          />
          <label class="check">
            <input type="checkbox" checked={pinned} onChange={(event) => setPinned(event.currentTarget.checked)} />
            Pin: show first when it matches
          </label>
          <button type="submit" class="button button--secondary">
            Save note
          </button>
          <p role="status" class="field__hint">
            {message}
          </p>
        </form>
      )}
    </details>
  );
}
