/** What the tests read submitted forms with: a fixed day, and the places and groups listed in content/. */
import { diskListedIds } from "../../netlify/lib/listed-ids";
import type { FormContext } from "../../src/lib/submissions/form";

/** The day the submission tests run on: the date in the city by the function tests' clock (2026-11-26T10:05Z). */
export const SUBMISSION_TEST_TODAY = "2026-11-26";

const listed = diskListedIds(process.cwd());

/** What reading a fixture's form needs: the test day (or another), and the listed places and groups. */
export function submissionContext(today = SUBMISSION_TEST_TODAY): FormContext {
  return { today, listed: listed() };
}
