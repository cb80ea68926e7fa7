"use client";
// The speech's own settings: numbering style per level, speaking rate, target length, reuse-warning window.
import type { SpeechDetail } from "@/lib/speeches/types";
import {
  NUMBERING_STYLES,
  NUMBERING_STYLE_LABELS,
  type NumberingStyle,
  type SpeechSettings,
} from "@/lib/speech-doc/types";

const LEVEL_NAMES = ["一级标题", "二级标题", "三级标题"];
// The window is centred on the speech's day (lib/speeches/reuse-window.ts): a speech is often drafted ahead.
const REUSE_HELP =
  "以本次会议的日期为准（没有会议时用讲话日期，都没有时用今天）：同一讲话人在此前、此后各最近几次会议上或前后这段时间内用到的段落，插入前会提醒。";

function NumberInput(p: {
  label: string;
  value: number | null;
  min: number;
  max: number;
  onChange: (v: number | null) => void;
  disabled: boolean;
  unit: string;
}) {
  return (
    <label className="flex items-center gap-2">
      <span className="w-28 shrink-0 text-stone-600">{p.label}</span>
      <input
        type="number"
        min={p.min}
        max={p.max}
        value={p.value ?? ""}
        disabled={p.disabled}
        onChange={(e) => {
          const v = e.target.value === "" ? null : Math.round(Number(e.target.value));
          if (v === null || (v >= p.min && v <= p.max)) p.onChange(v);
        }}
        className="w-24 rounded border border-stone-300 px-2 py-1"
      />
      <span className="text-stone-500">{p.unit}</span>
    </label>
  );
}

export function SettingsPanel({
  settings,
  onChange,
  readOnly,
  speech,
  onEditInfo,
}: {
  settings: SpeechSettings;
  onChange: (s: SpeechSettings) => void;
  readOnly: boolean;
  speech: SpeechDetail;
  onEditInfo: () => void;
}) {
  const set = (patch: Partial<SpeechSettings>) => onChange({ ...settings, ...patch });
  return (
    <section aria-label="讲话稿设置" className="space-y-4 overflow-y-auto text-sm [contain:content]">
      <div className="space-y-1">
        <h3 className="font-medium">讲话信息</h3>
        <p className="text-stone-600">会议：{speech.meeting ? speech.meeting.title : "（未关联会议）"}</p>
        <p className="text-stone-600">讲话人：{speech.speaker ?? "（未填写）"}</p>
        <p className="text-stone-600">
          类型与日期：{speech.kind ?? "—"} · {speech.date ?? "—"}
        </p>
        {readOnly ? null : (
          <button
            type="button"
            onClick={onEditInfo}
            className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100"
          >
            修改讲话信息
          </button>
        )}
      </div>
      <fieldset className="space-y-2">
        <legend className="mb-1 font-medium">标题编号</legend>
        {LEVEL_NAMES.map((name, i) => (
          <label key={name} className="flex items-center gap-2">
            <span className="w-28 shrink-0 text-stone-600">{name}</span>
            <select
              aria-label={`${name}编号样式`}
              disabled={readOnly}
              value={settings.numbering[i]}
              onChange={(e) => {
                const numbering = [...settings.numbering] as SpeechSettings["numbering"];
                numbering[i] = e.target.value as NumberingStyle;
                set({ numbering });
              }}
              className="rounded border border-stone-300 px-2 py-1"
            >
              {NUMBERING_STYLES.map((s) => (
                <option key={s} value={s}>
                  {NUMBERING_STYLE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-1 font-medium">篇幅与时长</legend>
        <NumberInput
          label="语速"
          unit="字/分钟"
          min={60}
          max={600}
          value={settings.charsPerMinute}
          disabled={readOnly}
          onChange={(v) => v && set({ charsPerMinute: v })}
        />
        <NumberInput
          label="目标字数"
          unit="字"
          min={1}
          max={200000}
          value={settings.targetChars}
          disabled={readOnly}
          onChange={(v) => set({ targetChars: v })}
        />
        <NumberInput
          label="目标时长"
          unit="分钟"
          min={1}
          max={600}
          value={settings.targetMinutes}
          disabled={readOnly}
          onChange={(v) => set({ targetMinutes: v })}
        />
        <p className="text-xs text-stone-500">同时设定时，以目标字数为准。</p>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-1 font-medium">重复使用提醒</legend>
        <NumberInput
          label="最近会议数"
          unit="次会议"
          min={0}
          max={20}
          value={settings.reuseMeetings}
          disabled={readOnly}
          onChange={(v) => set({ reuseMeetings: v ?? 0 })}
        />
        <NumberInput
          label="时间范围"
          unit="个月内"
          min={0}
          max={60}
          value={settings.reuseMonths}
          disabled={readOnly}
          onChange={(v) => set({ reuseMonths: v ?? 0 })}
        />
        <p className="text-xs text-stone-500">{REUSE_HELP}</p>
      </fieldset>
    </section>
  );
}
