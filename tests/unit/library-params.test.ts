// The library's URL → search API parameters: a hand-edited sort or page still searches (issue 10, item 15).
import { describe, expect, it } from "vitest";
import {
  apiSearchParams,
  categoryByRef,
  categoryHref,
  MAX_PAGE,
  pageOf,
  sortOf,
} from "@/components/library/library-params";

const p = (qs: string) => new URLSearchParams(qs);

describe("library URL parameters", () => {
  it("passes a known sort and page through", () => {
    const out = apiSearchParams(p("q=燃气&sort=newest&page=3"));
    expect(out.get("sort")).toBe("newest");
    expect(out.get("page")).toBe("3");
    expect(out.get("q")).toBe("燃气");
  });

  it("reads an unknown sort as relevance and a bad page as page 1, so the search still answers", () => {
    for (const qs of ["sort=bogus", "sort=__proto__", "sort=toString"]) {
      expect(sortOf(p(qs))).toBe("relevance");
      expect(apiSearchParams(p(qs)).has("sort")).toBe(false);
    }
    for (const qs of ["page=abc", "page=0", "page=-2", "page=1.5", "page="]) {
      expect(pageOf(p(qs))).toBe(1);
      expect(apiSearchParams(p(qs)).has("page")).toBe(false);
    }
    expect(pageOf(p("page=99999999"))).toBe(MAX_PAGE);
  });
});

describe("categories in the library URL", () => {
  const categories = [
    { id: "cmx35abc", key: "隐患排查", name: "隐患排查" },
    { id: "cmx35def", key: "责任落实", name: "责任落实" },
  ];

  it("links a category by its key", () => {
    expect(categoryHref("隐患排查")).toBe(`/library?category=${encodeURIComponent("隐患排查")}`);
    expect(new URL(categoryHref("隐患排查"), "http://x").searchParams.get("category")).toBe("隐患排查");
  });

  it("reads ?category= as a key, or as an id from an older link, and passes it to the search API as it is", () => {
    expect(categoryByRef(categories, "责任落实")?.id).toBe("cmx35def");
    expect(categoryByRef(categories, "cmx35abc")?.key).toBe("隐患排查");
    expect(categoryByRef(categories, "none")).toBeUndefined();
    expect(apiSearchParams(p("category=隐患排查")).get("category")).toBe("隐患排查");
  });
});
