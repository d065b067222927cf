/**
 * What the moderation and coordination consoles share: signing in with a personal token (kept in this
 * tab's sessionStorage only, never in the built page), calling their API with it, and the sign-in form
 * and "Signed in as" bar. A read that fails on the way is tried once more; a refused token is forgotten.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Field } from "../../forms/kit";

/** An API answer: whether it worked, its status (0 when the server could not be reached) and its JSON. */
export interface ApiResult {
  ok: boolean;
  status: number;
  body: { error?: string; fields?: Record<string, string> } & Record<string, unknown>;
}

/** Calls one path of a console's API with a token. */
export type ApiCall = (path: string, init?: RequestInit, token?: string) => Promise<ApiResult>;

interface SessionOptions {
  /** Where the console's API lives, e.g. "/api/moderation/". */
  apiBase: string;
  /** The sessionStorage key the token is kept under. */
  tokenKey: string;
  /** Who signs in, for the message when no token is typed, e.g. "coordinator". */
  role: string;
  /** Called once signed in, e.g. to move focus to the first section. */
  onSignedIn?: () => void;
}

/** The signed-in person's token and name, the API called with their token, and signing in and out. */
export function useConsoleSession({ apiBase, tokenKey, role, onSignedIn }: SessionOptions) {
  const [token, setToken] = useState<string>();
  const [name, setName] = useState<string>();
  const [signInProblem, setSignInProblem] = useState<string>();
  const signedIn = useRef(onSignedIn);
  signedIn.current = onSignedIn;

  const api: ApiCall = useCallback(
    async (path, init = {}, useToken = token) => {
      const attempt = async (): Promise<ApiResult> => {
        try {
          const response = await fetch(`${apiBase}${path}`, {
            ...init,
            headers: {
              accept: "application/json",
              authorization: `Bearer ${useToken ?? ""}`,
              ...(init.body ? { "content-type": "application/json" } : {}),
            },
          });
          const body = (await response.json().catch(() => ({}))) as ApiResult["body"];
          return { ok: response.ok, status: response.status, body };
        } catch {
          return { ok: false, status: 0, body: {} };
        }
      };
      let result = await attempt();
      // A read that failed on the way (a dropped connection, a server restarting) is safe to try once more.
      if ((init.method ?? "GET") === "GET" && (result.status === 0 || result.status >= 500)) {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        result = await attempt();
      }
      if (!result.ok && !result.body.error) {
        result.body.error =
          result.status === 0 || result.status >= 500
            ? "The console could not reach the server just now. Try again in a minute."
            : "That did not work. Try again.";
      }
      return result;
    },
    [apiBase, token],
  );

  const signIn = useCallback(
    async (candidate: string) => {
      if (!candidate) {
        setSignInProblem(`Enter your ${role} token.`);
        return;
      }
      const result = await api("me", {}, candidate);
      if (result.ok) {
        sessionStorage.setItem(tokenKey, candidate);
        setToken(candidate);
        setName(String(result.body["name"]));
        setSignInProblem(undefined);
        signedIn.current?.();
      } else {
        // Only a refused token is forgotten; after a failure on the way, reloading tries it again.
        if (result.status === 401 || result.status === 403) sessionStorage.removeItem(tokenKey);
        setSignInProblem(result.body.error);
      }
    },
    [api, role, tokenKey],
  );

  const signOut = useCallback(() => {
    sessionStorage.removeItem(tokenKey);
    setToken(undefined);
    setName(undefined);
  }, [tokenKey]);

  // Signs in again with this tab's saved token once, when the console first loads.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const saved = sessionStorage.getItem(tokenKey);
    if (saved) void signIn(saved);
  }, [signIn, tokenKey]);

  return { token, name, api, signIn, signOut, signInProblem };
}

/**
 * The sign-in form: one password field for the token, and what went wrong last time. Until the console's
 * script has taken over the form cannot be sent, and it posts, so a token is never put in an address (and
 * with it the browser's history and the server's logs) by a click that came too early.
 */
export function SignInForm({
  label,
  problem,
  onSignIn,
}: {
  label: string;
  problem: string | undefined;
  onSignIn: (token: string) => void;
}) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <form
      className="moderation-signin"
      method="post"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const value = new FormData(event.currentTarget).get("token");
        onSignIn(typeof value === "string" ? value.trim() : "");
      }}
    >
      {problem && (
        <div className="notice notice--alert" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <Field
        name="token"
        label={label}
        hint="Your personal token. It is kept in this browser tab only, until you close it or sign out."
      >
        {(describedBy) => (
          <input id="token" name="token" type="password" autoComplete="off" aria-describedby={describedBy} />
        )}
      </Field>
      <button className="button" type="submit" disabled={!ready}>
        Sign in
      </button>
    </form>
  );
}

/** "Signed in as …" with a button to sign out. */
export function SignedInBar({ name, onSignOut }: { name: string; onSignOut: () => void }) {
  return (
    <p>
      Signed in as <strong>{name}</strong>.{" "}
      <button className="button button--secondary" type="button" onClick={onSignOut}>
        Sign out
      </button>
    </p>
  );
}

/** What a console says after an action, read out as it changes: a plain notice, or an alert when it did not work. */
export function ConsoleMessage({ message }: { message: { kind: "ok" | "alert"; text: string } | undefined }) {
  return (
    <div aria-live="polite">
      {message && (
        <div className={message.kind === "ok" ? "notice" : "notice notice--alert"}>
          <p>{message.text}</p>
        </div>
      )}
    </div>
  );
}
