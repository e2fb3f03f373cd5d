import { Fhir } from 'fhir';

/** One problem in a FHIR OperationOutcome, as a real server reports it. */
export interface FhirIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  code: string;
  diagnostics: string;
  expression?: string[];
}

/** An error a FHIR server answers with: the HTTP status and the OperationOutcome's issues. */
export class FhirError extends Error {
  constructor(
    readonly status: number,
    readonly issues: FhirIssue[],
  ) {
    super(issues.map((issue) => issue.diagnostics).join('; '));
  }

  static of(status: number, code: string, diagnostics: string): FhirError {
    return new FhirError(status, [{ severity: 'error', code, diagnostics }]);
  }
}

// FHIR.js validates against the R4 (4.0.x) core StructureDefinitions and required-binding value sets it ships;
// parsing them once takes a few hundred milliseconds, so the parser is shared.
let fhir: Fhir | undefined;

/**
 * Checks one resource (a Bundle's entries included) against FHIR R4 with a real validator library, not by hand:
 * unknown elements, missing required ones, wrong types and codes outside required value sets are all errors.
 * Throws a 400 {@link FhirError} listing every problem, the way HAPI answers an invalid resource.
 */
export function validateFhirResource(resource: unknown): void {
  fhir ??= new Fhir();
  const result = fhir.validate(resource as object, { errorOnUnexpected: true });
  const issues: FhirIssue[] = result.messages
    .filter((m) => m.severity === 'error' || m.severity === 'fatal')
    .map((m) => ({
      severity: m.severity === 'fatal' ? 'fatal' : 'error',
      code: m.message === 'Unexpected property' || m.message === 'Missing property' ? 'structure' : 'invalid',
      diagnostics: `${m.location ?? 'resource'}: ${m.message ?? 'invalid'}`,
      ...(m.location ? { expression: [m.location] } : {}),
    }));
  if (!result.valid && issues.length > 0) throw new FhirError(400, issues);
}
