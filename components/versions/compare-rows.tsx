// The comparison of two texts of a speech, row by row in the newer text's reading order: each changed row has a
// text label (修改, 新增, 删除, 移动, 已移走, 拆分, 合并), headings show their computed numbers, and older text can be
// put back into the current text paragraph by paragraph (放回此段, when comparing a version with the current text
// and the clerk may edit), else copied.
import { canPutBack } from "@/lib/speech-doc/compare/put-back";
import type { CompareRow, Unit } from "@/lib/speech-doc/compare/types";
import { CopyParagraph } from "./copy-paragraph";
import { DiffText } from "./diff-text";
import { PutBackParagraph, type PutBackTarget } from "./put-back-paragraph";

const label = (u: Unit) => (u.kind === "heading" ? `${u.number}${u.text}` : u.text);
const short = (u: Unit) => {
  const chars = Array.from(label(u));
  return chars.length > 16 ? chars.slice(0, 16).join("") + "…" : label(u);
};

function Badge({ children, tone }: { children: string; tone: "edit" | "add" | "remove" | "move" }) {
  const colours = {
    edit: "border-amber-300 bg-amber-50 text-amber-900",
    add: "border-emerald-300 bg-emerald-50 text-emerald-900",
    remove: "border-red-300 bg-red-50 text-red-900",
    move: "border-sky-300 bg-sky-50 text-sky-900",
  }[tone];
  return (
    <span data-testid="row-label" className={`mr-2 shrink-0 rounded border px-1.5 py-0.5 text-xs ${colours}`}>
      {children}
    </span>
  );
}

function Text({ unit, children }: { unit: Unit; children: React.ReactNode }) {
  const heading = unit.kind === "heading";
  return (
    <div className={`min-w-0 flex-1 ${heading ? "font-bold" : unit.kind === "paragraph" ? "indent-8" : ""}`}>
      {heading ? <span>{unit.number}</span> : null}
      {children}
    </div>
  );
}

/** A moved heading names what it was; a paragraph moved with its heading says so; one moved alone names its section. */
function movedLabel(row: Extract<CompareRow, { type: "moved" }>, prev: CompareRow | undefined): string {
  if (row.old.kind === "heading") return `移动（原为“${short(row.old)}”）`;
  if (prev?.type === "moved" && prev.group === row.group) return "随本节移动";
  return row.old.section
    ? `移动（原在“${short({ ...row.old, kind: "paragraph", text: row.old.section })}”下）`
    : "移动";
}

type RowProps = { row: CompareRow; prev: CompareRow | undefined; index: number; putBack?: PutBackTarget };

/** 放回此段 where the row can be put back into the current text, else 复制原段. */
function OldText({ text, row, index, putBack }: { text: string } & Omit<RowProps, "prev">) {
  return putBack && canPutBack(row) ? <PutBackParagraph target={putBack} row={index} /> : <CopyParagraph text={text} />;
}

function Row({ row, prev, index, putBack }: RowProps) {
  const back = { row, index, putBack };
  switch (row.type) {
    case "same":
      return (
        <Text unit={row.unit}>
          <span className="text-stone-600">{row.unit.text}</span>
        </Text>
      );
    case "changed":
      return (
        <>
          <Badge tone="edit">{row.old.level !== row.unit.level ? "修改（层级）" : "修改"}</Badge>
          <Text unit={row.unit}>
            <DiffText segments={row.segments} />
          </Text>
          <OldText text={row.old.text} {...back} />
        </>
      );
    case "inserted":
      return (
        <>
          <Badge tone="add">新增</Badge>
          <Text unit={row.unit}>
            <DiffText segments={[{ op: "insert", text: row.unit.text }]} />
          </Text>
        </>
      );
    case "deleted":
      return (
        <>
          <Badge tone="remove">删除</Badge>
          <Text unit={row.old}>
            <DiffText segments={[{ op: "delete", text: row.old.text }]} />
          </Text>
          <OldText text={row.old.text} {...back} />
        </>
      );
    case "moved":
      return (
        <>
          <Badge tone="move">{movedLabel(row, prev)}</Badge>
          <Text unit={row.unit}>{row.segments ? <DiffText segments={row.segments} /> : row.unit.text}</Text>
        </>
      );
    case "moved-away":
      return (
        <>
          <Badge tone="move">已移走</Badge>
          <div className="text-sm text-stone-500">
            {row.old.kind === "heading" ? `“${short(row.old)}”一节` : `“${short(row.old)}”`}
            {row.units > 1 ? `（共 ${row.units} 段）` : ""}已移至{row.direction === "up" ? "上文" : "下文"}
          </div>
        </>
      );
    case "split":
      return (
        <>
          <Badge tone="edit">{`拆分为 ${row.units.length} 段`}</Badge>
          <Text unit={row.units[0]!}>
            <DiffText segments={row.segments} />
          </Text>
          <OldText text={row.old.text} {...back} />
        </>
      );
    case "merged":
      return (
        <>
          <Badge tone="edit">{`由 ${row.olds.length} 段合并`}</Badge>
          <Text unit={row.unit}>
            <DiffText segments={row.segments} />
          </Text>
          <OldText text={row.olds.map((u) => u.text).join("\n")} {...back} />
        </>
      );
  }
}

export function CompareRows({ rows, putBack }: { rows: readonly CompareRow[]; putBack?: PutBackTarget }) {
  return (
    <ol className="space-y-2 font-[FangSong,STFangsong,serif] text-lg leading-8" aria-label="对照结果">
      {rows.map((row, i) => (
        <li
          key={i}
          data-testid="compare-row"
          data-type={row.type}
          className={`flex items-start ${row.type === "same" ? "" : "rounded bg-stone-50 px-2 py-1"}`}
        >
          <Row row={row} prev={rows[i - 1]} index={i} putBack={putBack} />
        </li>
      ))}
    </ol>
  );
}
