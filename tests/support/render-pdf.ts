// Rendering an exported .docx the way a reader would: LibreOffice turns it into a PDF, poppler reads back the
// lines with their positions. Debian packages: libreoffice-writer-nogui, poppler-utils, fonts-noto-cjk.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const RENDER_TOOLS_MESSAGE =
  "渲染测试需要 LibreOffice 和 poppler：apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk（.ci/run 会自动安装）";

export function missingRenderTools(): string[] {
  return ["soffice", "pdftotext", "pdftoppm", "pdffonts"].filter(
    (tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0,
  );
}

/** The .docx as a PDF file (path), converted by LibreOffice headless in a private profile. */
export function docxToPdf(docx: Uint8Array, name = "speech"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "render-"));
  const input = path.join(dir, `${name}.docx`);
  writeFileSync(input, docx);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, input], {
    env: { ...process.env, HOME: dir },
    stdio: "pipe",
    timeout: 120_000,
  });
  return path.join(dir, `${name}.pdf`);
}

/** The .docx as LibreOffice reads it and writes it back (its own OOXML export): what it understood of the file. */
export function docxThroughLibreOffice(docx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), "resave-"));
  const input = path.join(dir, "speech.docx");
  writeFileSync(input, docx);
  execFileSync("soffice", ["--headless", "--convert-to", "docx", "--outdir", path.join(dir, "out"), input], {
    env: { ...process.env, HOME: dir },
    stdio: "pipe",
    timeout: 120_000,
  });
  return readFileSync(path.join(dir, "out", "speech.docx"));
}

export type PdfLine = { xMin: number; yMin: number; xMax: number; yMax: number; text: string };
export type PdfPage = { width: number; height: number; lines: PdfLine[] };

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Every page's text lines with their boxes, in points from the top left (pdftotext -bbox-layout). */
export function pdfPages(pdf: string): PdfPage[] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    lines: [
      ...page[3]!.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g),
    ].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: [...m[5]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => decode(w[1]!)).join(""),
    })),
  }));
}

/** The PDF's fonts (pdffonts): name and whether it is embedded. */
export function pdfFonts(pdf: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n");
  // Columns: name type encoding emb sub uni object ID; the header's dashes give each column's width.
  const widths = lines[1]!.split(" ").map((d) => d.length);
  const embAt = widths.slice(0, 3).reduce((a, w) => a + w + 1, 0);
  return lines
    .slice(2)
    .filter(Boolean)
    .map((l) => ({ name: l.split(/\s+/)[0]!, embedded: l.slice(embAt, embAt + 3).trim() === "yes" }));
}

/** Page `n` (1-based) as a PNG at `dpi`. */
export function pdfPagePng(pdf: string, n: number, dpi: number): Buffer {
  const out = path.join(path.dirname(pdf), `page-${n}`);
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", String(n), "-l", String(n), "-singlefile", pdf, out]);
  return readFileSync(`${out}.png`);
}
