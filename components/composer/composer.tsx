"use client";
// The speech composer: the page-like editor in the middle, the outline and length on the left, the library,
// blanks and settings on the right. Loaded lazily by composer-loader.tsx (the editor is about 300 KB).
import type { Editor } from "@tiptap/core";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { NewBlockDialog } from "@/components/library/new-block-dialog";
import { useStatusToast } from "@/components/ui/status-toast";
import { categoryForSection } from "@/lib/speech-doc/category-for-heading";
import { bodyChars, usedBlockIds } from "@/lib/speech-doc/doc-text";
import { outlineOf } from "@/lib/speech-doc/outline";
import { speechPlaceholders } from "@/lib/speech-doc/placeholders";
import type { SpeechDoc, SpeechSettings } from "@/lib/speech-doc/types";
import { MAX_SPEECH_TITLE } from "@/lib/speeches/limits";
import { BlockPanel } from "./block-panel";
import type { ComposerProps } from "./composer-props";
import { ComposerToolbar } from "./composer-toolbar";
import { ComposerExport } from "./composer-export-lazy";
import { ComposerNotes } from "./composer-notes";
import { ConflictDialog } from "./conflict-dialog";
import { copySpeechText } from "./copy-speech-text";
import { EditorColumn } from "./editor-column";
import { setDecorationContext } from "./extensions/speech-decorations";
import { FindBar } from "./find-bar";
import { OutlineColumn } from "./outline-column";
import { PlaceholdersPanel } from "./placeholders-panel";
import { variableSuggestions } from "@/lib/speech-doc/variable-suggestions";
import { ReuseConfirm } from "./reuse-confirm";
import { SettingsPanel } from "./settings-panel";
import { SidePanel, type SideTab } from "./side-panel";
import { SpeechInfoDialog } from "./speech-info-dialog";
import { createDropChannel, useBlockInsert } from "./use-block-insert";
import { useBlockFreshness } from "./use-block-freshness";
import { useComposerKeys } from "./use-composer-keys";
import { usePanelAfterFirstPaint } from "./use-panel-after-first-paint";
import { useDraftRecovery } from "./use-draft-recovery";
import { useOutlineActions } from "./use-outline-actions";
import { useSpeechDoc } from "./use-speech-doc";
import { useSpeechEditor } from "./use-speech-editor";
import { useSpeechSaver } from "./use-speech-saver";
import { useSpeechSettings } from "./use-speech-settings";
import { useSpeaker } from "./use-speaker";
import { useSpeechStatus } from "./use-speech-status";

export default function Composer({ speech, categories, canEdit, userId, reuseFilter, meetings }: ComposerProps) {
  const router = useRouter();
  const [infoOpen, setInfoOpen] = useState(false);
  const { show, toast } = useStatusToast();
  const { saver, state: save } = useSpeechSaver(speech.id, userId, speech.version);
  const { status, change: changeStatus } = useSpeechStatus(speech.id, speech.status, saver, show);
  const readOnly = !canEdit || status === "FINAL" || save.status === "final";
  const [saveAsBlock, setSaveAsBlock] = useState<string | null>(null);
  const [tab, setTab] = useState<SideTab>("blocks");
  const [findOpen, setFindOpen] = useState(false);
  const [fullScreen, setFullScreen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  // Drops reach React through an event target made once, so the editor's extensions never change.
  const [drops] = useState(createDropChannel);
  const editor = useSpeechEditor(speech.content, !readOnly, drops.post);
  const panelReady = usePanelAfterFirstPaint(editor);
  const stale = useBlockFreshness(editor);
  useEffect(
    () => saver.watchComposition(() => !!editor && !editor.isDestroyed && editor.view.composing),
    [saver, editor],
  );
  const { settings, settingsRef, apply: applySettings } = useSpeechSettings(speech.settings, editor);

  const payload = useCallback(
    (ed: Editor) => () => ({
      title: (ed.state.doc.firstChild?.textContent.trim() || speech.title).slice(0, MAX_SPEECH_TITLE),
      content: ed.getJSON() as ComposerProps["speech"]["content"],
      settings: settingsRef.current,
    }),
    [speech.title, settingsRef],
  );
  const onChange = useCallback(
    () => editor && !readOnly && saver.changed(payload(editor)),
    [editor, readOnly, saver, payload],
  );
  const { doc, cursorIndex } = useSpeechDoc(editor, onChange);
  const { shown, reuse, warningsFor, writeLine } = useSpeaker(speech, reuseFilter, save.speaker, editor, saver);
  const stranded = useDraftRecovery({
    editor,
    speech,
    userId,
    saver,
    payload,
    editable: canEdit && speech.status !== "FINAL",
    onSettings: applySettings,
  });

  useEffect(() => {
    if (editor && editor.isEditable !== !readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  const updateSettings = useCallback(
    (next: SpeechSettings) => {
      applySettings(next);
      if (editor) saver.changed(payload(editor));
    },
    [editor, saver, payload, applySettings],
  );

  // Recounted when the text changes; the category (which follows the cursor) separately, so that moving the
  // cursor does not recount a whole speech.
  const derived = useMemo(() => {
    if (!doc) return null;
    return {
      outline: outlineOf(doc, settings.numbering),
      chars: bodyChars(doc),
      placeholders: speechPlaceholders(doc),
      used: usedBlockIds(doc),
    };
  }, [doc, settings.numbering]);
  const category = useMemo(
    () => (doc ? categoryForSection(doc, cursorIndex, categories) : null),
    [doc, cursorIndex, categories],
  );

  const { load: loadWarnings } = reuse;
  useEffect(() => {
    if (derived) void loadWarnings(derived.used);
  }, [derived, loadWarnings]);
  useEffect(() => {
    if (editor) setDecorationContext(editor.view, { reusedBlockIds: new Set(reuse.warnings.keys()) });
  }, [editor, reuse.warnings]);

  const { pending, closePending, requestInsert, confirmReuse } = useBlockInsert({
    editor,
    readOnly,
    drops: drops.target,
    warningsFor,
  });

  const focusSearch = useCallback(() => {
    setTab("blocks");
    setTimeout(() => searchRef.current?.focus(), 0);
  }, []);
  const openFind = useCallback(() => setFindOpen(true), []);
  useComposerKeys({ onSearch: focusSearch, onFind: openFind, onFullScreen: setFullScreen, fullScreen, findOpen });
  // The same functions on every render, so that the toolbar re-renders only when what it shows changes.
  const actions = useMemo(
    () => ({
      onFullScreen: () => setFullScreen((f) => !f),
      onFind: openFind,
      onCopyText: async () => editor && show(await copySpeechText(editor.getJSON() as SpeechDoc, settingsRef.current)),
      onSaveAsBlock: () => editor && setSaveAsBlock(editor.state.selection.$from.parent.textContent),
      onStatus: changeStatus,
      onSaveNow: () => void saver.flush(),
      onExport: () => setExportOpen(true),
    }),
    [editor, openFind, show, settingsRef, changeStatus, saver],
  );
  const { openCategory, outlineActions } = useOutlineActions(saver, setTab);

  if (!editor) return <p className="p-8 text-stone-500">正在准备编辑器…</p>;

  return (
    <div
      className={
        fullScreen
          ? "fixed inset-0 z-40 flex flex-col bg-stone-100"
          : "flex h-[calc(100vh-7rem)] flex-col rounded-lg border border-stone-200 bg-stone-100"
      }
      data-testid="composer"
    >
      <ComposerToolbar
        editor={editor}
        save={save}
        status={status}
        readOnly={readOnly}
        canEdit={canEdit}
        fullScreen={fullScreen}
        {...actions}
      />
      {findOpen ? (
        <FindBar
          editor={editor}
          readOnly={readOnly}
          onClose={() => {
            setFindOpen(false);
            editor.commands.focus();
          }}
        />
      ) : null}
      <ComposerNotes final={status === "FINAL"} canEdit={canEdit} stranded={stranded} save={save} onNotice={show} />
      {/* Three columns on a wide screen; below 1024 px one after another, in the same order, scrolling as one. */}
      <div className="grid min-h-0 flex-1 grid-cols-1 gap-0 overflow-y-auto lg:grid-cols-[10rem_minmax(0,1fr)_16rem] lg:overflow-visible xl:grid-cols-[14rem_minmax(0,1fr)_22rem]">
        <OutlineColumn
          editor={editor}
          chars={derived?.chars ?? 0}
          entries={derived?.outline ?? []}
          settings={settings}
          readOnly={readOnly}
          canEdit={canEdit}
          speechId={speech.id}
          speechTitle={speech.title}
          savedAt={save.savedAt?.getTime() ?? null}
          {...outlineActions}
          onNotice={show}
        />
        <EditorColumn
          editor={editor}
          readOnly={readOnly}
          warnings={reuse.warnings}
          stale={stale}
          onSaveAsBlock={setSaveAsBlock}
          onSwap={confirmReuse}
        />
        <SidePanel tab={tab} onTab={setTab} blanks={derived?.placeholders.length ?? 0}>
          {tab === "blocks" && !panelReady ? (
            <p className="p-3 text-sm text-stone-500">正在准备素材检索…</p>
          ) : tab === "blocks" ? (
            <BlockPanel
              categories={categories}
              sectionCategory={category}
              speaker={reuse.filter?.notSpeaker ?? null}
              reuseSince={reuse.filter?.since ?? ""}
              warnings={reuse.warnings}
              onHits={reuse.load}
              onInsert={requestInsert}
              readOnly={readOnly}
              searchRef={searchRef}
              openCategory={openCategory}
            />
          ) : tab === "blanks" ? (
            <PlaceholdersPanel
              editor={editor}
              placeholders={derived?.placeholders ?? []}
              variables={settings.variables}
              onVariables={(variables) => updateSettings({ ...settingsRef.current, variables })}
              suggestions={variableSuggestions(shown)}
              readOnly={readOnly}
            />
          ) : (
            <SettingsPanel
              settings={settings}
              onChange={updateSettings}
              readOnly={readOnly}
              speech={shown}
              onEditInfo={() => setInfoOpen(true)}
            />
          )}
        </SidePanel>
      </div>
      {pending ? <ReuseConfirm pending={pending} onClose={closePending} /> : null}
      {save.status === "conflict" && save.conflict ? (
        <ConflictDialog
          mine={{ title: speech.title, content: editor.getJSON() as ComposerProps["speech"]["content"], settings }}
          theirs={save.conflict}
          settings={settings}
          message={save.message ?? ""}
          onKeepMine={() => saver.keepMine()}
          onTakeTheirs={() =>
            saver.takeTheirs((theirs) => {
              editor.commands.setContent(theirs.content, { emitUpdate: false });
              applySettings(theirs.settings);
            })
          }
        />
      ) : null}
      {saveAsBlock !== null ? (
        <NewBlockDialog
          categories={categories}
          initialText={saveAsBlock}
          onClose={() => setSaveAsBlock(null)}
          onCreated={(existing) => {
            setSaveAsBlock(null);
            show(existing ? "素材库中已有相同的素材，未重复创建。" : "已存为新素材。");
          }}
        />
      ) : null}
      {infoOpen ? (
        <SpeechInfoDialog
          speech={shown}
          meetings={meetings}
          beforeSave={() => saver.flush().then(() => !saver.hasUnsaved)}
          onSpeaker={writeLine}
          onSaved={() => router.refresh()}
          onClose={() => setInfoOpen(false)}
        />
      ) : null}
      {exportOpen && doc ? (
        <ComposerExport
          editor={editor}
          doc={doc}
          speechId={speech.id}
          saver={saver}
          settings={settings}
          readOnly={readOnly}
          onClose={() => setExportOpen(false)}
        />
      ) : null}
      {toast}
    </div>
  );
}
