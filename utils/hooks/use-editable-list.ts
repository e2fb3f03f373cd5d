import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * The rows of a settings list being edited (link workers, scope rules, site profiles): reset when the saved value
 * changes, and a new row's first field takes focus so keyboard users land where they can type. Rows carry a key of
 * their own: an index would hand a removed row's focus and typing to the next one.
 */
export function useEditableList<Item, Row extends { key: number }>(
  value: Item[],
  toRow: (item: Item) => Row,
  formRef: RefObject<HTMLFormElement | null>,
  firstFieldId: (key: number) => string,
) {
  const [rows, setRows] = useState(() => value.map(toRow));
  const [added, setAdded] = useState<number>();

  useEffect(() => setRows(value.map(toRow)), [value]);
  useEffect(() => {
    if (added !== undefined) formRef.current?.querySelector<HTMLElement>(`[id="${firstFieldId(added)}"]`)?.focus();
  }, [added]);

  return {
    rows,
    /** Replaces every row, as from a set of defaults. */
    reset: (items: Item[]) => setRows(items.map(toRow)),
    add(item: Item): void {
      const row = toRow(item);
      setRows((current) => [...current, row]);
      setAdded(row.key);
    },
    update(index: number, change: (row: Row) => Row): void {
      setRows((current) => current.map((row, at) => (at === index ? change(row) : row)));
    },
    remove(index: number): void {
      setRows((current) => current.filter((_, at) => at !== index));
    },
  };
}
