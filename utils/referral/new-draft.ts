import type { LinkWorker, PracticeDetails } from '../config/setting-types';
import type { ReferralDraft } from './referral';

function referrerFrom(practice: PracticeDetails): ReferralDraft['referrer'] {
  return {
    name: practice.referrerName,
    role: practice.referrerRole || undefined,
    practice: practice.name,
    odsCode: practice.odsCode || undefined,
    phone: practice.phone || undefined,
    email: practice.email || undefined,
  };
}

/**
 * A draft begun before the practice was set up (Firefox opens the sidebar at install, before anyone reaches the
 * settings page) takes the practice's details once they exist; a referrer the user filled in is kept.
 */
export function withPracticeReferrer(draft: ReferralDraft, practice: PracticeDetails): ReferralDraft {
  const blank = draft.referrer.name.trim() === '' && draft.referrer.practice.trim() === '';
  return blank ? { ...draft, referrer: referrerFrom(practice) } : draft;
}

/** An empty referral from this practice to its default link worker. */
export function newDraft(practice: PracticeDetails, worker: LinkWorker | undefined, now = new Date()): ReferralDraft {
  return {
    patient: { nhsNumber: '', name: '', dateOfBirth: '' },
    needs: [],
    services: [],
    reason: '',
    urgency: 'routine',
    consent: { referral: false, sharing: false, contact: [] },
    referrer: referrerFrom(practice),
    linkWorker: worker
      ? {
          name: worker.name,
          email: worker.email || undefined,
          phone: worker.phone || undefined,
          organisation: worker.organisation || undefined,
        }
      : { name: '' },
    createdAt: now.toISOString(),
  };
}
