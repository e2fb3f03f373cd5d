import { MAX_REASON_LENGTH } from '@/utils/referral/referral';
import { checkScope, type ScopeRule } from '@/utils/referral/scope-guard';
import { FieldError, fieldErrorId } from './FieldError';
import type { SectionProps } from './section-props';

interface Props extends SectionProps {
  scopeRules: ScopeRule[];
}

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Why the patient is referred, with a running character count and the scope guard's warnings as it is typed. Text
 * past the limit is kept and flagged rather than cut off, so nothing the patient said is silently lost.
 */
export function ReasonField({ draft, onChange, ids, errorsFor, scopeRules }: Props) {
  const id = ids.reason;
  const length = draft.reason.length;
  const over = length > MAX_REASON_LENGTH;
  // Past the limit the live message replaces the one from the last attempt: it is the same problem, kept current.
  const errors = over
    ? [`The reason is ${count(length)} characters: shorten it to ${count(MAX_REASON_LENGTH)} or fewer.`]
    : errorsFor('reason');
  // A few dozen small patterns: cheap enough to run on every keystroke, so the warning shows while typing.
  const warnings = checkScope(
    draft.reason,
    draft.needs.map((need) => need.id),
    scopeRules,
  );
  const describedBy = [`${id}-hint`, `${id}-count`, errors.length > 0 && fieldErrorId(id)].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label class="field__label" for={id}>
        Reason for referral
      </label>
      <p class="field__hint" id={`${id}-hint`}>
        In the patient's own words where you can.
      </p>
      <FieldError id={id} messages={errors} />
      <textarea
        id={id}
        class={`field__input${errors.length > 0 ? ' field__input--error' : ''}`}
        rows={2}
        value={draft.reason}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy}
        onInput={(event) => onChange({ ...draft, reason: event.currentTarget.value })}
      />
      <p class={`field__hint${over ? ' refer__count--over' : ''}`} id={`${id}-count`} aria-live="polite">
        {`${count(length)} of ${count(MAX_REASON_LENGTH)} characters`}
      </p>
      <div aria-live="polite">
        {warnings.map(({ rule }) => (
          <p key={rule.id} class="notice notice--warning">
            <strong>{rule.label}:</strong> {rule.route}
          </p>
        ))}
      </div>
    </div>
  );
}
