import { COMMUNITY_THEMES } from './themes-community';
import { CONNECTION_THEMES } from './themes-connection';
import { HEALTH_THEMES } from './themes-health';
import { MONEY_HOME_THEMES } from './themes-money-home';

/**
 * One social-prescribing need and the words services and patients use for it. Sentences may contain slots filled
 * per record: `{who}` (the subject: organisation or service name), `{town}`, `{place}` (a neighbourhood), `{venue}`.
 */
export interface Theme {
  /** Need id, e.g. `debt`. */
  id: string;
  /** How common services of this kind are, relative to the others (1 = typical). */
  weight: number;
  /** Term for `service_taxonomys` (vocabulary `esdNeed`). The codes are made up, not the published ESD ones. */
  taxonomy: { id: string; name: string };
  /** Heads of service names: "Debt Advice", "Money Advice Drop-in". */
  names: readonly string[];
  /** Opening sentences, with `{who}` as the subject. */
  intros: readonly string[];
  /** Further sentences about what happens there. */
  details: readonly string[];
  /** `pc_targetAudience` values, as the Bristol feed spells them. */
  audiences: readonly string[];
  /** What people type when they look for it: need words and lay phrases. */
  queries: readonly string[];
  /** Usual age limits, for the services that state them. */
  ages?: { min?: number; max?: number };
}

/** The 44 needs the generated directories are built around. */
export const THEMES: readonly Theme[] = [
  ...MONEY_HOME_THEMES,
  ...COMMUNITY_THEMES,
  ...HEALTH_THEMES,
  ...CONNECTION_THEMES,
];
