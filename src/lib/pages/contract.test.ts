import { describe, expect, it } from "vitest";
import {
  PAGE_SLOT_ID,
  PAGE_TITLE_MARK,
  SUBMISSION_FORM_MARKS,
  escapeHtml,
  fillShell,
  fillSpan,
  retitle,
  spliceForm,
} from "./contract";

const page = `<title>Submit an event</title><div id="${SUBMISSION_FORM_MARKS.rootId}"><astro-island>x</astro-island></div><div id="${SUBMISSION_FORM_MARKS.endId}" hidden></div><footer></footer>`;

describe("spliceForm", () => {
  it("puts the markup inside the form's root, keeping what comes after the end mark", () => {
    expect(spliceForm(page, SUBMISSION_FORM_MARKS, "<form>plain</form>")).toBe(
      `<title>Submit an event</title><div id="${SUBMISSION_FORM_MARKS.rootId}"><form>plain</form></div><div id="${SUBMISSION_FORM_MARKS.endId}" hidden></div><footer></footer>`,
    );
  });

  it("leaves a page without the marks as it was", () => {
    expect(spliceForm("<p>no form</p>", SUBMISSION_FORM_MARKS, "<form></form>")).toBe("<p>no form</p>");
  });
});

describe("fillShell", () => {
  it("escapes the title everywhere it appears and fills the body slot", () => {
    const shell = `<title>${PAGE_TITLE_MARK} | Stoke Together</title><h1>${PAGE_TITLE_MARK}</h1><div class="submit-page" id="${PAGE_SLOT_ID}"></div>`;
    expect(fillShell(shell, "Tea & <cake>", "<p>Hello</p>")).toBe(
      `<title>Tea &amp; &lt;cake&gt; | Stoke Together</title><h1>Tea &amp; &lt;cake&gt;</h1><div class="submit-page" id="${PAGE_SLOT_ID}"><p>Hello</p></div>`,
    );
  });
});

describe("escapeHtml", () => {
  it("escapes every character that could end text or a quoted attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("fillSpan and retitle", () => {
  it("replaces the text of the span with the id, and nothing else", () => {
    const page = '<p><span id="finder-count">119 events.</span></p><span>other</span>';
    expect(fillSpan(page, "finder-count", "No results.")).toBe(
      '<p><span id="finder-count">No results.</span></p><span>other</span>',
    );
    expect(fillSpan("<p></p>", "finder-count", "x")).toBe("<p></p>");
  });

  it("replaces the title's own part, keeping the site's name, as escaped text", () => {
    expect(retitle("<title>Find what&#39;s on | Stoke Together</title>", "Find “tea & cake”")).toBe(
      "<title>Find “tea &amp; cake” | Stoke Together</title>",
    );
  });
});
