interface Props<T extends string> {
  views: readonly { id: T; label: string }[];
  current: T;
  onChange(view: T): void;
}

/** The side panel's view switcher: buttons marked with `aria-current`, since every view stays mounted. */
export function ViewTabs<T extends string>({ views, current, onChange }: Props<T>) {
  return (
    <nav class="views" aria-label="Views">
      {views.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          class="views__tab"
          aria-current={current === id ? 'page' : undefined}
          onClick={() => onChange(id)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
