import type { ImportReport } from '@/utils/directory/build-import-report';

const COVERAGE_LABEL: Record<string, string> = {
  website: 'website',
  email: 'email',
  phone: 'phone',
  location: 'location',
  postcode: 'postcode',
  coordinates: 'map position',
  schedule: 'opening times',
  ageRange: 'age range',
  audiences: 'audience',
  cost: 'cost',
  taxonomy: 'category codes',
  assured: 'assured date',
};

/** An import's report for the person who looks after the feed: what was skipped, why, and what is missing. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const warnings = Object.values(report.warnings);
  return (
    <details class="report">
      <summary>
        Import report: {report.services} of {report.records} records imported
        {report.rejected.length > 0 && `, ${report.rejected.length} skipped`}
      </summary>
      {report.rejected.length > 0 && (
        <>
          <h3>Skipped records</h3>
          <ul>
            {report.rejected.slice(0, 50).map((problem) => (
              <li key={`${problem.id}-${problem.reason}`}>
                <code>{problem.id}</code>: {problem.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.problems.length > 0 && (
        <>
          <h3>Fields left out ({report.problems.length})</h3>
          <ul>
            {report.problems.slice(0, 30).map((problem) => (
              <li key={`${problem.id}-${problem.field}`}>
                <code>{problem.id}</code> {problem.field}: {problem.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h3>Warnings</h3>
          <ul>
            {warnings.map((warning) => (
              <li key={warning.message}>
                {warning.count} services — {warning.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>What the services carry</h3>
      <p>
        {Object.entries(report.coverage)
          .map(([key, count]) => `${COVERAGE_LABEL[key] ?? key} ${count}`)
          .join(' · ')}
      </p>
    </details>
  );
}
