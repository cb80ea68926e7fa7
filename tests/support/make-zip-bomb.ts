// A .docx "zip bomb" whose sizes lie: a real small document whose word/document.xml is replaced by a deflate
// stream of `inflatedMb` MB of zeros, while both its local header and the central directory declare
// `declaredBytes`. Its deflate stream is written directly, so making it costs no more memory than the result.
import { deflateSync, unzipSync } from "fflate";
import { makeDocx } from "./make-docx";

/**
 * A deflate stream of at least `inflatedMb` MB of zeros, written by hand (one fixed-Huffman block: a literal 0,
 * then copies of 258 bytes from 1 back, 13 bits each): milliseconds to make, about 150 times smaller.
 */
function deflateZeros(inflatedMb: number): Uint8Array {
  const copies = Math.ceil((inflatedMb * 1024 * 1024 - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8));
  let pos = 0;
  const bit = (b: number) => {
    if (b) out[pos >> 3]! |= 1 << (pos & 7);
    pos++;
  };
  const value = (v: number, n: number) => {
    for (let i = 0; i < n; i++) bit((v >> i) & 1); // header fields: least significant bit first
  };
  const code = (c: number, n: number) => {
    for (let i = n - 1; i >= 0; i--) bit((c >> i) & 1); // Huffman codes: most significant bit first
  };
  value(1, 1); // last block
  value(1, 2); // fixed Huffman codes
  code(0x30, 8); // literal 0
  for (let i = 0; i < copies; i++) {
    code(0xc5, 8); // length code 285: 258 bytes
    code(0, 5); // distance code 0: 1 byte back
  }
  code(0, 7); // end of block
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

type Entry = { name: Uint8Array; data: Uint8Array; size: number; offset: number };

/** Writes a zip of deflated entries with the given declared (uncompressed) sizes; CRCs are left at zero. */
function writeZip(files: { name: string; data: Uint8Array; size: number }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const f of files) {
    const name = new TextEncoder().encode(f.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true); // deflate
    local.setUint32(18, f.data.length, true);
    local.setUint32(22, f.size, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, f.data);
    entries.push({ name, data: f.data, size: f.size, offset });
    offset += 30 + name.length + f.data.length;
  }
  const cdStart = offset;
  for (const e of entries) {
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, 8, true);
    cd.setUint32(20, e.data.length, true);
    cd.setUint32(24, e.size, true);
    cd.setUint16(28, e.name.length, true);
    cd.setUint32(42, e.offset, true);
    parts.push(new Uint8Array(cd.buffer), e.name);
    offset += 46 + e.name.length;
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, offset - cdStart, true);
  end.setUint32(16, cdStart, true);
  parts.push(new Uint8Array(end.buffer));
  return concat(parts);
}

export function makeZipBombDocx(opts: { inflatedMb: number; declaredBytes?: number }): Uint8Array {
  const real = unzipSync(makeDocx([{ text: "同志们：" }]));
  const files = Object.entries(real).map(([name, data]) =>
    name === "word/document.xml"
      ? { name, data: deflateZeros(opts.inflatedMb), size: opts.declaredBytes ?? 2000 }
      : { name, data: deflateSync(data), size: data.length },
  );
  return writeZip(files);
}
