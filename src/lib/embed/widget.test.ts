import { describe, expect, it } from "vitest";
import { EMBED_MESSAGES } from "./messages";
import { applyEmbedOptions, limitItems, renderWidget, type WidgetData, type WidgetItem } from "./widget";

const item = (n: number, extra: Partial<WidgetItem> = {}): WidgetItem => ({
  href: `/events/walk-${n}/`,
  title: `Walk ${n}`,
  when: `Mon ${n} Dec, 10:30 to 11:30`,
  start: `2026-12-0${n}T10:30:00+00:00`,
  where: "Hanley Park, Hanley",
  cost: "Free",
  status: "scheduled",
  moved: false,
  beforeDark: true,
  buddyUp: false,
  example: false,
  ...extra,
});

const data: WidgetData = {
  kind: "group",
  id: "hanley-health-walks",
  lang: "en",
  heading: "Coming up with Hanley Health Walkers",
  items: [1, 2, 3, 4, 5].map((n) => item(n)),
  empty: "Hanley Health Walkers has nothing listed for the next two months.",
  more: { href: "/groups/hanley-health-walks/", text: "Everything Hanley Health Walkers runs, on Stoke Together" },
  credits: [
    {
      text: "Contains information from Stoke Together, shared under the Open Government Licence v3.0.",
      licence: {
        name: "Open Government Licence v3.0",
        url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      },
    },
  ],
};
const draw = { level: 1, base: "", messages: EMBED_MESSAGES.en } as const;
const full = { count: 12, layout: "full", theme: "auto" } as const;
const count = (html: string) => html.split('<li class="stw__item').length - 1;

describe("renderWidget", () => {
  it("draws a heading, an item per event with its link, date, time, place and cost, and the link to everything", () => {
    const html = renderWidget(data, full, draw);
    expect(html).toContain('<h1 class="stw__title" id="stw-title">Coming up with Hanley Health Walkers</h1>');
    expect(count(html)).toBe(5);
    expect(html).toContain('<h2 class="stw__name"><a href="/events/walk-1/">Walk 1</a></h2>');
    expect(html).toContain('<time datetime="2026-12-01T10:30:00+00:00">Mon 1 Dec, 10:30 to 11:30</time>');
    expect(html).toContain('Hanley Park, Hanley<span class="stw__cost"> · Free</span>');
    expect(html).toContain('<span class="stw__tag">Finishes before dark</span>');
    expect(html).toContain('<a href="/groups/hanley-health-walks/">Everything Hanley Health Walkers runs');
  });

  it("shows as many as the site chose, and puts the site's address before every link in another site's page", () => {
    const html = renderWidget(data, { ...full, count: 2 }, { ...draw, level: 2, base: "https://stoketogether.org.uk" });
    expect(count(html)).toBe(2);
    expect(html).toContain('<h2 class="stw__title"');
    expect(html).toContain('<h3 class="stw__name"><a href="https://stoketogether.org.uk/events/walk-1/">');
    expect(html).toContain('href="https://stoketogether.org.uk/groups/hanley-health-walks/"');
  });

  it("links the licence's name in the credit the listings ask for, or adds it when the credit does not name it", () => {
    expect(renderWidget(data, full, draw)).toContain(
      'shared under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>.',
    );
    const credited = renderWidget(
      {
        ...data,
        credits: [{ text: "Data from Leisure Trust OpenActive", licence: { name: "CC BY 4.0", url: "https://c/" } }],
      },
      full,
      draw,
    );
    expect(credited).toContain(
      '<p class="stw__credit">Data from Leisure Trust OpenActive (<a href="https://c/">CC BY 4.0</a>)</p>',
    );
  });

  it("says when nothing is listed, with no empty list", () => {
    const html = renderWidget({ ...data, items: [], credits: [] }, full, draw);
    expect(html).toContain(
      '<p class="stw__empty">Hanley Health Walkers has nothing listed for the next two months.</p>',
    );
    expect(html).not.toContain("<ul");
    expect(html).not.toContain("stw__credit");
  });

  it("marks a cancelled date for eyes and for screen readers, with why, and drops labels that no longer apply", () => {
    const html = renderWidget(
      { ...data, items: [item(1, { status: "cancelled", note: "the park is flooded", buddyUp: true, example: true })] },
      full,
      draw,
    );
    expect(html).toContain('<li class="stw__item stw__item--cancelled">');
    expect(html).toContain('<span class="stw__vh">Cancelled: </span>Walk 1</a>');
    expect(html).toContain("<strong>Cancelled</strong>: the park is flooded");
    expect(html).not.toContain("Finishes before dark");
    expect(html).not.toContain("Buddy-up available");
    expect(html).toContain("Example listing");
  });

  it("says a date was moved or postponed", () => {
    expect(renderWidget({ ...data, items: [item(1, { moved: true })] }, full, draw)).toContain(
      "<strong>Moved</strong>",
    );
    expect(renderWidget({ ...data, items: [item(1, { status: "postponed" })] }, full, draw)).toContain(
      "<strong>Postponed</strong>",
    );
  });

  it("escapes everything a listing says", () => {
    const html = renderWidget(
      { ...data, heading: "<b>x</b>", items: [item(1, { title: '"><script>alert(1)</script>', href: '/e/"x/' })] },
      full,
      draw,
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
    expect(html).toContain('href="/e/&quot;x/"');
  });
});

describe("limitItems and applyEmbedOptions", () => {
  const page = `<html><body><main>${renderWidget(data, full, draw)}</main></body></html>`;

  it("cut a drawn list to its first items and keep the rest of the page", () => {
    const cut = limitItems(page, 3);
    expect(count(cut)).toBe(3);
    expect(cut).toContain("Walk 3");
    expect(cut).not.toContain("Walk 4");
    expect(cut).toContain('</ul><p class="stw__more">');
    expect(cut.endsWith("</main></body></html>")).toBe(true);
    expect(limitItems(page, 5)).toBe(page);
    expect(limitItems(page, 12)).toBe(page);
  });

  it("set the layout and scheme a site chose on the list", () => {
    const set = applyEmbedOptions(page, { count: 2, layout: "compact", theme: "dark" });
    expect(count(set)).toBe(2);
    expect(set).toContain('<section class="stw" data-layout="compact" data-theme="dark"');
    expect(applyEmbedOptions(page, { count: 12, layout: "full", theme: "auto" })).toBe(page);
  });
});
