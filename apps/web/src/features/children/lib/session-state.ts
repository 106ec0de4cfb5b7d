import { useEffect, useState } from 'react';

/**
 * Screen state kept in sessionStorage, never in the address bar: the register's filters and search
 * can hold a child's name or ID, which must not land in URLs, history or server logs.
 */
export function useSessionState<T extends object>(key: string, initial: T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = sessionStorage.getItem(key);
      return stored ? ({ ...initial, ...(JSON.parse(stored) as object) } as T) : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // storage disabled: the state lasts for this page only
    }
  }, [key, value]);
  return [value, setValue];
}
