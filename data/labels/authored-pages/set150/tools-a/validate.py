# -*- coding: utf-8 -*-
"""Checks writer a's pages 01-05 and their gold (set150). Prints every problem; exit 1 if any.

usage: python3 validate.py
"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen

ENC = {'01': ('utf-8', 'LF'), '02': ('gb18030', 'CRLF'), '03': ('utf-8-sig', 'CRLF'),
       '04': ('gb18030', 'LF'), '05': ('utf-16le-bom', 'CRLF')}
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = {'形势分析', '隐患排查', '责任落实'}
KEYS = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
errors = []


def err(nn, msg):
    errors.append(f'{nn}: {msg}')


def norm(s):
    """The scorer's norm() without OpenCC: NFKC, keep letters, digits, × and *."""
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(c for c in s if unicodedata.category(c)[0] in 'LN' or c in '×*')


def han(s):
    return len(re.findall(r'[\u3400-\u9fff]', s))


def bigrams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)}


def jac(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def decode(nn, raw):
    enc, eol = ENC[nn]
    try:
        if enc == 'utf-8':
            if raw.startswith(b'\xef\xbb\xbf'): err(nn, 'unexpected UTF-8 BOM')
            text = raw.decode('utf-8', 'strict')
        elif enc == 'utf-8-sig':
            if not raw.startswith(b'\xef\xbb\xbf'): err(nn, 'missing UTF-8 BOM')
            text = raw[3:].decode('utf-8', 'strict')
        elif enc == 'gb18030':
            try:
                raw.decode('utf-8', 'strict'); err(nn, 'GB18030 page is also valid UTF-8')
            except UnicodeDecodeError:
                pass
            text = raw.decode('gb18030', 'strict')
        elif enc == 'utf-16le-bom':
            if not raw.startswith(b'\xff\xfe'): err(nn, 'missing UTF-16LE BOM')
            text = raw[2:].decode('utf-16-le', 'strict')
    except UnicodeDecodeError as e:
        err(nn, f'strict decoding as {enc} fails: {e}'); return None
    if '\ufeff' in text: err(nn, 'stray BOM inside the text')
    if eol == 'CRLF':
        if text.count('\n') != text.count('\r\n') or text.count('\r') != text.count('\r\n'):
            err(nn, 'mixed line ends in a CRLF page')
    elif '\r' in text:
        err(nn, 'CR in an LF page')
    return text


def check(nn):
    raw = open(os.path.join(OUT, f'{nn}.txt'), 'rb').read()
    text = decode(nn, raw)
    if text is None: return
    g = json.load(open(os.path.join(OUT, 'gold', f'{nn}.json'), encoding='utf-8'))
    p = gen.build(nn)
    # ---- the files on disk are what speeches.py + gen.py give
    if raw != p.encode(): err(nn, 'page on disk differs from gen.py output (run gen.py)')
    if g != p.gold(): err(nn, 'gold on disk differs from gen.py output (run gen.py)')
    # ---- schema
    if set(g) != KEYS: err(nn, f'gold keys {sorted(g)}')
    if g.get('file') != f'{nn}.txt': err(nn, 'gold file name')
    if g['speeches'] != len(g['titles']) or g['speeches'] < 1: err(nn, 'speeches != number of titles')
    for h in g['headings']:
        if set(h) != {'text', 'level'} or h['level'] not in (1, 2, 3) or not h['text'].strip():
            err(nn, f'bad heading {h}')
    for q in g['paragraphs']:
        if q.get('category') not in CATS: err(nn, f'bad category {q}')
        if set(q) - {'text', 'category', 'truncated'} or ('truncated' in q and q['truncated'] is not True):
            err(nn, f'bad paragraph keys {q}')
        if len(norm(q['text'])) < 4: err(nn, f'paragraph too short for the scorer: {q["text"]}')
    for n in g['noise']:
        if not isinstance(n, str) or not n.strip() or '\n' in n: err(nn, f'bad noise entry {n!r}')
    # ---- noise: on the page, and never inside gold text or the unlabelled lines
    unl = [u for r in p.order for u in r['unl']]
    labelled = g['titles'] + [h['text'] for h in g['headings']] + [q['text'] for q in g['paragraphs']] + unl
    nl = [norm(x) for x in labelled]
    for n in g['noise']:
        if n not in text: err(nn, f'noise not on page: {n}')
        t = norm(n)
        if len(t) >= 2:
            for x, y in zip(labelled, nl):
                if t in y: err(nn, f'noise {n!r} occurs inside gold/unlabelled text {x[:30]!r}')
    # ---- residue: the page minus noise is exactly the labelled and unlabelled speech text, in order
    residue = text
    for n in sorted(set(g['noise']), key=len, reverse=True):
        residue = residue.replace(n, '\n')
    r = norm(residue)
    seq = []
    for rec in p.order:
        seq.append(rec['title']); seq.extend(rec['unl']); seq.extend(b['text'] for b in rec['blocks'])
    want = ''.join(norm(x) for x in seq)
    if r != want:
        k = next((i for i in range(min(len(r), len(want))) if r[i] != want[i]), min(len(r), len(want)))
        err(nn, f'page minus noise != speech text at {k}: page {r[k-10:k+30]!r} / gold {want[k-10:k+30]!r}')
    for name, lst in (('title', g['titles']), ('heading', [h['text'] for h in g['headings']]),
                      ('paragraph', [q['text'] for q in g['paragraphs']])):
        pos = 0
        for x in lst:
            k = r.find(norm(x), pos)
            if k < 0: err(nn, f'{name} not found in order: {x[:30]}'); break
            pos = k + len(norm(x))
    # ---- sizes and categories per speech
    for rec in p.order:
        paras = [b for b in rec['blocks'] if b['kind'] == 'paragraph']
        h = sum(han(b['text']) for b in rec['blocks'])
        core = sum(1 for b in paras if b['category'] in CORE)
        if not 700 <= h <= 1400: err(nn, f'{rec["title"]}: {h} Han characters')
        if not 8 <= len(paras) <= 14: err(nn, f'{rec["title"]}: {len(paras)} paragraphs')
        if core < 4: err(nn, f'{rec["title"]}: {core} core paragraphs')
        if norm(rec['title']) in {norm(b['text']) for b in rec['blocks']}: err(nn, 'title repeated as a block')
    # ---- no two gold paragraphs so alike that the scorer's best match could swap them
    ps = [bigrams(norm(q['text'])) for q in g['paragraphs']]
    for i in range(len(ps)):
        for j in range(i + 1, len(ps)):
            if jac(ps[i], ps[j]) >= 0.5: err(nn, f'paragraphs {i} and {j} too alike')
    return g


def main():
    total = {}
    for nn in ENC:
        g = check(nn)
        if g: total[nn] = (g['speeches'], len(g['paragraphs']), len(g['headings']), len(g['noise']))
    for nn, (s, pa, h, n) in total.items():
        print(f'{nn}.txt  speeches {s}  paragraphs {pa}  headings {h}  noise {n}')
    print(f'{len(errors)} errors')
    for e in errors: print('  ' + e)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
