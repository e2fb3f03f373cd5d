import type { GapCount } from '@/utils/db/gaps';
import { FEW_SERVICES } from '@/utils/gaps/gap-rule';

interface Props {
  rows: GapCount[] | undefined;
  onExportCsv(): void;
}

/**
 * Where local provision is missing, for the PCN to show its commissioners: by month and need, how often a search or
 * a referral for the need had no or few live services within the distance (utils/gaps/gap-rule.ts). Counts only.
 */
export function GapsReport({ rows, onExportCsv }: Props) {
  return (
    <section aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">Gaps in local services</h2>
      <p class="field__hint">
        Counts only, with no patient details: searches and referrals for a need with no live services, or fewer than{' '}
        {FEW_SERVICES}, within the distance chosen in Find (or, when Find names no postcode, the distance in settings
        around the patient’s postcode).
      </p>
      {rows && rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Need</th>
              <th scope="col">Searched: none</th>
              <th scope="col">Searched: few</th>
              <th scope="col">Referred: none</th>
              <th scope="col">Referred: few</th>
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
                <td>{r.referredFew}</td>
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
