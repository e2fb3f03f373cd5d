import { telHref } from '@/utils/directory/safe-link';
import type { Service } from '@/utils/directory/service';

const ACCESS_LABEL = { referral: 'Referral needed', 'self-referral': 'Self-referral', 'drop-in': 'Drop-in' } as const;
const MODE_LABEL = { venue: 'In person', phone: 'By phone', online: 'Online', 'home visit': 'Home visits' } as const;

function ageText(min?: number, max?: number): string | undefined {
  if (min !== undefined && max !== undefined) return `Ages ${min}–${max}`;
  if (min !== undefined) return `Ages ${min}+`;
  if (max !== undefined) return `Up to age ${max}`;
  return undefined;
}

/** How to get in, who it is for, when, where and what it costs: the facts a GP checks before suggesting it. */
export function ServiceDetails({ service }: { service: Service }) {
  const { access, attendance, eligibility, schedules, locations, cost, phones } = service;
  const who = [ageText(eligibility.minAge, eligibility.maxAge), ...eligibility.audiences].filter(Boolean).join(' · ');
  const how = [...access.map((a) => ACCESS_LABEL[a]), ...attendance.map((m) => MODE_LABEL[m])].join(' · ');
  const costText = cost.text ?? (cost.free ? 'Free' : undefined);
  return (
    <dl class="facts">
      {who && (
        <>
          <dt>For</dt>
          <dd>{who}</dd>
        </>
      )}
      {how && (
        <>
          <dt>Access</dt>
          <dd>{how}</dd>
        </>
      )}
      {schedules.length > 0 && (
        <>
          <dt>When</dt>
          <dd>{schedules.map((schedule) => schedule.description).join('; ')}</dd>
        </>
      )}
      {locations.length > 0 && (
        <>
          <dt>Where</dt>
          <dd>
            {locations
              .slice(0, 3)
              .map((location) => [location.name, location.address, location.postcode].filter(Boolean).join(', '))
              .join('; ')}
            {locations.length > 3 && ` and ${locations.length - 3} more places`}
          </dd>
        </>
      )}
      {costText && (
        <>
          <dt>Cost</dt>
          <dd>{costText}</dd>
        </>
      )}
      {phones.length > 0 && (
        <>
          <dt>Phone</dt>
          <dd>
            {phones.map((phone, i) => (
              <span key={phone}>
                {i > 0 && ', '}
                {telHref(phone) ? <a href={telHref(phone)}>{phone}</a> : phone}
              </span>
            ))}
          </dd>
        </>
      )}
    </dl>
  );
}
