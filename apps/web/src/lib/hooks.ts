import { useEffect, useState, useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';
import { t } from './i18n';

/** True while the media query matches (e.g. phone width). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Phones: the side menu becomes a drawer at 576 px and below. */
export const usePhone = (): boolean => useMediaQuery('(max-width: 576px)');

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title]);
}

export function useDebouncedValue<T>(value: T, delayMs = 400): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * Screen filters kept in the address bar, so reload, back and a shared link keep them.
 * Setting a filter other than `page` goes back to the first page.
 */
export function useSearchState<K extends string>(
  keys: readonly K[],
): [Record<K, string | undefined>, (patch: Partial<Record<K, string | number | null | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const state = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? undefined])) as Record<
    K,
    string | undefined
  >;
  const update = (patch: Partial<Record<K, string | number | null | undefined>>) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(patch) as [string, string | number | null | undefined][]) {
          if (value === undefined || value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  return [state, update];
}

/** A positive integer from the address bar, or the fallback. */
export function intParam(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}
