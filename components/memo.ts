import { Component, type FunctionComponent, h } from 'preact';

/** True when any prop differs (by ===) between two renders. */
function changed(before: object, next: object): boolean {
  const a = before as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  for (const key in a) if (key !== '__source' && key !== '__self' && a[key] !== b[key]) return true;
  for (const key in b) if (!(key in a)) return true;
  return false;
}

/**
 * A view that redraws only when one of its props changes (compared by ===), like React's `memo`, without
 * preact/compat (whose options hooks would change how every other view's events and props behave). A keystroke
 * redraws the results; the filters, chips and cards whose props stayed the same are left as they are.
 */
export function memo<P extends object>(view: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    static override displayName = `memo(${view.displayName ?? view.name})`;
    override shouldComponentUpdate(next: P): boolean {
      return changed(this.props, next);
    }
    override render(props: P) {
      return h(view, props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
