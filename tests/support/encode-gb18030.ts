// Encodes text as GB18030 for tests (Node's TextEncoder writes UTF-8 only): ASCII as is, everything else through
// the two-byte GBK table, read once from the platform's own GB18030 decoder. Enough for Chinese speech text.
let table: Map<string, [number, number]> | null = null;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder("gb18030");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

export function encodeGb18030(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = gbkTable().get(ch);
    if (!pair) throw new Error(`encodeGb18030: no two-byte code for ${ch}`);
    out.push(...pair);
  }
  return Uint8Array.from(out);
}
