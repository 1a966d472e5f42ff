import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { allRows, newestRows, type ClipDatabase, type ClipRow } from '../lib/db/clips.ts';

/** The result of a Dexie query, kept current as the database changes (undefined while loading). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: string | null } {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  // Subscribed as soon as the component renders: Preact runs a plain effect only after the next
  // frame has painted, which would hold every query, the popup's first rows too, for a frame or more.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (v) => {
        setValue(v);
        setError(null);
      },
      error: (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    });
    return () => subscription.unsubscribe();
    // The query is re-run when deps change, as with an effect; the function itself is not a dep.
  }, deps);
  return { value, error };
}

export interface LibraryRows {
  /** The newest `shown` rows, first to arrive. */
  newest: ClipRow[] | undefined;
  /** Every row, newest first, for search and filters; undefined until read. */
  all: ClipRow[] | undefined;
  /** How many clips there are, known with the newest rows. */
  total: number | undefined;
  error: string | null;
}

/**
 * The library's rows for the list, kept current. The newest rows and the count come first; every
 * row is read only once those have been painted, so that reading a large library (hundreds of
 * milliseconds for ten thousand rows) does not hold up the popup's first screen.
 */
export function useLibraryRows(db: ClipDatabase, shown: number): LibraryRows {
  const head = useLiveQuery(() => newestRows(db, shown), [db, shown]);
  const [painted, setPainted] = useState(false);
  const headRead = head.value !== undefined;
  // Preact runs effects after the browser has painted the render that scheduled them.
  useEffect(() => {
    if (headRead) setPainted(true);
  }, [headRead]);
  const all = useLiveQuery(() => (painted ? allRows(db) : Promise.resolve(undefined)), [db, painted]);
  return { newest: head.value?.rows, all: all.value, total: all.value?.length ?? head.value?.total, error: head.error ?? all.error };
}
