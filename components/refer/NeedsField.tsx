import { Fragment } from 'preact';
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

/** "('lives alone', journal, 12 Mar)": the words that suggested a need, and where they were. */
function evidence(need: SuggestedNeed): string {
  return ` ('${need.phrase}'${need.where ? `, ${need.where}` : ''})`;
}

/** Chips shown before "All needs": enough for the common ones without pushing the rest of the form down. */
const SHOWN = 8;

/**
 * The needs on the referral as toggle chips: the common and the chosen ones in view, the rest one tap away.
 * Needs suggested by the record are offered, never added unasked: the record may mention a need in passing.
 */
export function NeedsField({ draft, onChange, ids, errorsFor, suggestedNeeds }: Props) {
  const [ignored, setIgnored] = useState<string[]>([]);
  const [expanded, setExpanded] = useState(false);
  const [shownWhy, setShownWhy] = useState(false);
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
  const whyId = `${ids.needs}-suggested`;

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
          {/* The words behind each need fold away to keep the form on one screen; "Where found" shows them in place. */}
          <p class="refer__suggestions-text" id={whyId}>
            {'From the record: '}
            {suggestions.map((need, i) => (
              <Fragment key={need.id}>
                {i > 0 && ', '}
                {need.label}
                {need.hedged && ' (query)'}
                <span hidden={!shownWhy}>{evidence(need)}</span>
              </Fragment>
            ))}
          </p>
          <p class="refer__buttons">
            <button type="button" class="button button--secondary" onClick={() => add(suggestions)}>
              Add
            </button>
            <button
              type="button"
              class="link-button"
              onClick={() => setIgnored([...ignored, ...suggestions.map((need) => need.id)])}
            >
              Ignore
            </button>
            <button
              type="button"
              class="link-button"
              aria-expanded={shownWhy}
              aria-controls={whyId}
              onClick={() => setShownWhy(!shownWhy)}
            >
              Where found
            </button>
          </p>
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
