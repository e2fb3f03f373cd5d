import type { GapCount } from '@/utils/db/gaps';

interface Props {
  rows: GapCount[] | undefined;
  onExportCsv(): void;
}

/**
 * Where local provision is missing, for the PCN to show its commissioners: by month and need, how often a search
 * within a distance found no or few services, and how often a referral had no local service. Counts only.
 */
export function GapsReport({ rows, onExportCsv }: Props) {
  return (
    <section aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">Gaps in local services</h2>
      <p class="field__hint">
        Counts only, with no patient details: searches for a need within a distance that found no services or fewer than
        3, and referrals made with no local service chosen.
      </p>
      {rows && rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Need</th>
              <th scope="col">No services</th>
              <th scope="col">Few services</th>
              <th scope="col">Referred, none chosen</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.month}</td>
                <th scope="row">{r.need}</th>
                <td>{r.searchedNone}</td>
                <td>{r.searchedFew}</td>
                <td>{r.referredNone}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="notice">No gaps counted yet.</p>
      )}
      <button type="button" class="button button--secondary" onClick={() => onExportCsv()}>
        Export gaps CSV
      </button>
    </section>
  );
}
