import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportLiveProgress } from "@/components/corpus/import-live-progress";
import { ImportReportView } from "@/components/corpus/import-report-view";
import { can } from "@/lib/auth/roles";
import { listCategories } from "@/lib/categories/seed-categories";
import { getImportReport } from "@/lib/corpus/import-report";
import { isAppError } from "@/lib/errors";
import { listImportFiles } from "@/lib/imports/import-progress";
import { requireUser } from "../../../../_lib/current-user";

export const metadata: Metadata = { title: "导入报告" };

export default async function ImportReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const report = await getImportReport(id).catch((err) => {
    if (isAppError(err) && err.code === "not_found") notFound();
    throw err;
  });
  // While the import runs, each file's stage shows above the report (which holds only the files already done).
  const progress = report.status === "RUNNING" ? await listImportFiles(id) : null;
  const categories = (await listCategories()).map((c) => ({ key: c.key, name: c.name }));
  return (
    <ImportReportView
      report={report}
      canUndo={can(user.role, "import")}
      categories={categories}
      live={progress ? <ImportLiveProgress initial={progress} /> : null}
    />
  );
}
