import { useEffect, useState } from 'preact/hooks';

/** The part of a WXT storage item this hook reads; every item in config/storage-items.ts has it. */
export interface WatchedItem<T> {
  fallback: T;
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

/**
 * A storage item's value, kept current when it changes elsewhere (another page, an import, a policy). Until storage
 * answers it is the item's own default, so callers never repeat one.
 */
export function useStoredValue<T>(item: WatchedItem<T>): T {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((next) => setValue(next));
  }, [item]);
  return value;
}
