/**
 * What every part of the coordination console shares: the signed-in coordinator, the section shown and the
 * data loaded for it, the request that is open with its plan, note and cancel question, and `act`, the one
 * way a change is made, which says what happened or shows what to fix. Focus moves only once React has
 * drawn what it moves to.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { meetingTimeBefore, optionsEventFor } from "../../lib/buddy/coordination";
import { useConsoleSession } from "../console/session";
import type { CoordinationAuditEntry, RequestView } from "../../lib/buddy/model";
import { useFocusAfterRender } from "./focus";
import type { Section } from "./labels";
import { problemsFrom, type FieldProblem } from "./problems";
import { useSectionData } from "./section-data";

const TOKEN_KEY = "stoke-together:coordinator-token";
const PLAN_TARGETS = { welcomerId: "plan-welcomer", meetingPoint: "plan-point", meetingTime: "plan-time" };

/** A request as opened: the request itself and its audit trail. */
export interface OpenRequest {
  request: RequestView;
  audit: CoordinationAuditEntry[];
}

function useCoordinationState() {
  const [section, setSection] = useState<Section>("open");
  const [detail, setDetail] = useState<OpenRequest>();
  const [plan, setPlan] = useState({ welcomerId: "", meetingPoint: "", meetingTime: "" });
  const [closeNote, setCloseNote] = useState("");
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [newWelcomer, setNewWelcomer] = useState({ name: "", groupId: "", note: "" });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState<string>();
  const [alert, setAlert] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [focusSummary, setFocusSummary] = useState(0);

  const sectionHeadingRef = useRef<HTMLHeadingElement>(null);
  const detailHeadingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const focusAfterRender = useFocusAfterRender();

  const session = useConsoleSession({
    apiBase: "/api/coordination/",
    tokenKey: TOKEN_KEY,
    role: "coordinator",
    onSignedIn: () => focusAfterRender(sectionHeadingRef),
  });
  const { token, api } = session;

  const data = useSectionData({ api, token, section, setAlert });
  const { welcomers, options, load, loadWelcomers } = data;

  const show = (next: Section) => {
    setSection(next);
    setDetail(undefined);
    setProblems([]);
    setStatus(undefined);
    focusAfterRender(sectionHeadingRef);
  };

  /** Leaves the open request for the section it was opened from, loaded afresh. */
  const backToSection = () => {
    setDetail(undefined);
    setProblems([]);
    void load();
    focusAfterRender(sectionHeadingRef);
  };

  /** Signs out, and closes any request that is open. */
  const signOut = () => {
    session.signOut();
    setDetail(undefined);
  };

  /** Fills the plan form from the request, or suggests the event's meeting point and a time before the start. */
  const fillPlan = (request: RequestView) => {
    const event = optionsEventFor(options, request.eventId);
    setPlan({
      welcomerId: request.plan.welcomerId ?? "",
      meetingPoint: request.plan.meetingPoint ?? event?.meetingPoint ?? "",
      meetingTime: request.plan.meetingTime ?? meetingTimeBefore(request.startTime),
    });
  };

  /** Opens a request; with `focus` false, reloads it in place and leaves its forms as they are. */
  const open = async (id: string, focus = true) => {
    const result = await api(`requests/${id}`);
    if (!result.ok) {
      setAlert(result.body.error ?? "Could not open that request.");
      return undefined;
    }
    const loaded = result.body as unknown as OpenRequest;
    setDetail(loaded);
    if (welcomers === undefined) void loadWelcomers();
    if (focus) {
      fillPlan(loaded.request);
      setCloseNote("");
      setConfirmingCancel(false);
      setProblems([]);
      setStatus(undefined);
      setAlert(undefined);
      focusAfterRender(detailHeadingRef);
    }
    return loaded;
  };

  /** Runs one change; on success reloads the request and says what happened, else shows what to fix. */
  const act = async (
    path: string,
    init: RequestInit,
    done: string,
    targets: Record<string, string>,
    afterwards?: () => void,
  ): Promise<boolean> => {
    // Buttons stay enabled while a change is on its way, so focus is not lost; a second press waits.
    if (busy) return false;
    setBusy(true);
    setStatus(undefined);
    setAlert(undefined);
    const result = await api(path, init);
    setBusy(false);
    if (!result.ok) {
      const found = problemsFrom(result, targets);
      setProblems(found);
      if (found.length > 0) setFocusSummary((count) => count + 1);
      else setAlert(result.body.error ?? "That did not work. Try again.");
      return false;
    }
    setProblems([]);
    setStatus(result.body["changed"] === false ? "Nothing changed: that was already done." : done);
    afterwards?.();
    return true;
  };

  const requestAction = async (action: "" | "/match" | "/close" | "/cancel", init: RequestInit, done: string) => {
    if (!detail) return;
    const id = detail.request.id;
    const targets = action === "/close" ? { note: "close-note" } : PLAN_TARGETS;
    const ok = await act(`requests/${id}${action}`, init, done, targets);
    if (!ok) return;
    const reloaded = await open(id, false);
    if (reloaded && action !== "") {
      fillPlan(reloaded.request);
      setConfirmingCancel(false);
      focusAfterRender(detailHeadingRef);
    }
  };

  /** Matches, saving the plan form first when it holds changes, so what is on screen is what is matched. */
  const matchWithPlan = async (request: RequestView) => {
    const changed =
      plan.welcomerId !== (request.plan.welcomerId ?? "") ||
      plan.meetingPoint !== (request.plan.meetingPoint ?? "") ||
      plan.meetingTime !== (request.plan.meetingTime ?? "");
    if (changed) {
      const saved = await act(
        `requests/${request.id}`,
        { method: "PATCH", body: JSON.stringify(plan) },
        "The plan is saved.",
        PLAN_TARGETS,
      );
      if (!saved) return;
    }
    await requestAction("/match", { method: "POST" }, "Matched. The resident has been told a welcomer will meet them.");
  };

  return {
    ...session,
    ...data,
    signOut,
    section,
    show,
    detail,
    open,
    backToSection,
    plan,
    setPlan,
    closeNote,
    setCloseNote,
    confirmingCancel,
    setConfirmingCancel,
    newWelcomer,
    setNewWelcomer,
    problems,
    status,
    alert,
    busy,
    sectionHeadingRef,
    detailHeadingRef,
    summaryRef,
    focusAfterRender,
    act,
    requestAction,
    matchWithPlan,
  };
}

/** Everything the console's parts share: data, the open request, messages, and the ways to change them. */
export type Coordination = ReturnType<typeof useCoordinationState>;

const CoordinationContext = createContext<Coordination | undefined>(undefined);

/** Holds the console's shared state for every part inside it. */
export function CoordinationProvider({ children }: { children: ReactNode }) {
  return <CoordinationContext value={useCoordinationState()}>{children}</CoordinationContext>;
}

/** The console's shared state, from the nearest CoordinationProvider. */
export function useCoordination(): Coordination {
  const coordination = useContext(CoordinationContext);
  if (!coordination) throw new Error("useCoordination is called outside a CoordinationProvider.");
  return coordination;
}
