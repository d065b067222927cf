import { describe, expect, it } from "vitest";
import { isPublicHost, WebAddressSchema } from "./web-address";

const read = (text: string) => WebAddressSchema.safeParse(text);
const problem = (text: string) => {
  const result = read(text);
  return result.success ? undefined : result.error.issues[0]?.message;
};

describe("WebAddressSchema", () => {
  it("keeps a public address as the browser reads it", () => {
    expect(read(" https://Example.ORG/Book now?x=1#top ").data).toBe("https://example.org/Book%20now?x=1#top");
    expect(read("http://stoke.gov.uk").data).toBe("http://stoke.gov.uk/");
    expect(read("https://bücher.example.com/").data).toBe("https://xn--bcher-kva.example.com/");
  });

  it("keeps a quote or angle bracket only in its escaped form, so it can never end an attribute", () => {
    expect(read('https://example.org/"><script>alert(1)</script>').data).toBe(
      "https://example.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
    );
  });

  it.each([
    ["javascript:alert(1)", "must be a full web address starting https://"],
    ["data:text/html,<p>hi</p>", "must be a full web address starting https://"],
    ["ftp://example.org/file", "must be a full web address starting https://"],
    ["example.org", "must be a full web address starting https://"],
    ["https://user:secret@example.org/", "must not hold a user name or password"],
    ["https://user@example.org/", "must not hold a user name or password"],
  ])("refuses %s", (text, message) => {
    expect(problem(text)).toBe(message);
  });

  it.each([
    "http://localhost:8080/",
    "http://127.0.0.1/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://10.0.0.5/admin",
    "http://172.20.1.1/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://[::1]/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://printer/",
    "http://router.local/",
    "http://nas.home/",
    "http://intranet.corp/",
    "http://app.localhost/",
  ])("refuses %s, which is not on the public web", (text) => {
    expect(problem(text)).toBe("must be a public web address, not one on a private or local network");
  });

  it("refuses an address over 2,000 characters", () => {
    expect(problem(`https://example.org/${"a".repeat(1990)}`)).toBe("must be 2,000 characters or fewer");
    expect(read(`https://example.org/${"a".repeat(1900)}`).success).toBe(true);
  });
});

describe("isPublicHost", () => {
  it("accepts public names and addresses", () => {
    for (const host of ["stoketogether.org.uk", "8.8.8.8", "[2a00:1450:4009:81f::200e]", "xn--bcher-kva.example.com"]) {
      expect(isPublicHost(host), host).toBe(true);
    }
  });
});
