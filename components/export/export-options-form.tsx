"use client";
// The export options a clerk sets once (remembered per user): font set, page numbers, speaker/date line, draft mark.
import { Field, Select } from "@/components/ui/form-controls";
import {
  DRAFT_MARK_LABELS,
  DRAFT_MARKS,
  FONT_SET_LABELS,
  FONT_SETS,
  PAGE_NUMBER_LABELS,
  PAGE_NUMBER_PLACEMENTS,
  type DraftMark,
  type ExportOptions,
  type FontSet,
  type PageNumberPlacement,
} from "@/lib/export/options";

export function ExportOptionsForm({
  options,
  onChange,
  disabled,
}: {
  options: ExportOptions;
  onChange: (next: ExportOptions) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="grid grid-cols-2 gap-3" disabled={disabled}>
      <legend className="sr-only">导出选项</legend>
      <div className="col-span-2">
        <Field label="字体" hint="本机没有公文字体（如仿宋_GB2312）时，选“常用字体”。">
          <Select
            value={options.fontSet}
            onChange={(e) => onChange({ ...options, fontSet: e.target.value as FontSet })}
          >
            {FONT_SETS.map((f) => (
              <option key={f} value={f}>
                {FONT_SET_LABELS[f]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label="页码">
        <Select
          value={options.pageNumbers}
          onChange={(e) => onChange({ ...options, pageNumbers: e.target.value as PageNumberPlacement })}
        >
          {PAGE_NUMBER_PLACEMENTS.map((p) => (
            <option key={p} value={p}>
              {PAGE_NUMBER_LABELS[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="稿件标识（首页左上角）">
        <Select
          value={options.draftMark}
          onChange={(e) => onChange({ ...options, draftMark: e.target.value as DraftMark })}
        >
          {DRAFT_MARKS.map((m) => (
            <option key={m} value={m}>
              {DRAFT_MARK_LABELS[m]}
            </option>
          ))}
        </Select>
      </Field>
      <label className="col-span-2 flex items-center gap-2 text-sm text-stone-700">
        <input
          type="checkbox"
          checked={options.speakerLine}
          onChange={(e) => onChange({ ...options, speakerLine: e.target.checked })}
        />
        标题下印讲话人及日期
      </label>
    </fieldset>
  );
}
