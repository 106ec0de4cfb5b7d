import { en } from './en';
import { vi, type MessageKey } from './vi';

export type { MessageKey } from './vi';
export type Locale = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;

const STORAGE_KEY = 'vte.locale';
const catalogues: Record<Locale, Record<MessageKey, string>> = { vi, en };

function readLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** The interface language: Vietnamese unless the user picked English. Fixed for the page's lifetime. */
export const locale: Locale = readLocale();

/** Looks a message up in the catalogue and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = catalogues[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** Switches language; the page reloads so every screen, antd and dayjs pick it up together. */
export function setLocale(next: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // storage may be disabled (private mode); the switch then lasts for this page only
  }
  window.location.reload();
}
