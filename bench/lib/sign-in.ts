// Signs in over HTTP as the sign-in form does (next-auth credentials): the session cookie that
// makes a load generator's requests those of a signed-in analyst.

/** The `Cookie` header of a session of `email` on the app at `baseUrl`. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  const cookie = cookiesOf(callback);
  // A refused sign-in answers too (a redirect to the error page), only without a session.
  if (!/(^|; )next-auth\.session-token=/.test(cookie)) throw new Error(`Sign-in of ${email} refused (HTTP ${callback.status}).`);
  return cookie;
}

function cookiesOf(response: Response): string {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
}
