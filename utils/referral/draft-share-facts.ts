import type { Access, Attendance, Service } from '../directory/service';

/** One line of what a patient needs to know about a service, in plain words. */
export interface ShareFact {
  label: string;
  value: string;
}

const ACCESS: Record<Access, string> = {
  'self-referral': 'You can contact them yourself',
  referral: 'Your GP practice or link worker refers you',
  'drop-in': 'You can just turn up',
};

const ATTENDANCE: Record<Attendance, string> = {
  venue: 'in person',
  phone: 'by phone',
  online: 'online',
  'home visit': 'at home',
};

function howItWorks(service: Service): string {
  const access = service.access.map((a) => ACCESS[a]);
  const modes = service.attendance.map((m) => ATTENDANCE[m]);
  const parts = [...access, ...(modes.length > 0 ? [`They help you ${modes.join(', ')}`] : [])];
  return parts.length > 0 ? `${parts.join('. ')}.` : '';
}

function contact(service: Service): string {
  return [
    ...service.phones.map((phone) => `Phone ${phone}`),
    service.email && `Email ${service.email}`,
    service.website,
  ]
    .filter(Boolean)
    .join('\n');
}

function where(service: Service): string {
  return service.locations
    .slice(0, 3)
    .map((location) => [location.name, location.address, location.postcode].filter(Boolean).join(', '))
    .filter(Boolean)
    .join('\n');
}

function cost(service: Service): string {
  if (service.cost.text) return service.cost.text;
  if (service.cost.free === true) return 'Free';
  // Saying nothing reads as "free" to many people; this is the honest answer when the feed does not say.
  return 'Not stated: ask when you contact them';
}

/**
 * What it is, how to get in touch, how it works, when, where and what it costs: the facts handed to a patient,
 * leaving out what is only useful to the practice (taxonomy, evidence, check dates). Empty facts are left out,
 * except cost, which always has an answer.
 */
export function draftShareFacts(service: Service): ShareFact[] {
  const facts: ShareFact[] = [
    { label: 'What it is', value: service.description.trim() },
    { label: 'How to get in touch', value: contact(service) },
    { label: 'How it works', value: howItWorks(service) },
    { label: 'When', value: service.schedules.map((schedule) => schedule.description).join('\n') },
    { label: 'Where', value: where(service) },
    { label: 'Cost', value: cost(service) },
  ];
  return facts.filter((fact) => fact.value !== '');
}
