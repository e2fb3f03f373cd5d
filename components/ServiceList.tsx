import type { PracticeNote } from '@/utils/db/schema';
import type { SearchResult } from '@/utils/hooks/use-search';
import { ServiceCard } from './ServiceCard';

interface Props {
  results: SearchResult[];
  onSaveNote?(note: PracticeNote): Promise<void>;
}

/** The ranked results. */
export function ServiceList({ results, onSaveNote }: Props) {
  return (
    <ol class="service-list" aria-label="Services">
      {results.map(({ service, why, note }) => (
        <li key={service.id}>
          <ServiceCard service={service} why={why} note={note} onSaveNote={onSaveNote} />
        </li>
      ))}
    </ol>
  );
}
