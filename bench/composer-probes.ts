// In-page timing probes for the composer benchmark, installed as an init script in every page (before the app's
// own scripts). Plain JavaScript in a string: functions handed to Playwright would be serialised from tsx's
// output, which may refer to helpers the page does not have.
//
// Every measurement starts at a trusted input event's own timestamp (keydown, beforeinput, textInput, click: the
// moment the browser received the input, so time spent waiting for a busy main thread counts) and ends at the
// next paint after the editor's DOM reached the state looked for (requestAnimationFrame, then a MessageChannel
// message, which runs once that frame has been produced). Playwright's round trips are outside these spans.
//
// window.__bench:
//   open      { ready, event, mutated, paint }  ready: `.speech-editor[contenteditable="true"]` appeared (the
//             editor is focused at that moment); then the first key typed and the paint showing it. All times
//             are performance.now(), i.e. milliseconds since the navigation started.
//   arm(mode, watch)  mode "keys": every input event until the editor's next DOM change is one sample;
//             "insert": a click until `p[data-block-id=watch]` is in the editor; "renumber": a keydown until
//             the editor's headings (level, text, data-number) equal watch.
//   samples   [{ type, t, mutated, raf, paint }]
//   slow      Event Timing entries of 16 ms or more while armed (the browser's own view, for the log)
export const PROBES = String.raw`(() => {
  if (window.top !== window) return;
  const B = (window.__bench = { open: { ready: null, event: null, mutated: null, paint: null }, samples: [], slow: [], mode: "open", watch: null, pending: null });
  const EDITOR = '.speech-editor[contenteditable="true"]';
  let editor = null;

  const afterPaint = (sample, done) =>
    requestAnimationFrame(() => {
      sample.raf = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        sample.paint = performance.now();
        done(sample);
      };
      ch.port2.postMessage(0);
    });

  const EVENTS = { open: ["keydown", "beforeinput", "textInput"], keys: ["keydown", "beforeinput", "textInput"], insert: ["click"], renumber: ["keydown"] };
  const MODIFIERS = ["Alt", "Shift", "Control", "Meta"];
  const onEvent = (e) => {
    if (!e.isTrusted || !B.mode || B.pending || !EVENTS[B.mode].includes(e.type)) return;
    if (e.type === "keydown" && MODIFIERS.includes(e.key)) return; // Alt+↑ starts at the arrow, not at Alt

    if (B.mode === "open" && B.open.ready === null) return;
    if (B.mode === "open" && B.open.event !== null) return;
    B.pending = { type: e.type, t: e.timeStamp, mutated: null, raf: null, paint: null };
    if (B.mode === "open") B.open.event = e.timeStamp;
    if (B.mode !== "keys" && B.mode !== "open") check();
  };
  for (const type of ["keydown", "beforeinput", "textInput", "click"]) window.addEventListener(type, onEvent, true);

  const headingsMatch = (want) => {
    const hs = editor.querySelectorAll("[data-level]");
    if (hs.length !== want.length) return false;
    for (let i = 0; i < hs.length; i++) {
      const h = hs[i];
      const w = want[i];
      if (Number(h.getAttribute("data-level")) !== w[0] || h.textContent !== w[1] || h.getAttribute("data-number") !== w[2]) return false;
    }
    return true;
  };

  const check = () => {
    const p = B.pending;
    if (!p || p.mutated !== null) return;
    const mode = B.mode;
    let ok = false;
    if (mode === "open" || mode === "keys") ok = true;
    else if (mode === "insert") ok = !!editor.querySelector('p[data-block-id="' + B.watch + '"]');
    else if (mode === "renumber") ok = headingsMatch(B.watch);
    if (!ok) return;
    p.mutated = performance.now();
    B.pending = null;
    afterPaint(p, (s) => {
      if (mode === "open") Object.assign(B.open, { mutated: s.mutated, paint: s.paint });
      else B.samples.push(s);
    });
    if (mode === "open") B.mode = null;
  };

  const attach = (el) => {
    editor = el;
    new MutationObserver(check).observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  const waiting = new MutationObserver(() => {
    const el = document.querySelector(EDITOR);
    if (!el) return;
    B.open.ready = performance.now();
    waiting.disconnect();
    attach(el);
    el.focus();
  });
  waiting.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["contenteditable"] });

  B.arm = (mode, watch) => {
    B.mode = mode;
    B.watch = watch === undefined ? null : watch;
    B.pending = null;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (B.mode) B.slow.push({ mode: B.mode, name: e.name, duration: e.duration, delay: e.processingStart - e.startTime, processing: e.processingEnd - e.processingStart });
    }).observe({ type: "event", durationThreshold: 16 });
  } catch {}
})();`;
