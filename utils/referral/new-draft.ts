import type { LinkWorker, PracticeDetails } from '../config/setting-types';
import type { ReferralDraft } from './referral';

/** An empty referral from this practice to its default link worker. */
export function newDraft(practice: PracticeDetails, worker: LinkWorker | undefined, now = new Date()): ReferralDraft {
  return {
    patient: { nhsNumber: '', name: '', dateOfBirth: '' },
    needs: [],
    services: [],
    reason: '',
    urgency: 'routine',
    consent: { referral: false, sharing: false, contact: [] },
    referrer: {
      name: practice.referrerName,
      role: practice.referrerRole || undefined,
      practice: practice.name,
      odsCode: practice.odsCode || undefined,
      phone: practice.phone || undefined,
      email: practice.email || undefined,
    },
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
