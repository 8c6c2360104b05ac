/** The Auth.js session cookie: plain over http, `__Secure-` over https (chunked as `name.0`, `name.1`… when long). */
export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/** True when `name` is the session cookie `base` or one of its chunks. */
export const isSessionCookie = (name: string, base: string): boolean => name === base || name.startsWith(`${base}.`);
