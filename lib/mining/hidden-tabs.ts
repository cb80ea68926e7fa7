// A page's tabs (会议报道 | 领导讲话 | 图片集锦): every panel is in the saved source, the others hidden by an inline
// display:none until a click shows them. A hidden block is otherwise kept (a 公众号 hides its whole article until a
// script runs, a page its folded second half, a pager its next page), so only panels named as tabs count, and only
// where the panel the page opened on holds more text than any hidden one: that is the tab the page is about. A page
// that opened on a short news tab, its speech in a hidden one, is read whole.
import { Parser } from "htmlparser2";
import { hiddenByAttributes } from "./hidden-elements";
import { cjkCount } from "./outline-patterns";

const TAB_CLASS_RE = /^(?:.*[-_])?(?:tab|tabs|pane|panel|tab-?content|tab-?item)(?:[-_].*)?$/i;
const VOID = new Set(["br", "img", "hr", "input", "meta", "link", "source", "wbr", "area", "col", "embed", "param"]);

const tabClassesOf = (cls: string | undefined) => (cls ?? "").split(/\s+/).filter((c) => TAB_CLASS_RE.test(c));

/** The tab classes whose hidden panels are the page's other tabs. */
export function tabPanelClasses(html: string): Set<string> {
  if (!/display\s*:\s*none|visibility\s*:\s*hidden|\shidden[\s>=]/i.test(html)) return new Set();
  // Per tab class: the most text a shown panel holds and the most a hidden one holds.
  const shown = new Map<string, number>();
  const hidden = new Map<string, number>();
  const open: { classes: string[]; hides: boolean; han: number }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (VOID.has(name)) return;
        const classes = tabClassesOf(attribs.class);
        open.push({ classes, hides: classes.length > 0 && hiddenByAttributes((a) => attribs[a]), han: 0 });
      },
      ontext(text) {
        const n = cjkCount(text);
        if (n) for (const el of open) if (el.classes.length) el.han += n;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        const el = open.pop();
        if (!el) return;
        for (const c of el.classes) {
          const into = el.hides ? hidden : shown;
          into.set(c, Math.max(into.get(c) ?? 0, el.han));
        }
      },
    },
    { lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return new Set([...hidden].filter(([c, han]) => (shown.get(c) ?? 0) > han).map(([c]) => c));
}

/** A hidden block that is one of the page's other tabs. */
export function isOtherTab(attr: (name: string) => string | undefined, tabs: ReadonlySet<string>): boolean {
  if (!tabs.size || !hiddenByAttributes(attr)) return false;
  return tabClassesOf(attr("class")).some((c) => tabs.has(c));
}
