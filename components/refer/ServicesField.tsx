import { serviceCaution } from '@/utils/referral/service-caution';
import type { SectionProps } from './section-props';

/** The services discussed with the patient, each removable; none is fine, the link worker then explores options. */
export function ServicesField({ draft, onChange, ids }: Omit<SectionProps, 'errorsFor'>) {
  const titleId = `${ids.services}-title`;
  return (
    <section id={ids.services} class="refer__group" aria-labelledby={titleId}>
      <h2 id={titleId} class="refer__legend">
        Services discussed
      </h2>
      {draft.services.length === 0 ? (
        <p class="field__hint">None chosen: the link worker will explore options with the patient.</p>
      ) : (
        <ul class="refer__services">
          {draft.services.map((service) => (
            <li key={service.id} class="refer__service">
              <span>
                {service.name}
                {service.organisation && service.organisation !== service.name && (
                  <span class="refer__service-org"> ({service.organisation})</span>
                )}
              </span>
              <button
                type="button"
                class="link-button"
                onClick={() => onChange({ ...draft, services: draft.services.filter((s) => s.id !== service.id) })}
              >
                Remove<span class="visually-hidden"> {service.name}</span>
              </button>
              {serviceCaution(service) && (
                <p class="notice notice--warning refer__caution">{serviceCaution(service)}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
