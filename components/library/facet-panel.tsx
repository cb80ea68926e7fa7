"use client";
// Filters with counts for the current query. Every control edits the URL through `onChange`.
import { useState } from "react";
import { LENGTH_LABELS, sinceOptions, toggleListParam, withParam, type LengthBucket } from "./library-params";
import type { Facets, MeetingOption } from "./types";

const MAX_TAGS = 30;

function FacetButton({
  label,
  count,
  active,
  onClick,
}: {
  label: string;
  count?: number;
  active: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={onClick}
      className={`flex w-full items-center justify-between rounded px-2 py-1 text-left text-sm ${
        active ? "bg-brand-50 font-medium text-brand-800 ring-1 ring-brand-600" : "hover:bg-stone-100"
      }`}
    >
      <span>{label}</span>
      {count !== undefined ? <span className="text-xs text-stone-500">{count}</span> : null}
    </button>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="border-b border-stone-200 pb-3 last:border-0">
      <h2 className="mb-1 text-xs font-semibold tracking-wide text-stone-500">{title}</h2>
      <div className="space-y-0.5">{children}</div>
    </section>
  );
}

export function FacetPanel({
  params,
  facets,
  meetings,
  onChange,
}: {
  params: URLSearchParams;
  facets: Facets | undefined;
  meetings: MeetingOption[];
  onChange: (next: URLSearchParams) => void;
}) {
  const flag = (key: string, value: string) => () =>
    onChange(withParam(params, key, params.get(key) === value ? null : value));
  const tags = Object.entries(facets?.tag ?? {})
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh"))
    .slice(0, MAX_TAGS);
  const selectedTags = params.getAll("tag");
  for (const t of selectedTags) if (!tags.some(([name]) => name === t)) tags.unshift([t, 0]);
  const total = facets?.total;

  return (
    <div className="space-y-3" data-testid="facet-panel">
      <Section title="类型">
        <FacetButton
          label="段落"
          count={facets?.kind.PARAGRAPH ?? 0}
          active={params.get("kind") === "PARAGRAPH"}
          onClick={flag("kind", "PARAGRAPH")}
        />
        <FacetButton
          label="标题"
          count={facets?.kind.HEADING ?? 0}
          active={params.get("kind") === "HEADING"}
          onClick={flag("kind", "HEADING")}
        />
      </Section>
      <Section title="状态">
        <FacetButton
          label="已精选"
          count={facets?.curated}
          active={params.get("curated") === "1"}
          onClick={flag("curated", "1")}
        />
        <FacetButton
          label="含占位符"
          count={facets?.placeholders}
          active={params.get("placeholders") === "1"}
          onClick={flag("placeholders", "1")}
        />
        <FacetButton
          label="用过"
          count={facets?.used}
          active={params.get("used") === "1"}
          onClick={flag("used", "1")}
        />
        <FacetButton
          label="从未用过"
          count={total !== undefined && facets ? total - facets.used : undefined}
          active={params.get("used") === "0"}
          onClick={flag("used", "0")}
        />
        <FacetButton label="我的收藏" active={params.get("favourite") === "1"} onClick={flag("favourite", "1")} />
      </Section>
      <Section title="篇幅">
        {(Object.keys(LENGTH_LABELS) as LengthBucket[]).map((b) => (
          <FacetButton
            key={b}
            label={LENGTH_LABELS[b]}
            count={facets?.length?.[b] ?? 0}
            active={params.get("length") === b}
            onClick={flag("length", b)}
          />
        ))}
      </Section>
      <Section title="标签">
        {tags.length ? (
          tags.map(([tag, n]) => (
            <FacetButton
              key={tag}
              label={tag}
              count={n}
              active={selectedTags.includes(tag)}
              onClick={() => onChange(toggleListParam(params, "tag", tag))}
            />
          ))
        ) : (
          <p className="px-2 text-sm text-stone-500">无</p>
        )}
      </Section>
      <Section title="使用记录">
        <SpeakerFilter
          key={params.get("speaker") ?? ""}
          value={params.get("speaker") ?? ""}
          onCommit={(v) => onChange(withParam(params, "speaker", v.trim() || null))}
        />
        <div role="radiogroup" aria-label="讲话人用过与否" className="flex gap-3 px-2 pt-1 text-sm">
          {[
            { value: null, label: "用过" },
            { value: "not", label: "没用过" },
          ].map((o) => (
            <label key={o.label} className="flex items-center gap-1">
              <input
                type="radio"
                name="speakerUse"
                checked={(params.get("speakerUse") ?? null) === o.value}
                onChange={() => onChange(withParam(params, "speakerUse", o.value))}
              />
              {o.label}
            </label>
          ))}
        </div>
        <ParamSelect
          label="用于会议"
          hint="用于会议"
          param="meeting"
          params={params}
          onChange={onChange}
          options={meetings.map((m) => ({
            value: m.id,
            label: m.title + (m.date ? `（${m.date.slice(0, 10)}）` : ""),
          }))}
        />
        <ParamSelect
          label="使用时间"
          hint="只看这段时间的使用"
          param="since"
          params={params}
          onChange={onChange}
          options={sinceOptions()}
        />
      </Section>
    </div>
  );
}

function SpeakerFilter({ value, onCommit }: { value: string; onCommit: (v: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <form
      className="px-2"
      onSubmit={(e) => {
        e.preventDefault();
        onCommit(draft);
      }}
    >
      <label className="block text-sm">
        <span className="mb-1 block text-xs text-stone-500">讲话人（如 县长）</span>
        <input
          aria-label="讲话人"
          value={draft}
          maxLength={40}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => draft !== value && onCommit(draft)}
          className="w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm"
        />
      </label>
    </form>
  );
}

/** A select bound to one URL parameter, with 不限 for none. */
function ParamSelect({
  label,
  hint,
  param,
  params,
  options,
  onChange,
}: {
  label: string;
  hint: string;
  param: string;
  params: URLSearchParams;
  options: { value: string; label: string }[];
  onChange: (next: URLSearchParams) => void;
}) {
  return (
    <label className="block px-2 pt-1 text-sm">
      <span className="mb-1 block text-xs text-stone-500">{hint}</span>
      <select
        aria-label={label}
        value={params.get(param) ?? ""}
        onChange={(e) => onChange(withParam(params, param, e.target.value || null))}
        className="w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm"
      >
        <option value="">不限</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
