import type { PatientState } from '@/utils/hooks/use-patient';
import { formatNhsNumber } from '@/utils/patient/nhs-number';

interface Props {
  patient: PatientState;
  onRead(): void;
}

function describe(patient: PatientState): string {
  switch (patient.kind) {
    case 'idle':
      return 'Read the patient from the clinical system page.';
    case 'reading':
      return 'Reading the page…';
    case 'error':
      return patient.message;
    case 'read':
      switch (patient.context.status) {
        case 'none':
          return 'No patient found on this page.';
        case 'found':
          return `NHS number ${formatNhsNumber(patient.context.nhsNumber)}`;
        case 'several':
          return `${patient.context.nhsNumbers.length} different NHS numbers are on this page: open one patient's record.`;
      }
  }
}

/** The patient the panel is working for, read from the page only when asked. */
export function PatientStrip({ patient, onRead }: Props) {
  return (
    <section class="patient-strip" aria-label="Patient">
      <p class="patient-strip__text" role="status" data-testid="patient-status">
        {describe(patient)}
      </p>
      <button type="button" class="button button--secondary" onClick={onRead} disabled={patient.kind === 'reading'}>
        Read patient from page
      </button>
    </section>
  );
}
