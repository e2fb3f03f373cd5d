import { useState } from 'preact/hooks';
import { needVocabulary } from '@/utils/needs/need-vocabulary';
import type { ReferralDraft } from '@/utils/referral/referral';
import type { SuggestedNeed } from '@/utils/referral/stored-referral';
import { FieldError, fieldErrorId } from './FieldError';
import type { SectionProps } from './section-props';

export type { SuggestedNeed };

interface Props extends SectionProps {
  suggestedNeeds: SuggestedNeed[];
}

type Need = ReferralDraft['needs'][number];

/** Chips shown before "All needs": enough for the common ones without pushing the rest of the form down. */
const SHOWN = 8;

/**
 * The needs on the referral as toggle chips: the common and the chosen ones in view, the rest one tap away.
 * Needs suggested by the consultation note are offered, never added unasked: the note may mention a need in passing.
 */
export function NeedsField({ draft, onChange, ids, errorsFor, suggestedNeeds }: Props) {
  const [ignored, setIgnored] = useState<string[]>([]);
  const [expanded, setExpanded] = useState(false);
  const chosen = new Set(draft.needs.map((need) => need.id));
  const suggestions = suggestedNeeds.filter((need) => !chosen.has(need.id) && !ignored.includes(need.id));
  // Vocabulary order, not chosen-first: a chip stays where it is when pressed, and so does the keyboard focus.
  const known = new Set(needVocabulary.map((need) => need.id));
  const all: Need[] = [...draft.needs.filter((need) => !known.has(need.id)), ...needVocabulary];
  const shown = expanded ? all : all.filter((need, i) => i < SHOWN || chosen.has(need.id));
  const setNeeds = (needs: Need[]) => onChange({ ...draft, needs });
  const add = (needs: Need[]) => setNeeds([...draft.needs, ...needs.map(({ id, label }) => ({ id, label }))]);
  const remove = (id: string) => setNeeds(draft.needs.filter((need) => need.id !== id));
  const errors = errorsFor('needs');

  return (
    <fieldset
      id={ids.needs}
      class="refer__group"
      aria-describedby={errors.length > 0 ? fieldErrorId(ids.needs) : undefined}
    >
      <legend class="refer__legend">Needs</legend>
      <FieldError id={ids.needs} messages={errors} />
      {suggestions.length > 0 && (
        <div class="notice refer__suggestions">
          <p class="refer__suggestions-text">
            {`From the consultation note: ${suggestions.map((need) => `${need.label} ('${need.phrase}')`).join(', ')}`}
          </p>
          <button type="button" class="button button--secondary" onClick={() => add(suggestions)}>
            Add
          </button>{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => setIgnored([...ignored, ...suggestions.map((need) => need.id)])}
          >
            Ignore
          </button>
        </div>
      )}
      <div class="chips">
        {shown.map((need) => (
          <button
            key={need.id}
            type="button"
            class="chip"
            aria-pressed={chosen.has(need.id)}
            onClick={() => (chosen.has(need.id) ? remove(need.id) : add([need]))}
          >
            {need.label}
          </button>
        ))}
        {all.length > SHOWN && (
          <button type="button" class="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? 'Fewer needs' : `All ${all.length} needs`}
          </button>
        )}
      </div>
    </fieldset>
  );
}
