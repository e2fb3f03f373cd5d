import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  defaultLinkWorker,
  referralDraft as draftItem,
  fhirEndpoint,
  linkWorkers,
  practice,
  printReferral,
  siteProfiles,
} from '../config/storage-items';
import { formatDate } from '../format/relative-time';
import { type PageReading, sendMessage } from '../messaging';
import { findNeed } from '../needs/need-vocabulary';
import { formatNhsNumber } from '../patient/nhs-number';
import type { PatientCandidate } from '../patient/patient-types';
import { deliverReferral } from '../referral/deliver-referral';
import type { DeliveryAction } from '../referral/draft-issues';
import type { MatchState, MismatchChoice } from '../referral/match-state';
import { newDraft } from '../referral/new-draft';
import { describeFound, patientForDraft } from '../referral/patient-for-draft';
import type { ReferralDraft } from '../referral/referral';
import type { StoredReferral, SuggestedNeed } from '../referral/stored-referral';

async function readActivePage(): Promise<{ reading?: PageReading; problem?: string; tabId?: number }> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  // Without the `tabs` permission the address is hidden for most pages: only a known non-web address is refused here.
  if (tab?.id === undefined || (tab.url !== undefined && !/^https?:/.test(tab.url))) {
    return { problem: 'the active tab is not a web page Signpost can read.' };
  }
  try {
    const reading = await sendMessage('readPage', { profiles: await siteProfiles.getValue() }, tab.id);
    return { reading, tabId: tab.id };
  } catch {
    return { problem: 'reload the clinical system page and try again.', tabId: tab.id };
  }
}

const digitsOf = (draft: ReferralDraft) => draft.patient.nhsNumber.replace(/\D/g, '');

/**
 * The referral with an edited draft. Its log entry belongs to one patient: once the draft is for someone else, the
 * next delivery is another patient's referral and must be logged afresh, not folded into the last patient's entry.
 */
function withDraft(state: StoredReferral, draft: ReferralDraft): StoredReferral {
  return digitsOf(draft) === digitsOf(state.draft) ? { ...state, draft } : { ...state, draft, loggedId: undefined };
}

/** Green, amber or red: is the open record the referral's patient? */
function matchFor(
  draft: ReferralDraft,
  page: Awaited<ReturnType<typeof readActivePage>>,
  keptAgainst?: string,
): MatchState {
  const mine = digitsOf(draft);
  if (!mine) return { kind: 'none' };
  if (!page.reading) return { kind: 'unknown', message: page.problem ?? 'the page cannot be read.' };
  const { detection, page: where } = page.reading;
  if (detection.status === 'none') return { kind: 'unknown', message: 'no patient is shown on the open page.' };
  const numbers =
    detection.status === 'found'
      ? [detection.patient.nhsNumber.value]
      : detection.candidates.map((c) => c.nhsNumber.value);
  if (detection.status === 'found' && numbers[0] === mine) return { kind: 'match', source: where };
  if (detection.status === 'several') {
    return { kind: 'unknown', message: 'the open page shows several patients: open one record to check.' };
  }
  const other = numbers[0] ?? '';
  if (keptAgainst === other) {
    return {
      kind: 'unknown',
      message: `the open page shows NHS ${formatNhsNumber(other)}; you chose to keep this referral's patient.`,
    };
  }
  return { kind: 'mismatch', pagePatient: other };
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
    current.current = next;
    setStored(next);
    await draftItem.setValue(next);
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
    void draftItem.getValue().then(async (value) => {
      const start = value ?? (await fresh());
      setStored(start);
      current.current = start;
      await checkMatch(start);
    });
    // The patient-match guard: any change of tab, page or record re-checks the open patient.
    const recheck = () => void checkMatch();
    const updated = (_id: number, info: { status?: string }) => {
      if (info.status === 'complete') recheck();
    };
    browser.tabs.onActivated.addListener(recheck);
    browser.tabs.onUpdated.addListener(updated);
    browser.windows?.onFocusChanged.addListener(recheck);
    // No polling: the page is read when the tab, the page or the window changes, and again at the moment of sending.
    return () => {
      browser.tabs.onActivated.removeListener(recheck);
      browser.tabs.onUpdated.removeListener(updated);
      browser.windows?.onFocusChanged.removeListener(recheck);
    };
  }, []);

  async function usePatient(candidate: PatientCandidate, reading?: PageReading): Promise<void> {
    setMessage(undefined);
    const base = current.current ?? (await fresh());
    const suggestions: SuggestedNeed[] = (reading?.suggestedNeeds ?? []).flatMap(({ need, phrase }) => {
      const known = findNeed(need);
      return known ? [{ id: need, label: known.label, phrase }] : [];
    });
    const next: StoredReferral = {
      ...withDraft(base, { ...base.draft, patient: patientForDraft(candidate) }),
      suggestions,
      found: `Read from ${reading?.page ?? 'the page'}: ${describeFound(candidate)}. Check each against the record.`,
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
    const page = await readActivePage();
    if (!page.reading) {
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

  const patient = stored?.draft.patient;
  const patientLine = message?.patient
    ? message.text
    : patient?.nhsNumber
      ? [
          `NHS number ${formatNhsNumber(patient.nhsNumber)}`,
          patient.name,
          patient.dateOfBirth && `born ${formatDate(patient.dateOfBirth)}`,
        ]
          .filter(Boolean)
          .join(' · ')
      : 'Read the patient from the clinical system page.';

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
        if (state.draft.services.some((s) => s.id === service.id)) return;
        const added = needs.flatMap((id) => {
          const need = findNeed(id);
          return need && !state.draft.needs.some((n) => n.id === id) ? [{ id, label: need.label }] : [];
        });
        await save({
          ...state,
          draft: {
            ...state.draft,
            services: [...state.draft.services, service],
            needs: [...state.draft.needs, ...added],
          },
        });
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
