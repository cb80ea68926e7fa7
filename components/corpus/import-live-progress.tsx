import type { ImportProgress } from "@/lib/imports/import-progress";
import { ImportProgressGroup } from "./import-progress-group";

/** On the report page while the import runs: each file's stage, until the finished report replaces it. */
export function ImportLiveProgress({ initial }: { initial: ImportProgress }) {
  return (
    <section className="rounded-xl border border-brand-100 bg-brand-50 p-4" aria-label="导入进度">
      <h2 className="mb-1 font-semibold">导入进行中</h2>
      <ImportProgressGroup
        importId={initial.id}
        initial={initial}
        caption="下面的报告只含已处理完的文件；全部完成后自动刷新。"
      />
    </section>
  );
}
