/**
 * The buddy-up coordination console. The coordinator's token is typed in and kept in this tab's
 * sessionStorage only; it is never part of the built page. Everything a resident, reporter or coordinator
 * wrote is rendered by React as text. Requests, welcomers, reports, the outbox and the audit log each have
 * a section; a request opens with its plan form, its actions and its audit trail. The parts share their
 * state through coordination/state.tsx.
 */
import { SignedInBar, SignInForm } from "./console/session";
import { AddWelcomerForm } from "./coordination/AddWelcomerForm";
import { AuditLog } from "./coordination/AuditLog";
import { headingOf } from "./coordination/labels";
import { Outbox } from "./coordination/Outbox";
import { ReportList } from "./coordination/ReportList";
import { RequestDetail } from "./coordination/RequestDetail";
import { RequestList } from "./coordination/RequestList";
import { SectionNav } from "./coordination/SectionNav";
import { CoordinationProvider, useCoordination } from "./coordination/state";
import { WelcomerList } from "./coordination/WelcomerList";

export default function CoordinationConsole() {
  return (
    <CoordinationProvider>
      <Console />
    </CoordinationProvider>
  );
}

/** The sign-in form, or the signed-in console: messages, the sections' links, and a section or a request. */
function Console() {
  const { token, name, signIn, signOut, signInProblem, status, alert, detail, section, sectionHeadingRef } =
    useCoordination();

  if (!token || !name) {
    return <SignInForm label="Coordinator token" problem={signInProblem} onSignIn={(typed) => void signIn(typed)} />;
  }

  return (
    <div className="moderation">
      <SignedInBar name={name} onSignOut={signOut} />
      <div role="status" aria-live="polite">
        {status && (
          <div className="notice">
            <p>{status}</p>
          </div>
        )}
      </div>
      {alert && (
        <div className="notice notice--alert" role="alert">
          <p>{alert}</p>
        </div>
      )}
      <SectionNav />
      {detail ? (
        <RequestDetail loaded={detail} />
      ) : (
        <section aria-labelledby="section-heading">
          <h2 id="section-heading" tabIndex={-1} ref={sectionHeadingRef}>
            {headingOf(section)}
          </h2>
          {(section === "open" || section === "past") && <RequestList />}
          {section === "welcomers" && (
            <>
              <AddWelcomerForm />
              <WelcomerList />
            </>
          )}
          {section === "reports" && <ReportList />}
          {section === "outbox" && <Outbox />}
          {section === "audit" && <AuditLog />}
        </section>
      )}
    </div>
  );
}
