import { useId } from 'preact/hooks';
import { TextField } from '@/components/TextField';
import { useSaveStatus } from '@/utils/config/use-save-status';
import { SELECTOR_LABELS, type SelectorField, validateSiteProfiles } from '@/utils/config/validate-site-profiles';
import { useEditableList } from '@/utils/hooks/use-editable-list';
import type { SiteProfile } from '@/utils/patient/site-profile';
import { FieldGroup } from './FieldGroup';
import { FormFeedback } from './FormFeedback';
import { SettingsSection } from './SettingsSection';

interface Props {
  value: SiteProfile[];
  locked?: boolean;
  onSave(value: SiteProfile[]): Promise<void>;
}

interface ProfileForm {
  key: number;
  id: string;
  label: string;
  urlPattern: string;
  selectors: Record<SelectorField, string>;
}

const FIELDS = Object.keys(SELECTOR_LABELS) as SelectorField[];

let nextKey = 0;
function toForm(profile: SiteProfile): ProfileForm {
  const selectors = Object.fromEntries(FIELDS.map((field) => [field, profile.selectors[field] ?? '']));
  return { key: nextKey++, ...profile, selectors: selectors as Record<SelectorField, string> };
}

type Field = 'label' | 'urlPattern' | SelectorField;

/**
 * Site profiles: where a clinical system shows each patient detail, for pages Signpost's own reading gets wrong.
 * Selectors are checked as CSS before saving, so a typing slip is named here rather than silently reading nothing.
 */
export function PatientDetectionSection({ value, locked = false, onSave }: Props) {
  const { feedback, busy, formRef, save } = useSaveStatus();
  const id = useId();
  const problemId = `${id}-problem`;
  const list = useEditableList(value, toForm, formRef, (key) => `${id}-${key}-label`);
  const profiles = list.rows;

  function edit(index: number, field: Field, text: string): void {
    list.update(index, (profile) => {
      if (field === 'label' || field === 'urlPattern') return { ...profile, [field]: text };
      return { ...profile, selectors: { ...profile.selectors, [field]: text } };
    });
  }

  function add(): void {
    list.add({ id: '', label: '', urlPattern: '', selectors: {} });
  }

  function submit(event: Event): void {
    event.preventDefault();
    if (locked) return;
    const typed = profiles.map(({ key: _key, ...profile }) => profile);
    void save(validateSiteProfiles(typed, document), onSave, 'Saved. Signpost reads patients with these profiles.');
  }

  function field(profile: ProfileForm, index: number, name: Field, label: string, hint?: string) {
    const value = name === 'label' || name === 'urlPattern' ? profile[name] : profile.selectors[name];
    return (
      <TextField
        key={name}
        id={`${id}-${profile.key}-${name}`}
        label={label}
        value={value}
        hint={hint}
        readOnly={locked}
        code={name !== 'label'}
        problemId={feedback.problem?.index === index && feedback.problem.field === name ? problemId : undefined}
        onInput={(text) => edit(index, name, text)}
      />
    );
  }

  return (
    <SettingsSection title="Patient detection" locked={locked}>
      <p>
        Signpost reads the patient from the clinical system’s page only when asked. For a page it reads badly, a site
        profile says where each detail is, as a CSS selector. Leave a selector empty to let Signpost look for it.
      </p>
      <form ref={formRef} noValidate onSubmit={submit}>
        {profiles.length === 0 && <p>No site profiles: Signpost reads every page on its own.</p>}
        {profiles.map((profile, index) => (
          <FieldGroup key={profile.key} boxed legend={`Site profile ${index + 1}`}>
            {field(profile, index, 'label', 'Label')}
            {field(
              profile,
              index,
              'urlPattern',
              'URL pattern',
              'The pages it applies to; * stands for any characters, like https://clinical.example.nhs.uk/patient/*',
            )}
            <FieldGroup legend="Selectors">
              {FIELDS.map((name) => field(profile, index, name, `${SELECTOR_LABELS[name]} selector`))}
            </FieldGroup>
            {!locked && (
              <button type="button" class="link-button" onClick={() => list.remove(index)}>
                Remove<span class="visually-hidden"> site profile {index + 1}</span>
              </button>
            )}
          </FieldGroup>
        ))}
        <FormFeedback problemId={problemId} feedback={feedback} />
        {!locked && (
          <p style={{ display: 'flex', flexWrap: 'wrap', gap: '12px' }}>
            <button type="button" class="button button--secondary" onClick={add}>
              Add a site profile
            </button>
            <button type="submit" class="button" disabled={busy}>
              Save site profiles
            </button>
          </p>
        )}
      </form>
    </SettingsSection>
  );
}
