import { useEffect, useRef } from 'preact/hooks';
import { msUntilIdle } from '../referral/draft-expiry';

/**
 * Calls `expire` when the draft last changed at `touchedAt` has been idle too long: by a timer that restarts with
 * every change, and again whenever the panel is shown or focused (a timer may not run in a hidden or closed panel).
 */
export function useIdleClear(touchedAt: number | undefined, expire: () => Promise<unknown>): void {
  const latest = useRef(expire);
  latest.current = expire;

  useEffect(() => {
    const onShown = () => {
      if (document.visibilityState === 'visible') void latest.current();
    };
    document.addEventListener('visibilitychange', onShown);
    window.addEventListener('focus', onShown);
    return () => {
      document.removeEventListener('visibilitychange', onShown);
      window.removeEventListener('focus', onShown);
    };
  }, []);

  useEffect(() => {
    if (touchedAt === undefined) return;
    const timer = setTimeout(() => void latest.current(), msUntilIdle(touchedAt));
    return () => clearTimeout(timer);
  }, [touchedAt]);
}
