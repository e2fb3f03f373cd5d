import type { ComponentType } from 'preact';
import { useLazyView } from '@/utils/hooks/use-lazy-view';

interface Props<P extends object> {
  load: () => Promise<ComponentType<P>>;
  /** Load now: the view's tab is open (or was once). */
  wanted: boolean;
  props: P;
}

/** A view whose code is loaded when first opened, with a short spoken loading state until it is ready. */
export function LazyView<P extends object>({ load, wanted, props }: Props<P>) {
  const loaded = useLazyView(load, wanted);
  if (!wanted && !loaded) return null;
  if (!loaded) return <p role="status">Loading…</p>;
  if ('failed' in loaded) return <p role="alert">This view could not be loaded. Close and reopen the side panel.</p>;
  const View = loaded.view;
  return <View {...props} />;
}
