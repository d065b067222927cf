/**
 * The data the console's sections show, loaded afresh for the section on screen once a coordinator is
 * signed in; what fails to load is said in the console's alert.
 */
import { useCallback, useEffect, useState } from "react";
import type { ApiCall } from "../console/session";
import type {
  BuddyOptions,
  CoordinationAuditEntry,
  OutboxMessage,
  Report,
  RequestView,
  Welcomer,
} from "../../lib/buddy/model";
import type { Section } from "./labels";

const OPTIONS_PATH = "/buddy-up/options.json";
const EMPTY_OPTIONS: BuddyOptions = { groups: [], events: [] };

/** The requests, welcomers, groups, event options, reports, messages and audit entries, and how to reload them. */
export function useSectionData({
  api,
  token,
  section,
  setAlert,
}: {
  api: ApiCall;
  token: string | undefined;
  section: Section;
  setAlert: (alert: string | undefined) => void;
}) {
  const [requests, setRequests] = useState<RequestView[]>();
  const [welcomers, setWelcomers] = useState<Welcomer[]>();
  const [groups, setGroups] = useState<BuddyOptions["groups"]>([]);
  const [options, setOptions] = useState<BuddyOptions>(EMPTY_OPTIONS);
  const [reports, setReports] = useState<Report[]>();
  const [messages, setMessages] = useState<OutboxMessage[]>();
  const [entries, setEntries] = useState<CoordinationAuditEntry[]>();

  // The options are public and built with the site; until the build publishes them, none are offered.
  useEffect(() => {
    if (!token) return;
    void fetch(OPTIONS_PATH, { headers: { accept: "application/json" } })
      .then(async (response) => (response.ok ? ((await response.json()) as BuddyOptions) : EMPTY_OPTIONS))
      .catch(() => EMPTY_OPTIONS)
      .then((loaded) => setOptions({ groups: loaded.groups ?? [], events: loaded.events ?? [] }));
  }, [token]);

  const loadWelcomers = useCallback(async () => {
    const result = await api("welcomers");
    if (result.ok) {
      setWelcomers(result.body["welcomers"] as Welcomer[]);
      setGroups(result.body["groups"] as BuddyOptions["groups"]);
    } else setAlert(result.body.error ?? "Could not load the welcomers.");
  }, [api, setAlert]);

  const load = useCallback(async () => {
    if (!token) return;
    setAlert(undefined);
    if (section === "open" || section === "past") {
      setRequests(undefined);
      const result = await api(`requests?view=${section}`);
      if (result.ok) setRequests(result.body["requests"] as RequestView[]);
      else setAlert(result.body.error ?? "Could not load the requests.");
    } else if (section === "welcomers") {
      await loadWelcomers();
    } else if (section === "reports") {
      const result = await api("reports");
      if (result.ok) setReports(result.body["reports"] as Report[]);
      else setAlert(result.body.error ?? "Could not load the reports.");
    } else if (section === "outbox") {
      const result = await api("outbox");
      if (result.ok) setMessages(result.body["messages"] as OutboxMessage[]);
      else setAlert(result.body.error ?? "Could not load the outbox.");
    } else {
      const result = await api("audit");
      if (result.ok) setEntries(result.body["entries"] as CoordinationAuditEntry[]);
      else setAlert(result.body.error ?? "Could not load the audit log.");
    }
  }, [api, loadWelcomers, section, setAlert, token]);

  useEffect(() => {
    void load();
  }, [load]);

  return { requests, welcomers, groups, options, reports, messages, entries, load, loadWelcomers };
}
