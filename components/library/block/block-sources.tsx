// Where the text was found: file, speech, heading path, and the paragraphs around it for context.
import Link from "next/link";
import type { BlockDetail } from "@/lib/blocks/get-block-detail";
import { formatDay } from "@/components/ui/format-date";
import { BlockSection } from "./block-section";

type Neighbour = BlockDetail["sources"][number]["before"][number];

function NeighbourText({ n }: { n: Neighbour }) {
  const body = <span className={n.kind === "HEADING" ? "font-semibold" : ""}>{n.text}</span>;
  return (
    <p className="text-sm leading-7 text-stone-500">
      {n.id ? (
        <Link href={`/library/blocks/${n.id}`} className="hover:text-brand-700">
          {body}
        </Link>
      ) : (
        body
      )}
    </p>
  );
}

/**
 * The file line under the speech: the document's readable name, or its stored file name when the line above already
 * says that name (the first speech of a machine-named file), so neither is said twice.
 */
function fileLabel(s: BlockDetail["sources"][number]): string {
  return s.documentName.name === (s.speechTitle ?? s.documentName.name) ? s.fileName : s.documentName.name;
}

export function BlockSources({ sources }: { sources: BlockDetail["sources"] }) {
  return (
    <BlockSection title="来源" count={sources.length} testId="block-sources">
      {sources.length ? (
        <ol className="space-y-5">
          {sources.map((s) => (
            <li key={`${s.documentId}-${s.position}`} className="space-y-2">
              <div className="text-sm">
                <p className="font-medium">{s.speechTitle ?? s.documentName.name}</p>
                <p className="text-xs text-stone-500">
                  文件：<span title={s.fileName}>{fileLabel(s)}</span>
                  {s.speaker ? ` · 讲话人：${s.speaker}` : ""}
                  {s.date ? ` · ${formatDay(s.date)}` : ""} ·{" "}
                  <Link className="underline" href={`/library?document=${s.documentId}`}>
                    该文件的全部素材
                  </Link>
                </p>
                {s.headingPath.length ? (
                  <nav aria-label="所在标题" className="mt-1 text-xs text-stone-600">
                    {s.headingPath.join(" › ")}
                  </nav>
                ) : null}
              </div>
              <div className="border-l-2 border-stone-200 pl-3" data-testid="source-context">
                {s.before.map((n, i) => (
                  <NeighbourText key={`b${i}`} n={n} />
                ))}
                <p
                  className="my-1 rounded bg-amber-50 px-2 text-sm leading-7 ring-1 ring-amber-200"
                  aria-current="true"
                  data-testid="source-text"
                >
                  {s.text}
                </p>
                {s.edited ? (
                  <p className="text-xs text-stone-500">以上是来源文件的原文，素材文本此后已修改或拆分。</p>
                ) : null}
                {s.after.map((n, i) => (
                  <NeighbourText key={`a${i}`} n={n} />
                ))}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-stone-500">这条素材是手工录入的，没有来源文件。</p>
      )}
    </BlockSection>
  );
}
