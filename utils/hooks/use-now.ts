import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `intervalMs`, so "updated 3 hours ago" stays true while the panel is open. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
