import type { DraftFieldIds } from '@/utils/referral/draft-field-ids';
import type { ReferralDraft } from '@/utils/referral/referral';

/** What each part of the referral form gets: the draft, a way to change it, its element ids and its errors. */
export interface SectionProps {
  draft: ReferralDraft;
  onChange(next: ReferralDraft): void;
  ids: DraftFieldIds;
  /** The messages for issues at these dotted paths (`patient.name`), empty until a delivery was tried. */
  errorsFor(...fields: string[]): string[];
}
