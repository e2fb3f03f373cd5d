import { useState } from 'preact/hooks';
import { memo } from './memo';

export interface NeedChip {
  id: string;
  label: string;
  /** Services in the directory that meet it. */
  count: number;
}

interface Props {
  chips: NeedChip[];
  selected: string[];
  /** Needs read from the typed words: shown first and marked, not selected. */
  detected: string[];
  onToggle(id: string): void;
}

const SHOWN = 8;

/** One tap filters by a need. The most common needs show first; the rest are one more tap away. */
export const NeedChips = memo(function NeedChips({ chips, selected, detected, onToggle }: Props) {
  const [all, setAll] = useState(false);
  const first = chips.filter((chip) => selected.includes(chip.id) || detected.includes(chip.id));
  const rest = chips.filter((chip) => !first.includes(chip));
  const shown = all ? first.concat(rest) : first.concat(rest.slice(0, Math.max(0, SHOWN - first.length)));
  if (chips.length === 0) return null;
  return (
    <fieldset class="chips">
      <legend class="visually-hidden">Filter by need</legend>
      {shown.map((chip) => (
        <button
          key={chip.id}
          type="button"
          class={`chip${detected.includes(chip.id) ? ' chip--detected' : ''}`}
          aria-pressed={selected.includes(chip.id)}
          onClick={() => onToggle(chip.id)}
        >
          {chip.label} <span class="chip__count">{chip.count}</span>
        </button>
      ))}
      {rest.length > shown.length - first.length && (
        <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Fewer needs' : `All ${chips.length} needs`}
        </button>
      )}
    </fieldset>
  );
});
