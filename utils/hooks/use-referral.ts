import { useEffect, useRef, useState } from 'preact/hooks';
import {
  defaultLinkWorker,
  fhirEndpoint,
  linkWorkers,
  practice,
  printReferral,
  referralDraft as sessionDraft,
} from '../config/storage-items';
import type { PageReading } from '../messaging';
import type { PatientCandidate } from '../patient/patient-types';
import { type ActivePageReading, readActivePage } from '../patient/read-active-page';
import { DRAFT_CLEARED_MESSAGE, isDraftIdle } from '../referral/draft-expiry';
import type { DeliveryAction } from '../referral/draft-issues';
import { DELIVERY_UNAVAILABLE, loadDelivery } from '../referral/load-delivery';
import type { MatchState, MismatchChoice } from '../referral/match-state';
import { newDraft, withPracticeReferrer } from '../referral/new-draft';
import { describeFound, draftForPatient } from '../referral/patient-for-draft';
import { matchPatient } from '../referral/patient-match';
import type { ReferralDraft } from '../referral/referral';
import { draftDigits, patientLineOf, suggestionsFrom, withDraft, withService } from '../referral/session-draft';
import type { StoredReferral, SuggestedNeed } from '../referral/stored-referral';
import { useIdleClear } from './use-idle-clear';
import { usePageChanges } from './use-page-changes';

function matchFor(draft: ReferralDraft, page: ActivePageReading, keptAgainst?: string): MatchState {
  return matchPatient(draftDigits(draft), 'reading' in page ? page.reading : page, keptAgainst);
}

export interface ReferralState {
  draft: ReferralDraft | undefined;
  /** Reading the page now; and how many reads have finished (tests wait on it). */
  reading: boolean;
  reads: number;
  /** One line about the patient: who the referral is for, or what reading the page found. */
  patientLine: string;
  suggestions: SuggestedNeed[];
  found?: string;
  /** Patients to choose from when the page shows several. */
  candidates: PatientCandidate[];
  match: MatchState;
  message?: { text: string; error: boolean };
  busy: boolean;
  change(next: ReferralDraft): void;
  readPatient(): Promise<void>;
  choosePatient(candidate: PatientCandidate): void;
  resolveMismatch(choice: MismatchChoice): Promise<void>;
  deliver(route: DeliveryAction): Promise<void>;
  addService(service: ReferralDraft['services'][number], needs: string[]): void;
  clear(): Promise<void>;
}

/**
 * The referral being written: bound to the patient it was started for, checked against the open record whenever
 * the tab changes or the page navigates, and delivered by the route the user picks.
 */
export function useReferral(): ReferralState {
  const [stored, setStored] = useState<StoredReferral | null>(null);
  const [candidates, setCandidates] = useState<PatientCandidate[]>([]);
  const [match, setMatch] = useState<MatchState>({ kind: 'none' });
  const [message, setMessage] = useState<{ text: string; error: boolean; patient?: boolean }>();
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState(false);
  const [reads, setReads] = useState(0);
  const current = useRef<StoredReferral | null>(null);
  current.current = stored;

  async function save(next: StoredReferral | null): Promise<void> {
    const touched = next && { ...next, touchedAt: Date.now() };
    current.current = touched;
    setStored(touched);
    await sessionDraft.setValue(touched);
  }

  /** Clears a draft left unused too long; answers whether it did. The message names no patient. */
  async function expireIfIdle(): Promise<boolean> {
    const state = current.current;
    if (!state || !isDraftIdle(state.draft, state.touchedAt)) return false;
    setCandidates([]);
    await printReferral.removeValue();
    const next = await fresh();
    await save(next);
    setMessage({ text: DRAFT_CLEARED_MESSAGE, error: false, patient: true });
    await checkMatch(next);
    return true;
  }

  async function fresh(): Promise<StoredReferral> {
    const [details, workers, index] = await Promise.all([
      practice.getValue(),
      linkWorkers.getValue(),
      defaultLinkWorker.getValue(),
    ]);
    return { draft: newDraft(details, workers[index] ?? workers[0]), suggestions: [] };
  }

  async function checkMatch(from: StoredReferral | null = current.current): Promise<MatchState> {
    // Nothing to guard before a patient is bound: the page is not read at all.
    if (!from?.draft.patient.nhsNumber.trim()) {
      setMatch({ kind: 'none' });
      return { kind: 'none' };
    }
    const state = matchFor(from.draft, await readActivePage(), from.keptAgainst);
    setMatch(state);
    return state;
  }

  useEffect(() => {
    void sessionDraft.getValue().then(async (value) => {
      const start = value
        ? { ...value, draft: withPracticeReferrer(value.draft, await practice.getValue()) }
        : await fresh();
      setStored(start);
      current.current = start;
      if (await expireIfIdle()) return;
      await checkMatch(start);
    });
  }, []);

  // The patient-match guard: any change of tab, page or record re-checks the open patient.
  usePageChanges(() => void checkMatch());
  useIdleClear(stored?.touchedAt, expireIfIdle);

  async function usePatient(candidate: PatientCandidate, reading?: PageReading): Promise<void> {
    setMessage(undefined);
    const base = current.current ?? (await fresh());
    const next: StoredReferral = {
      ...withDraft(base, draftForPatient(base.draft, candidate)),
      suggestions: suggestionsFrom(reading),
      found: `${describeFound(candidate)}. Check each against the record.`,
      keptAgainst: undefined,
    };
    setCandidates([]);
    await save(next);
    await checkMatch(next);
  }

  async function readPatient(): Promise<void> {
    setReading(true);
    try {
      await readPatientNow();
    } finally {
      setReading(false);
      setReads((count) => count + 1);
    }
  }

  async function readPatientNow(): Promise<void> {
    setMessage(undefined);
    const page = await readActivePage(true);
    if (!('reading' in page)) {
      setMessage({ text: `Signpost cannot read this page: ${page.problem}`, error: true, patient: true });
      return;
    }
    const { detection } = page.reading;
    if (detection.status === 'none') {
      setMessage({ text: `No patient found on this page. ${detection.reason}`, error: true, patient: true });
    } else if (detection.status === 'several') {
      setCandidates(detection.candidates);
      setMessage({
        text: `${detection.candidates.length} different patients are on this page: choose one in Refer.`,
        error: false,
        patient: true,
      });
      pending.current = page.reading;
    } else {
      await usePatient(detection.patient, page.reading);
    }
  }
  const pending = useRef<PageReading | undefined>(undefined);

  async function deliver(route: DeliveryAction): Promise<void> {
    const state = current.current;
    if (!state) return;
    setBusy(true);
    try {
      // Checked again at the moment of sending: the record may have changed since the last look.
      const now = await checkMatch(state);
      if (now.kind === 'mismatch') {
        setMessage({ text: 'Not sent: the open page shows a different patient.', error: true });
        return;
      }
      // Sending's code (FHIR, files, the referral log) loads when first used, not before the panel's first results.
      const deliverReferral = await loadDelivery();
      if (!deliverReferral) {
        setMessage({ text: DELIVERY_UNAVAILABLE, error: true });
        return;
      }
      const result = await deliverReferral(route, state.draft, {
        endpoint: await fhirEndpoint.getValue(),
        loggedId: state.loggedId,
      });
      setMessage({ text: result.message, error: !result.ok });
      if (result.ok && result.loggedId) await save({ ...state, loggedId: result.loggedId });
    } finally {
      setBusy(false);
    }
  }

  const patientLine = message?.patient ? message.text : patientLineOf(stored?.draft.patient);

  return {
    reading,
    reads,
    patientLine: reading ? 'Reading the page…' : patientLine,
    draft: stored?.draft,
    suggestions: stored?.suggestions ?? [],
    found: stored?.found,
    candidates,
    match,
    message,
    busy,
    change: (draft) => {
      if (current.current) void save(withDraft(current.current, draft));
    },
    readPatient,
    choosePatient: (candidate) => void usePatient(candidate, pending.current),
    async resolveMismatch(choice) {
      const state = current.current;
      if (!state) return;
      if (choice === 'keep' && match.kind === 'mismatch') {
        const next = { ...state, keptAgainst: match.pagePatient };
        await save(next);
        await checkMatch(next);
      } else if (choice === 'use-page-patient') {
        await readPatient();
      }
    },
    deliver,
    addService(service, needs) {
      void (async () => {
        const state = current.current ?? (await fresh());
        const next = withService(state, service, needs);
        if (next) await save(next);
      })();
    },
    async clear() {
      setMessage(undefined);
      setCandidates([]);
      // The printable copy has served its purpose: it goes with the draft.
      await printReferral.removeValue();
      const next = await fresh();
      await save(next);
      await checkMatch(next);
    },
  };
}
