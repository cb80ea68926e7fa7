import type { ImportReport } from "@/lib/corpus/import-report";
import { DocumentName } from "./document-name";
import { GenreBadge } from "./genre-badge";

/** The speeches found in the stored files, each with its title and genre (a collection lists each of its speeches). */
export function ReportSpeeches({ documents }: { documents: ImportReport["documents"] }) {
  const withSpeeches = documents.filter((d) => d.speeches.length);
  if (!withSpeeches.length) return null;
  return (
    <section>
      <h2 className="mb-2 font-semibold">讲话及体裁</h2>
      <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white text-sm">
        {withSpeeches.map((d) => (
          <li key={d.id} className="px-4 py-2">
            <DocumentName name={d.name} inline />
            <ol className="mt-1 space-y-0.5 text-stone-700">
              {d.speeches.map((s) => (
                <li key={s.order} data-testid="report-speech">
                  {d.speeches.length > 1 ? `${s.order}. ` : ""}
                  {s.title ?? "（无标题）"}
                  <GenreBadge genre={s.genre} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
