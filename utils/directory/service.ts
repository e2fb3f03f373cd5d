/** How a person reaches a service. */
export type Attendance = 'venue' | 'phone' | 'online' | 'home visit';

/** How a person gets in: through a professional, on their own, or by walking in. */
export type Access = 'referral' | 'self-referral' | 'drop-in';

/** One place a service is delivered. */
export interface ServiceLocation {
  name?: string;
  address?: string;
  postcode?: string;
  lat?: number;
  lon?: number;
}

/** A service's opening time, as the feed gives it. */
export interface ServiceSchedule {
  /** e.g. "Mondays 10:00–12:00", or the feed's own description. */
  description: string;
}

/**
 * One community service, normalised from any feed format. Every text field is plain text: feed HTML is
 * stripped on import and nothing here is ever rendered as HTML.
 */
export interface Service {
  /** Source-qualified id, `${sourceId}:${feedId}`, unique across every source. */
  id: string;
  /** The feed's own id for the service. */
  feedId: string;
  sourceId: string;
  name: string;
  organisation?: string;
  description: string;
  /** http or https only; anything else is dropped on import. */
  website?: string;
  email?: string;
  phones: string[];
  locations: ServiceLocation[];
  schedules: ServiceSchedule[];
  eligibility: { minAge?: number; maxAge?: number; audiences: string[] };
  cost: { free?: boolean; text?: string };
  attendance: Attendance[];
  access: Access[];
  /** Taxonomy terms as `vocabulary:code`, e.g. `esdNeed:69`. */
  taxonomy: string[];
  status: string;
  /** ISO date (yyyy-mm-dd) the record was last checked by its publisher. */
  assuredDate?: string;
  lastModified?: string;
}
