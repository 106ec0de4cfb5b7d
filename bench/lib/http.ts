// Small HTTP helpers for setting up a load run (fetch; the load itself is autocannon's).

export interface Session {
  /** The Cookie header value: `vte_session=…`. */
  cookie: string;
  csrfToken: string;
}

export async function signIn(baseUrl: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json().catch(() => ({}))) as { csrfToken?: string };
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('vte_session='));
  if (res.status !== 200 || !cookie || !body.csrfToken) {
    throw new Error(
      `đăng nhập ${username} thất bại / sign-in failed: HTTP ${res.status} ${JSON.stringify(body)}`,
    );
  }
  return { cookie: cookie.split(';')[0]!, csrfToken: body.csrfToken };
}

/** One GET that must answer 200; returns the parsed JSON (used to check a run measures what we think). */
export async function getOk<T>(baseUrl: string, path: string, cookie?: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}
