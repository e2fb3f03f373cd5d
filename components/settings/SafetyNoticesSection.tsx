import { useEffect, useId, useState } from 'preact/hooks';
import { TextField } from '@/components/TextField';
import { useSaveStatus } from '@/utils/config/use-save-status';
import { safetyTopics } from '@/utils/needs/vocabulary-safety';
import { DEFAULT_SAFETY_NOTICES, type SafetyNotices, validateSafetyNotices } from '@/utils/safety/safety-notices';
import { FormFeedback } from './FormFeedback';
import { SettingsSection } from './SettingsSection';

interface Props {
  value: SafetyNotices;
  locked?: boolean;
  onSave(value: SafetyNotices): Promise<void>;
}

/**
 * The PCN's wording of the safety notices the side panel shows when a search or a note points at domestic abuse,
 * suicide or self-harm, or a safeguarding concern: typically the national numbers plus the practice's own lead.
 */
export function SafetyNoticesSection({ value, locked = false, onSave }: Props) {
  const [draft, setDraft] = useState(value);
  const { feedback, busy, formRef, save } = useSaveStatus();
  const id = useId();
  const problemId = `${id}-problem`;
  useEffect(() => setDraft(value), [value]);
  const marked = (field: string) => (feedback.problem?.field === field ? problemId : undefined);
  const edit = (topic: keyof SafetyNotices, part: 'heading' | 'text', text: string) =>
    setDraft({ ...draft, [topic]: { ...draft[topic], [part]: text } });

  return (
    <SettingsSection title="Safety notices" locked={locked}>
      <p>
        Shown above the services when the words searched, or the consultation note, point at one of these risks. The
        services still show below. Add your practice safeguarding lead and local teams.
      </p>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!locked) void save(validateSafetyNotices(draft), onSave, 'Saved. The side panel uses this wording now.');
        }}
      >
        {safetyTopics.map((topic) => (
          <fieldset key={topic.id} class="field-group">
            <legend>{topic.label}</legend>
            <TextField
              id={`${id}-${topic.id}-heading`}
              label="Heading"
              value={draft[topic.id].heading}
              readOnly={locked}
              problemId={marked(`${topic.id}-heading`)}
              onInput={(text) => edit(topic.id, 'heading', text)}
            />
            <TextField
              id={`${id}-${topic.id}-text`}
              label="What to do"
              hint="One line each. Phone numbers become links."
              rows={4}
              value={draft[topic.id].text}
              readOnly={locked}
              problemId={marked(`${topic.id}-text`)}
              onInput={(text) => edit(topic.id, 'text', text)}
            />
          </fieldset>
        ))}
        <FormFeedback problemId={problemId} feedback={feedback} />
        {!locked && (
          <>
            <button class="button" type="submit" disabled={busy}>
              Save<span class="visually-hidden"> the safety notices</span>
            </button>{' '}
            <button class="button button--secondary" type="button" onClick={() => setDraft(DEFAULT_SAFETY_NOTICES)}>
              Use the standard wording
            </button>
          </>
        )}
      </form>
    </SettingsSection>
  );
}
