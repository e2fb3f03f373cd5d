import { useEffect, useState } from 'preact/hooks';
import type { Service } from '../db/schema';
import { isWholeService, type ServiceSummary } from '../search/service-cards';
import { wholeService } from './preload-search';

/**
 * The whole service behind a card, once `wanted` (its details are open): a card drawn from its summary reads the
 * service's row then; a card given the whole service answers it at once.
 */
export function useWholeService(service: ServiceSummary, wanted: boolean): Service | undefined {
  const [read, setRead] = useState<Service>();
  const whole = isWholeService(service) ? service : read?.id === service.id ? read : undefined;
  useEffect(() => {
    if (!wanted || whole) return;
    let live = true;
    void wholeService(service).then((found) => {
      if (live && found) setRead(found);
    });
    return () => {
      live = false;
    };
  }, [service, wanted, whole]);
  return whole;
}
