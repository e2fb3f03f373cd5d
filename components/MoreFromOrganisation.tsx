import { useState } from 'preact/hooks';
import type { PracticeNote } from '@/utils/db/schema';
import type { SearchResult } from '@/utils/hooks/use-search';
import type { ServiceSummary } from '@/utils/search/service-cards';
import { ServiceCard } from './ServiceCard';

interface Props {
  /** The card that stands for the organisation. */
  lead: SearchResult;
  more: SearchResult[];
  onSaveNote?(note: PracticeNote): Promise<void>;
  onRefer?(service: ServiceSummary): void;
  onShare?(service: ServiceSummary): void;
}

/**
 * "12 more from Bristol Beacon": a button under the card that stands for a crowded organisation, which shows or
 * hides the organisation's other matching records in a list of their own (the button says whether it is open).
 */
export function MoreFromOrganisation({ lead, more, onSaveNote, onRefer, onShare }: Props) {
  const [open, setOpen] = useState(false);
  const organisation = lead.service.organisation ?? '';
  const listId = `more-${lead.service.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  return (
    <div class="more-from">
      <button
        type="button"
        class="button button--secondary more-from__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {more.length} more from {organisation}
      </button>
      <ul id={listId} class="service-list more-from__list" aria-label={`More from ${organisation}`} hidden={!open}>
        {open &&
          more.map(({ service, why, note }) => (
            <li key={service.id}>
              <ServiceCard
                service={service}
                why={why}
                note={note}
                onSaveNote={onSaveNote}
                onRefer={onRefer}
                onShare={onShare}
              />
            </li>
          ))}
      </ul>
    </div>
  );
}
