import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompareRows } from "@/components/versions/compare-rows";
import { CompareSummaryLine } from "@/components/versions/compare-summary";
import { TrackedExportButton } from "@/components/versions/tracked-export-button";
import { VersionsView } from "@/components/versions/versions-view";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors";
import { getSpeech } from "@/lib/speeches/get-speech";
import { compareVersions } from "@/lib/speeches/versions/compare-versions";
import { listVersions } from "@/lib/speeches/versions/list-versions";
import { compareQuery } from "@/lib/speeches/versions/schemas";
import { CURRENT } from "@/lib/speeches/versions/types";
import { requireUser } from "../../../../_lib/current-user";

export const metadata: Metadata = { title: "版本与对照" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const missing = (err: unknown) => {
  if (isAppError(err) && (err.code === "not_found" || err.code === "invalid_input")) notFound();
  throw err;
};

// A speech's versions (named and automatic) and, when ?from= (and ?to=, default the current text) is given,
// the comparison of the two texts.
export default async function SpeechVersionsPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const speech = await getSpeech(id).catch(missing);
  const versions = await listVersions(id);
  const query = compareQuery.safeParse(await searchParams);
  const compared = query.success
    ? await compareVersions(id, query.data.from, query.data.to).catch((err) => {
        if (isAppError(err) && err.code === "not_found") return null;
        throw err;
      })
    : null;
  // 放回此段 only where it means something: a version compared with the current text, by a clerk who may edit it.
  const canEdit = can(user.role, "edit") && speech.status !== "FINAL";
  const putBack =
    compared && canEdit && compared.to.ref === CURRENT && compared.from.ref !== CURRENT
      ? { speechId: id, versionId: compared.from.ref, baseVersion: compared.to.version }
      : undefined;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-xl font-bold">版本与对照：{speech.title}</h1>
        <Link href={`/speeches/${id}`} className="text-sm text-brand-700 underline">
          返回组稿
        </Link>
      </div>
      <VersionsView
        key={`${speech.version}|${versions.length}`}
        speechId={id}
        speechVersion={speech.version}
        status={speech.status}
        canEdit={can(user.role, "edit")}
        versions={versions}
        from={query.success ? query.data.from : null}
        to={query.success ? query.data.to : "current"}
      />
      {compared ? (
        <section
          aria-labelledby="compare-heading"
          className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
        >
          <h2 id="compare-heading" className="font-bold" data-testid="compare-heading">
            对照：{compared.from.label} → {compared.to.label}
          </h2>
          <CompareSummaryLine summary={compared.comparison.summary} />
          <TrackedExportButton speechId={id} from={compared.from.ref} to={compared.to.ref} />
          <CompareRows rows={compared.comparison.rows} putBack={putBack} />
        </section>
      ) : query.success ? (
        <p className="text-sm text-stone-500">所选版本不存在，请重新选择。</p>
      ) : null}
    </div>
  );
}
