#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validate pages and gold for set58a (stdlib only)."""
import glob, html, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']
MIN_CORE = 1            # set58a exception: at least ONE paragraph of each core category per speech
HAN_MIN, HAN_MAX = 400, 700   # set58a exception: 400-700 Han characters per speech
ENC = {'02.txt': 'gb18030'}
HAN = re.compile(r'[\u3400-\u9fff]')
JOBS = '书记|县长|市长|区长|镇长|局长|主任|经理|总经理|董事长|校长|院长|主席|厅长|矿长|总监|主持人'
ALLOWED = [
    ('salutation', re.compile(r'^(同志们|同事们|老师们|各位[^。]{0,16}?)[:：,，]?$')),
    ('speaker', re.compile(r'^[\u4e00-\u9fff、·:：()（）]{0,24}(%s)[\u4e00-\u9fff、·:：()（）]{0,12}$' % JOBS)),
    ('date', re.compile(r'^[(（]?\d{4}年\d{1,2}月\d{1,2}日[)）]?$')),
    ('marker', re.compile(r'^(篇\d{1,2}|\d{2}|▼)$')),
]


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def load_text(path):
    name = os.path.basename(path)
    raw = open(path, 'rb').read()
    text = raw.decode(ENC.get(name, 'utf-8'))
    if name.endswith(('.html', '.htm')):
        text = re.sub(r'(?is)<(script|style).*?</\1>', '', text)
        text = re.sub(r'(?s)<[^>]+>', '\n', text)
        text = html.unescape(text)
    return text


def check(page, gold_path):
    errs, infos = [], []
    gold = json.load(open(gold_path, encoding='utf-8'))
    keys = ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']
    if sorted(gold) != sorted(keys):
        errs.append('keys %s' % sorted(gold))
        return errs, infos, {}
    if gold['file'] != os.path.basename(page):
        errs.append('file field %r' % gold['file'])
    if not isinstance(gold['speeches'], int) or gold['speeches'] != len(gold['titles']):
        errs.append('speeches != len(titles)')
    for t in gold['titles']:
        if not isinstance(t, str) or not t.strip():
            errs.append('bad title %r' % t)
    for h in gold['headings']:
        if sorted(h) != ['level', 'text'] or not isinstance(h['text'], str) or not isinstance(h['level'], int) or h['level'] < 1:
            errs.append('bad heading %r' % h); continue
        if '。' in h['text']:
            errs.append('heading contains 。: %s' % h['text'])
    for p in gold['paragraphs']:
        if sorted(p) != ['category', 'text', 'truncated'] or not isinstance(p['text'], str) or not isinstance(p['truncated'], bool):
            errs.append('bad paragraph %r' % p); continue
        if p['category'] not in CATS:
            errs.append('bad category %s' % p['category'])
    if len(set(gold['noise'])) != len(gold['noise']):
        errs.append('duplicate noise')
    if any(not e.startswith('heading contains') for e in errs):
        return errs, infos, {}

    text = load_text(page)
    lines = text.splitlines()
    N, lmap = [], []
    for i, l in enumerate(lines):
        n = norm(l)
        N.append(n); lmap.extend([i] * len(n))
    N = ''.join(N)
    state = [0] * len(N)          # 0 free, 1 noise, 2 labelled

    labelled = [norm(t) for t in gold['titles']] + [norm(h['text']) for h in gold['headings']] + \
               [norm(p['text']) for p in gold['paragraphs']]
    for nz in gold['noise']:
        if not isinstance(nz, str) or len(nz) < 4:
            errs.append('noise too short %r' % nz); continue
        if nz not in text:
            errs.append('noise not in page: %s' % nz[:40]); continue
        if nz != nz.strip():
            errs.append('noise not stripped: %r' % nz)
        nn = norm(nz)
        if any(nn in s for s in labelled):
            errs.append('noise inside labelled text: %s' % nz[:40])
        start = N.find(nn)
        while start >= 0:
            for k in range(start, start + len(nn)):
                state[k] = 1
            start = N.find(nn, start + 1)

    # text without noise, with index map back into N
    cidx = [k for k in range(len(N)) if state[k] == 0]
    C = ''.join(N[k] for k in cidx)

    def locate(items, kind):
        pos, cur = [], 0
        for s in items:
            ns = norm(s)
            j = C.find(ns, cur)
            while j >= 0 and any(state[cidx[k]] for k in range(j, j + len(ns))):
                j = C.find(ns, j + 1)
            if j < 0 or not ns:
                errs.append('%s not found in order: %s' % (kind, s[:40]))
                pos.append(None); continue
            for k in range(j, j + len(ns)):
                state[cidx[k]] = 2
            pos.append(cidx[j]); cur = j + len(ns)
        return pos

    tpos = locate(gold['titles'], 'title')
    hpos = locate([h['text'] for h in gold['headings']], 'heading')
    ppos = locate([p['text'] for p in gold['paragraphs']], 'paragraph')
    # run-in headings: the 。 at the split point belongs to neither side
    for h, p in zip(gold['headings'], hpos):
        if p is None: continue
        e = p + len(norm(h['text']))
        if e < len(N) and N[e] == '。' and state[e] == 0:
            state[e] = 2

    # leftovers per line
    left = {}
    for k in range(len(N)):
        if state[k] == 0:
            left.setdefault(lmap[k], []).append(N[k])
    for li in sorted(left):
        s = ''.join(left[li])
        kind = next((name for name, rx in ALLOWED if rx.match(s)), None)
        if kind:
            infos.append('%s: %s' % (kind, s))
        else:
            errs.append('unlabelled leftover line %d: %s' % (li + 1, s[:60]))

    # per speech statistics
    stats = {}
    starts = sorted((p, i) for i, p in enumerate(tpos) if p is not None)

    def owner(pos):
        o = None
        for sp, i in starts:
            if sp <= pos:
                o = i
        return o
    per = {i: {'han': 0, 'cats': {}} for i in range(len(gold['titles']))}
    for h, p in zip(gold['headings'], hpos):
        if p is None: continue
        o = owner(p)
        if o is None:
            errs.append('heading before first title: %s' % h['text'][:30]); continue
        per[o]['han'] += len(HAN.findall(h['text']))
    for para, p in zip(gold['paragraphs'], ppos):
        if p is None: continue
        o = owner(p)
        if o is None:
            errs.append('paragraph before first title: %s' % para['text'][:30]); continue
        per[o]['han'] += len(HAN.findall(para['text']))
        per[o]['cats'][para['category']] = per[o]['cats'].get(para['category'], 0) + 1
    for i, d in per.items():
        for c in CORE:
            if d['cats'].get(c, 0) < MIN_CORE:
                errs.append('speech %d (%s): only %d %s' % (i + 1, gold['titles'][i][:20], d['cats'].get(c, 0), c))
        if not HAN_MIN <= d['han'] <= HAN_MAX:
            errs.append('speech %d Han count %d outside %d-%d' % (i + 1, d['han'], HAN_MIN, HAN_MAX))
    return errs, infos, per


def main():
    total = 0
    pages = sorted(f for f in glob.glob(os.path.join(ROOT, '[0-9][0-9].*')))
    verbose = '-v' in sys.argv
    for page in pages:
        name = os.path.basename(page)
        gp = os.path.join(ROOT, 'gold', name.split('.')[0] + '.json')
        if not os.path.exists(gp):
            print('%s: ERROR no gold' % name); total += 1; continue
        errs, infos, per = check(page, gp)
        gold = json.load(open(gp, encoding='utf-8'))
        han = ','.join(str(per[i]['han']) for i in sorted(per)) if per else '-'
        print('%s: %d speeches, %d headings, %d paragraphs, %d noise; Han/speech [%s]; %d leftovers(info); %d errors'
              % (name, gold.get('speeches'), len(gold.get('headings', [])), len(gold.get('paragraphs', [])),
                 len(gold.get('noise', [])), han, len(infos), len(errs)))
        for e in errs:
            print('   ERROR', e)
        if verbose:
            for i in infos:
                print('   info', i)
        total += len(errs)
    print('TOTAL ERRORS %d' % total)
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
