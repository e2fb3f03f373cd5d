import { useEffect, useState } from 'preact/hooks';
import { Leaflet } from '@/components/Leaflet';
import { roleTextItem } from '@/utils/config/storage-items';
import { leafletTitle } from '@/utils/explain/leaflet-title';
import { type LeafletContent, loadLeaflet } from '@/utils/explain/load-leaflet';

export function App() {
  const [content, setContent] = useState<LeafletContent>();

  useEffect(() => {
    const load = () => void loadLeaflet().then(setContent);
    load();
    // An edit saved in the panel while this tab is open shows here before anyone prints a stale copy.
    return roleTextItem.watch(load);
  }, []);

  useEffect(() => {
    // The tab title is what browsers print in the page header and suggest as the PDF's name.
    if (content) document.title = leafletTitle(content.text.pcnName);
  }, [content]);

  if (!content) {
    return (
      <main class="leaflet">
        <p role="status">Loading the leaflet…</p>
      </main>
    );
  }
  return <Leaflet content={content} onPrint={() => window.print()} />;
}
