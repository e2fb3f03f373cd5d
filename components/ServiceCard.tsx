import { useState } from 'preact/hooks';
import type { PracticeNote } from '@/utils/db/schema';
import { mailtoHref, websiteHref } from '@/utils/directory/safe-link';
import { formatDate } from '@/utils/format/relative-time';
import { useWholeService } from '@/utils/hooks/use-whole-service';
import { type ServiceSummary, SUMMARY_LENGTH } from '@/utils/search/service-cards';
import { memo } from './memo';
import { NoteEditor } from './NoteEditor';
import { ServiceDetails } from './ServiceDetails';

function summarise(description: string): string {
  if (description.length <= SUMMARY_LENGTH) return description;
  const cut = description.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : SUMMARY_LENGTH)}…`;
}

interface Props {
  /** The card's summary, or the whole service: the details read the whole service when they open. */
  service: ServiceSummary;
  /** Why it is in the results, in words. */
  why?: string[];
  note?: PracticeNote;
  onSaveNote?(note: PracticeNote): Promise<void>;
  /** Adds the service to the referral and opens the referral form. */
  onRefer?(service: ServiceSummary): void;
  /** Opens the plain-language details to share with the patient. */
  onShare?(service: ServiceSummary): void;
}

/**
 * One service in the results: what it is, why it matched, and Refer / Share one click away. Its name is a button
 * that opens the full details (who, how, when, where, cost, contacts, practice note). Everything is rendered as
 * text: feed content never becomes HTML.
 */
export const ServiceCard = memo(function ServiceCard({ service, why = [], note, onSaveNote, onRefer, onShare }: Props) {
  const [open, setOpen] = useState(false);
  const { whole, failed } = useWholeService(service, open);
  const slug = service.id.replace(/[^a-zA-Z0-9_-]/g, '-');
  const headingId = `service-${slug}`;
  // Each link is checked once per drawing of the card.
  return (
    <article class="service-card" aria-labelledby={headingId} data-testid="service-card">
      <h3 id={headingId} class="service-card__name">
        <button
          type="button"
          class="service-card__toggle"
          aria-expanded={open}
          aria-controls={`details-${slug}`}
          data-result-toggle
          onClick={() => setOpen(!open)}
        >
          {note?.pinned && <span class="pin">Pinned · </span>}
          {service.name}
          {service.status !== 'active' && <span class="badge badge--warning"> ({service.status})</span>}
        </button>
      </h3>
      {service.organisation && service.organisation !== service.name && (
        <p class="service-card__org">{service.organisation}</p>
      )}
      {why.length > 0 && (
        <p class="service-card__why">
          <span class="visually-hidden">Why it matched: </span>
          {why.slice(0, 3).join(' · ')}
        </p>
      )}
      <p class="service-card__summary">
        {open && (whole || !service.descriptionCut)
          ? (whole ?? service).description
          : summarise((whole ?? service).description)}
      </p>
      <div id={`details-${slug}`} hidden={!open}>
        {open &&
          (whole ? (
            <ServiceDetails service={whole} />
          ) : (
            <p role="status">
              {failed
                ? 'The rest of this service’s details could not be read: it may have left the directory. Search again.'
                : 'Reading the details…'}
            </p>
          ))}
      </div>
      {note && (note.text || note.tags.length > 0) && (
        <div class="practice-note">
          <strong>Practice note:</strong> {note.text}
          {note.tags.map((tag) => (
            <span class="tag" key={tag}>
              {tag}
            </span>
          ))}
        </div>
      )}
      <p class="service-card__meta">
        {websiteHref(service.website) && (
          <a href={websiteHref(service.website)} target="_blank" rel="noopener noreferrer">
            Website<span class="visually-hidden"> for {service.name}</span>
          </a>
        )}
        {service.email &&
          (mailtoHref(service.email) ? <a href={mailtoHref(service.email)}>{service.email}</a> : service.email)}
        <span class="service-card__assured">
          {service.assuredDate ? `Checked ${formatDate(service.assuredDate)}` : 'Never checked by the publisher'}
        </span>
      </p>
      <div class="service-card__actions">
        {onRefer && (
          // Named exactly "Refer" (the acceptance checks rely on it); the service's name describes it.
          <button type="button" class="button" aria-describedby={headingId} onClick={() => onRefer(service)}>
            Refer
          </button>
        )}
        {onShare && (
          <button
            type="button"
            class="button button--secondary"
            aria-describedby={headingId}
            onClick={() => onShare(service)}
          >
            Share
          </button>
        )}
      </div>
      {open && onSaveNote && (
        <NoteEditor serviceId={service.id} serviceName={service.name} note={note} onSave={onSaveNote} />
      )}
    </article>
  );
});
