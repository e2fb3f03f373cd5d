import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Loaded<P> = { view: ComponentType<P> } | { failed: true };

/**
 * A view's code loaded by a dynamic `import()` the first time it is wanted (its tab is opened), so opening the
 * side panel does not wait for code the Find tab never uses. Once loaded it stays: views stay mounted, so a half-
 * typed referral survives switching. `load` must be a stable (module-level) function.
 */
export function useLazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  wanted: boolean,
): Loaded<P> | undefined {
  const [loaded, setLoaded] = useState<Loaded<P>>();
  const [asked, setAsked] = useState(false);
  if (wanted && !asked) setAsked(true);
  useEffect(() => {
    if (!asked) return;
    let live = true;
    load().then(
      (view) => live && setLoaded({ view }),
      () => live && setLoaded({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, [asked, load]);
  return loaded;
}
