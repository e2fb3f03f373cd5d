import { useEffect, useState } from 'preact/hooks';
import type { Service } from '../db/schema';
import { isWholeService, type ServiceSummary } from '../search/service-cards';
import { wholeService } from './preload-search';

/**
 * The whole service behind a card, once `wanted` (its details are open): a card drawn from its summary reads the
 * service's row then; a card given the whole service answers it at once. `failed` when the row could not be read or
 * the service has left the directory.
 */
export function useWholeService(service: ServiceSummary, wanted: boolean): { whole?: Service; failed: boolean } {
  const [read, setRead] = useState<{ id: string; service?: Service }>();
  const whole = isWholeService(service) ? service : read?.id === service.id ? read.service : undefined;
  const failed = read?.id === service.id && !read.service;
  useEffect(() => {
    if (!wanted || whole || failed) return;
    let live = true;
    void wholeService(service)
      .catch(() => undefined)
      .then((found) => {
        if (live) setRead({ id: service.id, service: found });
      });
    return () => {
      live = false;
    };
  }, [service, wanted, whole, failed]);
  return { whole, failed };
}
