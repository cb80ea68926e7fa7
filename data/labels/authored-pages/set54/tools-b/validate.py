#!/usr/bin/python3
"""Check gold/NN.json against NN.txt (standard library only)."""
import json, os, re, sys, unicodedata, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = ('形势分析', '隐患排查', '责任落实')
KEYS = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}

def decode(b):
    if b.startswith(b'\xef\xbb\xbf'):
        return b[3:].decode('utf-8')
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        return b.decode('gb18030')

def norm(s):
    s = re.sub(r'\*\*|^#+\s*', '', s, flags=re.M)
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))

def han(s):
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff' or c == '〇')

def check(gpath):
    errs, info = [], []
    g = json.load(open(gpath, encoding='utf-8'))
    if set(g) != KEYS:
        errs.append('keys %s' % sorted(g)); return errs, info
    page = decode(open(os.path.join(ROOT, g['file']), 'rb').read())
    if g['speeches'] != len(g['titles']):
        errs.append('speeches != len(titles)')
    for h in g['headings']:
        if not isinstance(h.get('level'), int) or h['level'] < 1: errs.append('bad level %r' % h)
        if h['text'].rstrip().endswith('。'): errs.append('heading ends with 。: %s' % h['text'])
    for p in g['paragraphs']:
        if p.get('category') not in CATS: errs.append('bad category %r' % p.get('category'))
        if not isinstance(p.get('truncated'), bool): errs.append('bad truncated %r' % p['text'][:20])
    labelled = [norm(t) for t in g['titles']] + [norm(h['text']) for h in g['headings']] + \
               [norm(p['text']) for p in g['paragraphs']]
    if len(set(g['noise'])) != len(g['noise']): errs.append('duplicate noise')
    stripped = page
    for n in g['noise']:
        if len(n) < 4: errs.append('noise < 4 chars: %r' % n)
        if n not in page: errs.append('noise not in page: %r' % n)
        nn = norm(n)
        for l in labelled:
            if nn and nn in l: errs.append('noise %r inside labelled text %r' % (n, l[:20]))
        stripped = stripped.replace(n, '')
    text = norm(stripped)
    # sequential match in page order: titles, headings, paragraphs interleaved -> find each in order
    items = [('T', t) for t in g['titles']] + [('H', h['text']) for h in g['headings']] + \
            [('P', p['text'], p['category']) for p in g['paragraphs']]
    # locate every item (leftmost after previous of same kind) then verify global order per kind
    found = []
    for kind in 'THP':
        pos = 0
        for it in [i for i in items if i[0] == kind]:
            k = text.find(norm(it[1]), pos)
            if k < 0:
                errs.append('%s not found in order: %s' % (kind, it[1][:30])); continue
            found.append((k, k + len(norm(it[1])), it)); pos = k + len(norm(it[1]))
    found.sort()
    for a, b in zip(found, found[1:]):
        if b[0] < a[1]: errs.append('overlap: %s / %s' % (a[2][1][:15], b[2][1][:15]))
    covered = [False] * len(text)
    for s, e, _ in found:
        for i in range(s, e): covered[i] = True
    seg, segs = '', []
    for c, cv in zip(text, covered):
        if cv:
            if seg: segs.append(seg); seg = ''
        else: seg += c
    if seg: segs.append(seg)
    for s in segs: info.append('uncovered: %s' % s)
    # per speech
    sp = []
    for s, e, it in found:
        if it[0] == 'T': sp.append(dict(title=it[1], han=han(it[1]), cats={}))
        elif sp:
            sp[-1]['han'] += han(it[1])
            if it[0] == 'P': sp[-1]['cats'][it[2]] = sp[-1]['cats'].get(it[2], 0) + 1
        else: errs.append('item before first title: %s' % it[1][:20])
    for s in sp:
        lo, hi = (500, 700) if '精简版' in s['title'] else (700, 1300)
        if not lo <= s['han'] <= hi: errs.append('speech %s: %d Han (want %d-%d)' % (s['title'][:20], s['han'], lo, hi))
        for c in CORE:
            if s['cats'].get(c, 0) < 2: errs.append('speech %s: %s < 2' % (s['title'][:20], c))
        info.append('speech %s: %d Han, %d categories' % (s['title'], s['han'], len(s['cats'])))
    return errs, info

if __name__ == '__main__':
    total = 0
    for gp in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json'))):
        errs, info = check(gp)
        total += len(errs)
        print('==', os.path.basename(gp), 'OK' if not errs else '%d ERRORS' % len(errs))
        for e in errs: print('  ERROR', e)
        for i in info: print('  info', i)
    print('total errors:', total)
    sys.exit(1 if total else 0)
