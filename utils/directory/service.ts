/** How a person reaches a service. */
export type Attendance = 'venue' | 'phone' | 'online' | 'home visit';

/** How a person gets in: through a professional, on their own, or by walking in. */
export type Access = 'referral' | 'self-referral' | 'drop-in';

/** One place a service is delivered. */
export interface ServiceLocation {
  name?: string;
  /** One line, parts joined with ", ". */
  address?: string;
  /** Upper case with one space, e.g. "BS1 5TR". */
  postcode?: string;
  /** WGS84, checked to be in range on import. */
  lat?: number;
  lon?: number;
}

/** A service's opening time. Structured when the feed says which days and hours; otherwise description only. */
export interface ServiceSchedule {
  /** ISO weekdays the service is open, 1 = Monday … 7 = Sunday; empty when the feed does not say. */
  days: number[];
  /** "HH:MM", 24-hour. */
  opens?: string;
  closes?: string;
  /** e.g. "Mondays 10:00–12:00", or the feed's own words. */
  description: string;
}

/** Why a service is thought to meet a need: which field matched which term. */
export interface NeedEvidence {
  /** Need id from the vocabulary, e.g. `debt`. */
  need: string;
  field: 'name' | 'organisation' | 'description' | 'audiences' | 'taxonomy';
  /** The words that matched, as they appear in the field (or the taxonomy term). */
  term: string;
  /** Description evidence only: the opening sentence alone evidences the need (what the service is, not a mention). */
  opening?: true;
  /** Only weak words (clues that need a second one, like "healthy") matched in this field: not a headline. */
  clue?: true;
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
  /** Lower case: `active`, `inactive`, `defunct`, `temporarily closed`. Only active services show by default. */
  status: string;
  /** ISO date (yyyy-mm-dd) the record was last checked by its publisher. */
  assuredDate?: string;
  /** ISO date or date-time the publisher last changed the record. */
  lastModified?: string;
  /** Need ids this service helps with (from taxonomy or inferred from its text at import). */
  needs: string[];
  /** Why each need was given, so the panel can say why a service is shown. */
  needEvidence: NeedEvidence[];
  /**
   * True for a list record from an API that has a `/services/{id}` detail endpoint not fetched yet (ORUK v1 lists
   * carry no locations, schedules or contacts). Cleared once the detail has been merged in.
   */
  thin?: boolean;
}
