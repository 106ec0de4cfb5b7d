import { z } from '@vte/contracts';

/**
 * The server's CSP allows <style> elements only with this page's nonce (no 'unsafe-inline'); it is
 * handed over in a meta tag. Absent under the Vite dev server, which sends no CSP.
 */
export const cspNonce: string | undefined =
  document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content || undefined;

/**
 * Call once before rendering. antd's CSS-in-JS takes the nonce from ConfigProvider, but rc-component's
 * scroll locker (modals, drawers) and scrollbar measure create <style> elements without it: every
 * style element our own scripts create gets the nonce. Markup injected into the page is still refused
 * (it is parsed, not created here), and scripts come only from the app's own files.
 * zod's compiled parsers probe `new Function`, which the CSP forbids: parse without them.
 */
export function applyCsp(): void {
  z.config({ jitless: true });
  if (!cspNonce) return;
  const create = document.createElement.bind(document);
  document.createElement = ((tag: string, options?: ElementCreationOptions) => {
    const el = create(tag, options);
    if (el instanceof HTMLStyleElement) el.nonce = cspNonce;
    return el;
  }) as typeof document.createElement;
}
