"use client";
// Filters with counts for the current query. Every control edits the URL through `onChange`.
import { useState } from "react";
import { LENGTH_LABELS, sinceOptions, toggleListParam, withParam, type LengthBucket } from "./library-params";
import type { Facets, MeetingOption } from "./types";
import { GENRES } from "@/lib/mining/genre";
import { MAX_SPEAKER } from "@/lib/speeches/limits";

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
  canFavourite,
}: {
  params: URLSearchParams;
  facets: Facets | undefined;
  meetings: MeetingOption[];
  onChange: (next: URLSearchParams) => void;
  /** Only who may favourite a block has favourites to filter by (a 只读 user has none). */
  canFavourite: boolean;
}) {
  // A button that sets one URL parameter to one value, or clears it when it already has that value.
  const flag = (label: string, key: string, value: string, count?: number) => (
    <FacetButton
      key={`${key}=${value}`}
      label={label}
      count={count}
      active={params.get(key) === value}
      onClick={() => onChange(withParam(params, key, params.get(key) === value ? null : value))}
    />
  );
  const tags = Object.entries(facets?.tag ?? {})
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh"))
    .slice(0, MAX_TAGS);
  const selectedTags = params.getAll("tag");
  for (const t of selectedTags) if (!tags.some(([name]) => name === t)) tags.unshift([t, 0]);
  const total = facets?.total;

  return (
    <div className="space-y-3" data-testid="facet-panel">
      <Section title="类型">
        {flag("段落", "kind", "PARAGRAPH", facets?.kind.PARAGRAPH ?? 0)}
        {flag("标题", "kind", "HEADING", facets?.kind.HEADING ?? 0)}
      </Section>
      <Section title="体裁">
        {GENRES.map((g) => (
          <FacetButton
            key={g}
            label={g}
            active={params.getAll("genre").includes(g)}
            onClick={() => onChange(toggleListParam(params, "genre", g))}
          />
        ))}
      </Section>
      <Section title="状态">
        {flag("已精选", "curated", "1", facets?.curated)}
        {flag("含占位符", "placeholders", "1", facets?.placeholders)}
        {flag("用过", "used", "1", facets?.used)}
        {flag("从未用过", "used", "0", total !== undefined && facets ? total - facets.used : undefined)}
        {canFavourite ? flag("我的收藏", "favourite", "1") : null}
      </Section>
      <Section title="篇幅">
        {(Object.keys(LENGTH_LABELS) as LengthBucket[]).map((b) =>
          flag(LENGTH_LABELS[b], "length", b, facets?.length?.[b] ?? 0),
        )}
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
          maxLength={MAX_SPEAKER}
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
