// Turns speech 10 (Simplified, from speeches.py) into Hong Kong Traditional: writes p10_trad.json.
// usage: python3 -c "import json,speeches;print(json.dumps(speeches.S10,ensure_ascii=False))" > s10.json
//        OPENCC_DIR=/path/with/node_modules node to_trad.mjs s10.json p10_trad.json
// (needs opencc-js from npm; gen.py only reads the committed p10_trad.json)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const [inp, outp] = process.argv.slice(2);
const base = process.env.OPENCC_DIR || process.cwd();
const OpenCC = createRequire(path.join(base, 'package.json'))('opencc-js');
const conv = OpenCC.Converter({ from: 'cn', to: 'hk' });
const walk = (x) => (typeof x === 'string' ? conv(x) : Array.isArray(x) ? x.map(walk) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v)])) : x);
const s = JSON.parse(fs.readFileSync(inp, 'utf8'));
// category keys stay Simplified: they are the taxonomy keys
const out = { ...walk(s), body: s.body.map((it) => it.map((v, i) => ((it[0] === 'P' && i === 1) || (it[0] === 'H' && i === 4) ? v : walk(v)))) };
fs.writeFileSync(outp, JSON.stringify(out, null, 1) + '\n');
