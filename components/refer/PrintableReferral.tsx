import './printable-referral.css';
import { type ComponentChildren, Fragment } from 'preact';
import type { ReferralDraft } from '@/utils/referral/referral';
import { snomedLine } from '@/utils/referral/referral-codes';
import {
  consentFacts,
  joinedParts,
  linkWorkerFacts,
  organisationAfterName,
  patientFacts,
  type ReferralFact,
  referrerFacts,
} from '@/utils/referral/referral-facts';
import { REFERRAL_LABELS } from '@/utils/referral/referral-labels';
import { serviceCaution } from '@/utils/referral/service-caution';
import { formatUkDateTime } from '@/utils/referral/uk-dates';

interface Props {
  /** Undefined when there is nothing to print (the panel's copy has gone). */
  draft?: ReferralDraft;
  onPrint(): void;
  onClose(): void;
}

/** Label and value pairs, leaving out the empty ones so the page has no blank "Phone:" lines. */
function Facts({ rows }: { rows: ReferralFact[] }) {
  const kept = rows.filter((row): row is [string, string] => (row[1] ?? '').trim() !== '');
  return (
    <dl class="print-referral__facts">
      {kept.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="print-referral__section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Needs({ draft }: { draft: ReferralDraft }) {
  const reason = draft.reason.trim();
  return (
    <Section title="Needs and concerns">
      <ul>
        {draft.needs.length > 0 ? (
          draft.needs.map((need) => <li key={need.id}>{need.label}</li>)
        ) : (
          <li>None recorded</li>
        )}
      </ul>
      {reason && (
        <>
          <h3>{draft.declined ? 'Discussed' : 'Reason for referral'}</h3>
          <p class="print-referral__reason">{reason}</p>
        </>
      )}
    </Section>
  );
}

function Services({ draft }: { draft: ReferralDraft }) {
  if (draft.services.length === 0) {
    const none = draft.declined
      ? 'No services discussed.'
      : 'No services chosen yet: the link worker will explore options.';
    return (
      <Section title="Support offered">
        <p>{none}</p>
      </Section>
    );
  }
  return (
    <Section title="Support offered">
      <ul>
        {draft.services.map((service) => (
          <li key={service.id}>
            <strong>{service.name}</strong>
            {organisationAfterName(service.name, service.organisation) &&
              ` (${organisationAfterName(service.name, service.organisation)})`}
            {joinedParts(service.phone, service.website) && `: ${joinedParts(service.phone, service.website)}`}
            {serviceCaution(service) && <p class="print-referral__caution">{`Caution: ${serviceCaution(service)}`}</p>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Consent({ draft }: { draft: ReferralDraft }) {
  return (
    <Section title="Consent">
      {draft.declined ? (
        <p>The patient declined referral to social prescribing.</p>
      ) : (
        <Facts rows={consentFacts(draft.consent)} />
      )}
    </Section>
  );
}

/** The referral as a page: the record's headings (PRSB), in large clear type, for posting or handing over. */
function Referral({ draft }: { draft: ReferralDraft }) {
  return (
    <article class="print-referral__page">
      <h1>{draft.declined ? 'Social prescribing declined' : 'Referral to social prescribing service'}</h1>
      <Facts
        rows={[
          ['Date', formatUkDateTime(draft.createdAt)],
          ['Urgency', draft.declined ? undefined : REFERRAL_LABELS.urgency[draft.urgency]],
          ['Code', snomedLine(draft.declined)],
        ]}
      />
      <Section title="Patient">
        <Facts rows={patientFacts(draft.patient)} />
      </Section>
      <Needs draft={draft} />
      <Services draft={draft} />
      <Consent draft={draft} />
      <Section title="Referrer">
        <Facts rows={referrerFacts(draft.referrer)} />
      </Section>
      <Section title="Link worker">
        {draft.declined ? <p>Not referred.</p> : <Facts rows={linkWorkerFacts(draft.linkWorker)} />}
      </Section>
    </article>
  );
}

/**
 * The printable referral page: the referral with "Print" and "Close" above it, which never reach paper. With no
 * referral it says how to get one, since the page is only ever opened from the panel.
 */
export function PrintableReferral({ draft, onPrint, onClose }: Props) {
  return (
    <main class="print-referral">
      <div class="print-referral__actions">
        {draft && (
          <button type="button" class="button" onClick={onPrint}>
            Print
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {draft ? (
        <Referral draft={draft} />
      ) : (
        <p class="notice">Nothing to print: start the referral again from the Signpost panel.</p>
      )}
    </main>
  );
}
