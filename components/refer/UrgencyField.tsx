import type { Urgency } from '@/utils/referral/referral';
import type { SectionProps } from './section-props';

/** Short labels to choose by, with the timescale the link worker is asked to meet as each one's hint. */
const CHOICES: [Urgency, string, string][] = [
  ['routine', 'Routine', 'Usual waiting time'],
  ['soon', 'Soon', 'Within a week'],
  ['urgent', 'Urgent', 'Within 2 working days'],
];

/** How soon the link worker should make contact, as one radio group. */
export function UrgencyField({ draft, onChange, ids }: Omit<SectionProps, 'errorsFor'>) {
  return (
    <fieldset id={ids.urgency} class="refer__group">
      <legend class="refer__legend">Urgency</legend>
      {CHOICES.map(([urgency, label, hint]) => {
        const id = `${ids.urgency}-${urgency}`;
        return (
          <div key={urgency} class="check">
            <input
              id={id}
              type="radio"
              name={ids.urgency}
              value={urgency}
              checked={draft.urgency === urgency}
              aria-describedby={`${id}-hint`}
              onChange={() => onChange({ ...draft, urgency })}
            />
            <label for={id}>{label}</label>
            <span class="field__hint refer__inline-hint" id={`${id}-hint`}>
              {hint}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
