/** Filling in the event submission form in browser tests, as a person would. */
import type { Page } from "@playwright/test";
import { MINIMUM_FILL_MS } from "../../netlify/lib/security";
import { addDays, toLocalDateTime } from "../../src/lib/time/local";

/** Fills the form with a fixture's values, as a person would, field by field. */
export async function fillForm(page: Page, values: Record<string, string | string[]>): Promise<void> {
  const form = page.locator("form.submission-form");
  for (const [name, value] of Object.entries(values)) {
    const field = form.locator(`[name="${name}"]`);
    const kind = await field
      .first()
      .evaluate((element) => (element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase()));
    if (kind === "checkbox" || kind === "radio") {
      if (kind === "checkbox") {
        for (const box of await field.all()) await box.uncheck();
      }
      for (const item of Array.isArray(value) ? value : [value]) {
        await form.locator(`[name="${name}"][value="${item}"]`).check();
      }
    } else if (kind === "select") {
      await field.selectOption(String(value));
    } else {
      await field.fill(String(value));
    }
  }
}

/**
 * A fixture's values with its dates moved on by whole weeks once its first date is not after today: the
 * server refuses a first date in the past, and these journeys run on the real clock.
 */
export function upcoming(
  values: Record<string, string | string[]>,
  now: Date = new Date(),
): Record<string, string | string[]> {
  const date = values["date"];
  const today = toLocalDateTime(now).slice(0, 10);
  if (typeof date !== "string" || !date || date > today) return values;
  const days = (Date.parse(today) - Date.parse(date)) / 86_400_000;
  const shift = 7 * (Math.floor(days / 7) + 1);
  const until = values["repeatUntil"];
  return {
    ...values,
    date: addDays(date, shift),
    ...(typeof until === "string" && until ? { repeatUntil: addDays(until, shift) } : {}),
  };
}

/** The server's minimum fill time, with a little to spare. */
const FILL_TIME_MS = MINIMUM_FILL_MS + 200;

/**
 * Waits out the form's minimum fill time, which a person always takes. The time counts from when the server
 * drew the form, which its signed start time says (`formStarted`: milliseconds, a dot, the signature), so
 * the time spent filling it in already counts. The server runs on this machine, on the same clock.
 */
export async function waitForFillTime(page: Page): Promise<void> {
  const started = await page
    .locator('input[name="formStarted"]')
    .evaluateAll((inputs) => inputs.map((input) => Number((input as HTMLInputElement).value.split(".")[0])));
  const newest = started.length > 0 ? Math.max(...started) : Number.NaN;
  const wait = Number.isFinite(newest) ? newest + FILL_TIME_MS - Date.now() : FILL_TIME_MS;
  if (wait > 0) await page.waitForTimeout(wait);
}

export function unique(title: string): string {
  return `${title} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}
