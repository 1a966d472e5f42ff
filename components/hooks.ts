import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';

/** The result of a Dexie query, kept current as the database changes (undefined while loading). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: string | null } {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (v) => {
        setValue(v);
        setError(null);
      },
      error: (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    });
    return () => subscription.unsubscribe();
    // The query is re-run when deps change, as with useEffect; the function itself is not a dep.
  }, deps);
  return { value, error };
}
