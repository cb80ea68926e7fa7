// Command line for finished speeches (a stable contract for other tools):
//   npm run --silent speech -- export IN --out OUT.docx [--page-numbers outer|center] [--fonts gb2312|common]
// IN is a .txt (any encoding the miner reads) or .docx; its structure is recognised as the app's import does and
// the DOCX is written as the app's export does. Exit 0 on success (one line on stderr says what was written),
// 2 for a wrong command line, 1 for a file that cannot be read or recognised; messages are in Chinese.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { isAppError } from "../lib/errors";
import { exportFinishedSpeech } from "../lib/export/export-finished-speech";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "../lib/export/options";

const USAGE =
  "用法：npm run --silent speech -- export 输入文件(.txt/.docx) --out 输出文件.docx [--page-numbers outer|center] [--fonts gb2312|common]";

class UsageError extends Error {}

function parseArgs(argv: string[]): { input: string; out: string; options: ExportOptions } {
  const [command, ...rest] = argv;
  if (command !== "export") throw new UsageError(command ? `未知的命令「${command}」。` : "缺少命令。");
  const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS };
  let input: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`选项 ${arg} 缺少取值。`);
      return v;
    };
    if (arg === "--out") out = value();
    else if (arg === "--page-numbers") {
      const v = value();
      if (v !== "outer" && v !== "center")
        throw new UsageError("--page-numbers 只能是 outer（单页居右、双页居左）或 center（居中）。");
      options.pageNumbers = v;
    } else if (arg === "--fonts") {
      const v = value();
      if (v !== "gb2312" && v !== "common")
        throw new UsageError("--fonts 只能是 gb2312（公文字体）或 common（常用字体）。");
      options.fontSet = v;
    } else if (arg.startsWith("--")) throw new UsageError(`未知的选项「${arg}」。`);
    else if (input === null) input = arg;
    else throw new UsageError(`多余的参数「${arg}」：一次只能转换一个文件。`);
  }
  if (!input) throw new UsageError("缺少输入文件。");
  if (!out) throw new UsageError("缺少 --out 输出文件。");
  if (!/\.docx$/i.test(out)) throw new UsageError("输出文件须以 .docx 结尾。");
  return { input, out, options };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const bytes = new Uint8Array(await readFile(args.input));
    const result = await exportFinishedSpeech(path.basename(args.input), bytes, args.options);
    await writeFile(args.out, result.bytes);
    process.stderr.write(
      `已写入 ${args.out}：《${result.title}》，${result.headings} 个小标题，${result.paragraphs} 段正文。\n`,
    );
    return 0;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = isAppError(err)
      ? err.message
      : code === "ENOENT"
        ? `文件不存在：${args.input}`
        : code === "EISDIR"
          ? `这是一个文件夹，不是文件：${args.input}`
          : code === "EACCES"
            ? `没有权限读写文件。`
            : "转换失败：文件内容无法识别为讲话稿。";
    if (!isAppError(err) && !code) console.error(err); // the details, for whoever runs the tool
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

main().then((code) => process.exit(code));
