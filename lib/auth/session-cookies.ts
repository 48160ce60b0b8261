/** next-auth's session cookie: `__Secure-` prefixed over HTTPS, plain over HTTP (local runs). */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
