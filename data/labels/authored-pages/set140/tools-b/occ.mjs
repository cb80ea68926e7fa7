// helper for gen.py / validate.py: reads {"mode": "cn2tw"|"fold", "items": [..]} on stdin, writes JSON list.
// fold = the scorer's norm(): NFKC, Traditional->Simplified (opencc tw->cn), keep Han/letters/digits/×*.
import { createRequire } from 'node:module';
const OpenCC = createRequire(import.meta.url)('opencc-js');
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const norm = (s) => toCn((s || '').normalize('NFKC')).replace(/[^\p{Script=Han}\p{L}\p{N}×*]/gu, '');
let buf = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => (buf += d));
process.stdin.on('end', () => {
  const { mode, items } = JSON.parse(buf);
  const f = mode === 'cn2tw' ? toTw : norm;
  process.stdout.write(JSON.stringify(items.map((s) => f(s))));
});
