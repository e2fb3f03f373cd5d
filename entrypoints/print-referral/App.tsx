import { useEffect, useState } from 'preact/hooks';
import { PrintableReferral } from '@/components/refer/PrintableReferral';
import { draftForPrint } from '@/utils/referral/draft-for-print';
import type { ReferralDraft } from '@/utils/referral/referral';

type Loaded = { kind: 'loading' } | { kind: 'loaded'; draft?: ReferralDraft };

/** Shows the referral the panel left in session storage and opens the print dialog once it is on the page. */
export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    void draftForPrint().then((draft) => setLoaded({ kind: 'loaded', draft }));
  }, []);

  useEffect(() => {
    // Effects run after the page is painted, so the dialog's preview shows the referral, not a loading line.
    if (loaded.kind === 'loaded' && loaded.draft) window.print();
  }, [loaded]);

  if (loaded.kind === 'loading') {
    return (
      <main class="print-referral">
        <p role="status">Loading the referral…</p>
      </main>
    );
  }
  return <PrintableReferral draft={loaded.draft} onPrint={() => window.print()} onClose={() => window.close()} />;
}
