import { Search, X } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { cx } from './class-names';

/**
 * A list's search box: answers `onSearch` after a pause in typing (and at once on Enter), and
 * follows `value` when it changes from outside (Back, a link), without undoing what is being typed.
 */
export function SearchField({
  label,
  placeholder,
  clearLabel,
  value,
  onSearch,
  delayMs = 300,
  className,
}: {
  readonly label: string;
  readonly placeholder?: string;
  readonly clearLabel: string;
  readonly value: string;
  readonly onSearch: (query: string) => void;
  readonly delayMs?: number;
  readonly className?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const sent = useRef(value);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText(value);
  }, [value]);

  useEffect(() => {
    const query = text.trim();
    if (query === sent.current) return;
    const timer = window.setTimeout(() => {
      sent.current = query;
      onSearch(query);
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [text, delayMs, onSearch]);

  function submitNow(query: string) {
    sent.current = query;
    onSearch(query);
  }

  return (
    <form
      role="search"
      className={cx('relative flex-1', className)}
      onSubmit={(event) => {
        event.preventDefault();
        submitNow(text.trim());
      }}
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Search aria-hidden="true" className="pointer-events-none absolute top-3 left-3 size-5 text-ink-muted" />
      <input
        id={id}
        ref={input}
        type="search"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(event) => setText(event.target.value)}
        className="h-11 w-full rounded-lg border border-line bg-surface pr-11 pl-10 text-base text-ink placeholder:text-ink-muted [&::-webkit-search-cancel-button]:hidden"
      />
      {text ? (
        <button
          type="button"
          aria-label={clearLabel}
          onClick={() => {
            setText('');
            submitNow('');
            input.current?.focus();
          }}
          className="absolute top-1 right-1 flex size-9 items-center justify-center rounded-md text-ink-muted hover:bg-surface-2"
        >
          <X aria-hidden="true" className="size-5" />
        </button>
      ) : null}
    </form>
  );
}
