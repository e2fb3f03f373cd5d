import './refer.css';
import { useState } from 'preact/hooks';
import { draftFieldIds, draftIssueAnchor } from '@/utils/referral/draft-field-ids';
import { type DeliveryAction, draftIssues } from '@/utils/referral/draft-issues';
import type { ReferralDraft } from '@/utils/referral/referral';
import type { ScopeRule } from '@/utils/referral/scope-guard';
import { ConsentFields, ContactFields } from './ConsentFields';
import { DeliveryButtons } from './DeliveryButtons';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { LinkWorkerField } from './LinkWorkerField';
import { MatchBanner, type MatchState, type MismatchChoice } from './MatchBanner';
import { NeedsField, type SuggestedNeed } from './NeedsField';
import { PatientFields } from './PatientFields';
import { ReasonField } from './ReasonField';
import { ServicesField } from './ServicesField';
import { UrgencyField } from './UrgencyField';

export type { MatchState, MismatchChoice } from './MatchBanner';
export type { SuggestedNeed } from './NeedsField';

/** Props of {@link ReferralForm}. The draft is controlled: every edit comes back through `onChange`. */
export interface ReferralFormProps {
  draft: ReferralDraft;
  onChange(next: ReferralDraft): void;
  match: MatchState;
  /** "Use the patient on the page" or "Keep this patient", offered when the open page shows someone else. */
  onResolveMismatch?(choice: MismatchChoice): void;
  /** Needs read from the consultation note, offered to add or ignore. */
  suggestedNeeds: SuggestedNeed[];
  scopeRules: ScopeRule[];
  linkWorkers: ReferralDraft['linkWorker'][];
  /** A delivery is under way: the buttons ignore presses until it ends. */
  busy?: boolean;
  /** The result of the last delivery, shown in a status region. */
  message?: { text: string; error: boolean };
  /** Shows "Send to FHIR endpoint" when the practice has one configured. */
  fhirEndpoint?: boolean;
  /** Called only for a draft with no problems for that route, and never while the open page shows another patient. */
  onDeliver(route: DeliveryAction): void;
  onClear(): void;
  /** Where the patient's details were read from: shown after consent, so the essentials come first. */
  found?: string;
  /** Starts every element id, so two forms on one page never share one. */
  idPrefix?: string;
}

const MISMATCH_PROBLEM = 'The open page shows a different patient: choose which patient this referral is for.';

/**
 * The care coordinator's referral composer. Problems are shown the NHS way only once a delivery is tried: a summary
 * at the top that takes focus and links to each field, and the same messages next to the fields. The buttons stay
 * enabled throughout, because a disabled button cannot say what is wrong.
 */
export function ReferralForm(props: ReferralFormProps) {
  const { draft, onChange, match, busy, message, onDeliver, idPrefix = 'referral' } = props;
  const ids = draftFieldIds(idPrefix);
  const [attempt, setAttempt] = useState<{ action: DeliveryAction; count: number }>();
  const blocked = match.kind === 'mismatch';
  // Checked again on every edit after an attempt, so each message goes as soon as its field is fixed.
  const issues = attempt ? draftIssues(draft, attempt.action) : [];
  const items: SummaryItem[] = [
    ...(attempt && blocked ? [{ message: MISMATCH_PROBLEM, target: ids.match }] : []),
    ...issues.map((issue) => ({ message: issue.message, target: draftIssueAnchor(issue.field, ids) })),
  ];
  const errorsFor = (...fields: string[]) =>
    issues.filter((issue) => fields.includes(issue.field)).map((issue) => issue.message);
  const section = { draft, onChange, ids, errorsFor };

  function clear(): void {
    // A fresh start has not been tried yet, so it shows no errors.
    setAttempt(undefined);
    props.onClear();
  }

  function deliver(action: DeliveryAction): void {
    if (blocked || draftIssues(draft, action).length > 0) {
      setAttempt((last) => ({ action, count: (last?.count ?? 0) + 1 }));
      return;
    }
    setAttempt(undefined);
    onDeliver(action);
  }

  return (
    <form class="refer" aria-label="Referral" noValidate onSubmit={(event) => event.preventDefault()}>
      <MatchBanner id={ids.match} match={match} onResolveMismatch={props.onResolveMismatch} />
      <ErrorSummary id={ids.summary} items={items} attempt={attempt?.count ?? 0} />
      <PatientFields {...section} />
      <NeedsField {...section} suggestedNeeds={props.suggestedNeeds} />
      <ReasonField {...section} scopeRules={props.scopeRules} />
      <ConsentFields {...section} />
      {props.found && <p class="notice notice--info refer__found">{props.found}</p>}
      <ContactFields {...section} />
      <ServicesField {...section} />
      <UrgencyField {...section} />
      <LinkWorkerField {...section} linkWorkers={props.linkWorkers} />
      <DeliveryButtons fhirEndpoint={props.fhirEndpoint} busy={busy} onAction={deliver} onClear={clear} />
      <div role="status" class="refer__status">
        {message && <p class={`notice ${message.error ? 'notice--error' : 'notice--success'}`}>{message.text}</p>}
      </div>
    </form>
  );
}
