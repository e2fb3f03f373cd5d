import type { Service } from '@/utils/directory/service';
import { formatDate } from '@/utils/format/relative-time';

const SUMMARY_LENGTH = 220;

function summarise(description: string): string {
  if (description.length <= SUMMARY_LENGTH) return description;
  const cut = description.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : SUMMARY_LENGTH)}…`;
}

/** One service in the results. Everything is rendered as text: feed content never becomes HTML. */
export function ServiceCard({ service }: { service: Service }) {
  const headingId = `service-${service.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  return (
    <article class="service-card" aria-labelledby={headingId}>
      <h3 id={headingId} class="service-card__name">
        {service.name}
      </h3>
      {service.organisation && service.organisation !== service.name && (
        <p class="service-card__org">{service.organisation}</p>
      )}
      <p class="service-card__summary">{summarise(service.description)}</p>
      {service.eligibility.audiences.length > 0 && (
        <p class="service-card__tags">For: {service.eligibility.audiences.join(', ')}</p>
      )}
      <p class="service-card__meta">
        {service.website && (
          <a href={service.website} target="_blank" rel="noopener noreferrer">
            Website<span class="visually-hidden"> for {service.name}</span>
          </a>
        )}
        {service.email && <a href={`mailto:${service.email}`}>{service.email}</a>}
        <span class="service-card__assured">
          {service.assuredDate ? `Checked ${formatDate(service.assuredDate)}` : 'Never checked by the publisher'}
        </span>
      </p>
    </article>
  );
}
