import { useId } from 'preact/hooks';
import { TextField } from '@/components/TextField';
import { useSaveStatus } from '@/utils/config/use-save-status';
import { validateScopeRules } from '@/utils/config/validate-scope-rules';
import { useEditableList } from '@/utils/hooks/use-editable-list';
import { DEFAULT_SCOPE_RULES, type ScopeRule } from '@/utils/referral/scope-guard';
import { FieldGroup } from './FieldGroup';
import { FormFeedback } from './FormFeedback';
import { SettingsSection } from './SettingsSection';

interface Props {
  value: ScopeRule[];
  locked?: boolean;
  onSave(value: ScopeRule[]): Promise<void>;
}

/** A rule as typed: trigger words one per line. A new rule has no id until saved (it is made from the label). */
interface RuleForm {
  key: number;
  id: string;
  label: string;
  triggers: string;
  route: string;
}

let nextKey = 0;
function toForm(rule: ScopeRule): RuleForm {
  return { key: nextKey++, id: rule.id, label: rule.label, triggers: rule.triggers.join('\n'), route: rule.route };
}

type Field = 'label' | 'triggers' | 'route';

/**
 * The requests a link worker cannot take (urgent symptoms, safeguarding, prescriptions…), the words that suggest
 * them and where they go instead. The referrer is warned; nothing is blocked.
 */
export function ScopeGuardSection({ value, locked = false, onSave }: Props) {
  const { feedback, busy, formRef, save, say } = useSaveStatus();
  const id = useId();
  const problemId = `${id}-problem`;
  const list = useEditableList(value, toForm, formRef, (key) => `${id}-${key}-label`);
  const rules = list.rows;

  function edit(index: number, field: Field, text: string): void {
    list.update(index, (rule) => ({ ...rule, [field]: text }));
  }

  function add(): void {
    list.add({ id: '', label: '', triggers: [], route: '' });
  }

  function submit(event: Event): void {
    event.preventDefault();
    if (locked) return;
    const typed = rules.map(({ id: ruleId, label, triggers, route }) => ({
      id: ruleId,
      label,
      triggers: triggers.split(/\r?\n/),
      route,
    }));
    void save(validateScopeRules(typed), onSave, 'Saved. Referrers are warned by these rules.');
  }

  function field(rule: RuleForm, index: number, name: Field, label: string, extra: { hint?: string; rows?: number }) {
    return (
      <TextField
        id={`${id}-${rule.key}-${name}`}
        label={label}
        value={rule[name]}
        readOnly={locked}
        problemId={feedback.problem?.index === index && feedback.problem.field === name ? problemId : undefined}
        onInput={(text) => edit(index, name, text)}
        {...extra}
      />
    );
  }

  return (
    <SettingsSection title="Scope guard" locked={locked}>
      <p>
        When a referral’s reason mentions one of these, Signpost warns the referrer and says where the request should go
        instead. It never stops a referral.
      </p>
      <form ref={formRef} noValidate onSubmit={submit}>
        {rules.length === 0 && <p>No rules: referrers get no warnings.</p>}
        {rules.map((rule, index) => (
          <FieldGroup
            key={rule.key}
            boxed
            legend={`Rule ${index + 1}${rule.label.trim() ? `: ${rule.label.trim()}` : ''}`}
          >
            {field(rule, index, 'label', 'Label', {})}
            {field(rule, index, 'triggers', 'Trigger words', {
              hint: 'One word or phrase per line. A plural “s” matches too.',
              rows: 5,
            })}
            {field(rule, index, 'route', 'What to do instead', { rows: 3 })}
            {!locked && (
              <button type="button" class="link-button" onClick={() => list.remove(index)}>
                Remove<span class="visually-hidden"> rule {index + 1}</span>
              </button>
            )}
          </FieldGroup>
        ))}
        <FormFeedback problemId={problemId} feedback={feedback} />
        {!locked && (
          <p style={{ display: 'flex', flexWrap: 'wrap', gap: '12px' }}>
            <button type="button" class="button button--secondary" onClick={add}>
              Add a rule
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                list.reset(DEFAULT_SCOPE_RULES);
                say('The standard rules are back. Select Save to keep them.');
              }}
            >
              Reset to defaults
            </button>
            <button type="submit" class="button" disabled={busy}>
              Save scope rules
            </button>
          </p>
        )}
      </form>
    </SettingsSection>
  );
}
