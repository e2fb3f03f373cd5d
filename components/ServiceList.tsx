import type { ServiceResult } from '@/utils/search/search-services';
import { ServiceCard } from './ServiceCard';

/** The ranked results. */
export function ServiceList({ results }: { results: ServiceResult[] }) {
  return (
    <ol class="service-list" aria-label="Services">
      {results.map(({ service }) => (
        <li key={service.id}>
          <ServiceCard service={service} />
        </li>
      ))}
    </ol>
  );
}
