#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set65b pages 06-10 and gold/NN.json.

Checks: schema and key order; page encoding/BOM/line endings; every noise string
(>=4 chars, distinct) occurs on the page and never inside a title/heading/paragraph;
with the noise masked (NFKC, whitespace removed) every title/heading/paragraph is
found, in page order, without overlap; leftover (unlabelled) text per line is only
salutation/speaker/date/short markers; per speech Han count and category rules.
Prints the leftover lines and a final "N errors" line; exit code 1 on errors.
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = {  # file: (encoding, bom, crlf)
    '06.txt': ('gb18030', False, False),
    '07.txt': ('utf-8', True, False),
    '08.txt': ('gbk', False, False),
    '09.txt': ('utf-8', False, False),
    '10.txt': ('utf-8', False, True),
}
HAN_RANGE = {'06.txt': (600, 900)}
HAN_DEFAULT = (900, 1400)
KEYS = ["file", "speeches", "titles", "headings", "paragraphs", "noise"]
CATS = {"开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实",
        "应急管理", "宣传培训", "基层基础", "结尾"}
CORE = ("形势分析", "隐患排查", "责任落实")
HAN = re.compile(r'[\u4e00-\u9fff]')
ALLOWED = [
    ('salutation', re.compile(r'^(同志们|各位[\u4e00-\u9fff]{1,8}|尊敬的.{1,30})[：:，,]$')),
    ('date', re.compile(r'^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$')),
    ('speaker', re.compile(r'^(主持人[：:])?[\u4e00-\u9fff、]{0,24}'
                           r'(书记|乡长|镇长|县长|区长|市长|局长|董事长|总经理|主任)'
                           r'[\s\u3000]*[\u4e00-\u9fff]{2,4}$')),
    ('signature', re.compile(r'^[（(]?(根据录音整理|本文系.{1,20}讲话)[）)]?$')),
]
PUNCT_ONLY = re.compile(r'^[\W_]*$')


def norm(s):
    return ''.join(c for c in unicodedata.normalize('NFKC', s) if not c.isspace())


def check(name, errs, report):
    def err(msg):
        errs.append(f'{name}: {msg}')

    stem = name.split('.')[0]
    gpath = os.path.join(ROOT, 'gold', stem + '.json')
    ppath = os.path.join(ROOT, 'pages', name)
    try:
        with open(gpath, encoding='utf-8') as f:
            gold = json.load(f)
    except Exception as e:  # noqa
        err(f'gold unreadable: {e}')
        return
    data = open(ppath, 'rb').read()
    enc, bom, crlf = FILES[name]
    if data.startswith(b'\xef\xbb\xbf') != bom:
        err(f'BOM expected={bom}')
    if bom:
        data = data[3:]
    try:
        page = data.decode(enc)
    except UnicodeDecodeError as e:
        err(f'does not decode as {enc}: {e}')
        return
    if enc == 'gbk':
        try:
            data.decode('utf-8')
            err('GBK page also decodes as UTF-8 (no multibyte Chinese?)')
        except UnicodeDecodeError:
            pass
    has_crlf = '\r\n' in page
    bare_lf = re.search(r'(?<!\r)\n', page) is not None
    if crlf and (not has_crlf or bare_lf):
        err('expected CRLF line endings throughout')
    if not crlf and has_crlf:
        err('unexpected CRLF')
    page = page.replace('\r\n', '\n')

    # ---- schema
    if list(gold.keys()) != KEYS:
        err(f'keys/order {list(gold.keys())} != {KEYS}')
        return
    if gold['file'] != name:
        err('file field mismatch')
    titles, heads, paras, noise = gold['titles'], gold['headings'], gold['paragraphs'], gold['noise']
    if not isinstance(gold['speeches'], int) or gold['speeches'] != len(titles) or not titles:
        err('speeches must equal len(titles) >= 1')
    for h in heads:
        if list(h.keys()) != ['text', 'level'] or not isinstance(h['level'], int) or not 1 <= h['level'] <= 4:
            err(f'bad heading {h}')
        elif not h['text'] or h['text'].endswith('。') or h['text'] != h['text'].strip():
            err(f'heading text problem {h["text"]!r}')
    for p in paras:
        if list(p.keys()) != ['text', 'category', 'truncated']:
            err(f'bad paragraph keys {list(p.keys())}')
            continue
        if p['category'] not in CATS:
            err(f'bad category {p["category"]}')
        if not isinstance(p['truncated'], bool):
            err('truncated not bool')
        if not p['text'] or p['text'] != p['text'].strip():
            err(f'paragraph text empty/unstripped {p["text"][:20]!r}')
    # ---- noise
    if len(set(noise)) != len(noise):
        err('duplicate noise strings')
    labelled = titles + [h['text'] for h in heads] + [p['text'] for p in paras]
    nlab = [norm(t) for t in labelled]
    for s in noise:
        if len(s) < 4:
            err(f'noise shorter than 4: {s!r}')
        if s not in page:
            err(f'noise not on page: {s!r}')
        ns = norm(s)
        for t, nt in zip(labelled, nlab):
            if s in t or (ns and ns in nt):
                err(f'noise {s!r} inside labelled text {t[:20]!r}')

    # ---- mask noise, build normalized stream with raw index map
    covered = [False] * len(page)
    for s in sorted(noise, key=len, reverse=True):
        start = 0
        while True:
            i = page.find(s, start)
            if i < 0:
                break
            for k in range(i, i + len(s)):
                covered[k] = True
            start = i + 1
    S, M = [], []
    for i, ch in enumerate(page):
        if covered[i]:
            continue
        for c in unicodedata.normalize('NFKC', ch):
            if not c.isspace():
                S.append(c)
                M.append(i)
    S = ''.join(S)

    # ---- greedy in-order matching of the three lists
    lists = {'title': [norm(t) for t in titles],
             'heading': [norm(h['text']) for h in heads],
             'para': [norm(p['text']) for p in paras]}
    ptr = {k: 0 for k in lists}
    found = {k: [None] * len(v) for k, v in lists.items()}
    cursor = 0
    while True:
        best = None
        for k, items in lists.items():
            while ptr[k] < len(items):
                pos = S.find(items[ptr[k]], cursor) if items[ptr[k]] else -1
                if pos >= 0:
                    if best is None or pos < best[0]:
                        best = (pos, k)
                    break
                err(f'{k} #{ptr[k]} not found in order: {items[ptr[k]][:30]!r}')
                ptr[k] += 1
        if best is None:
            break
        pos, k = best
        L = len(lists[k][ptr[k]])
        found[k][ptr[k]] = pos
        for j in range(pos, pos + L):
            covered[M[j]] = True
        cursor = pos + L
        ptr[k] += 1

    # ---- leftover lines
    off = 0
    left = []
    for ln_no, line in enumerate(page.split('\n'), 1):
        rest = ''.join(ch for k, ch in enumerate(line) if not covered[off + k]).strip()
        off += len(line) + 1
        if not rest:
            continue
        kind = None
        if len(norm(rest)) < 4:
            kind = 'short'
        elif PUNCT_ONLY.match(rest):
            kind = 'punct'
        else:
            for nm, rx in ALLOWED:
                if rx.match(rest):
                    kind = nm
                    break
        left.append((ln_no, kind, rest))
        if kind is None:
            err(f'unlabelled leftover line {ln_no}: {rest[:40]!r}')

    # ---- per speech rules
    tpos = found['title']
    if None not in tpos and tpos != sorted(tpos):
        err('titles out of order')
    speeches = [{'han': 0, 'cats': []} for _ in titles]

    def which(pos):
        idx = None
        for i, tp in enumerate(tpos):
            if tp is not None and tp <= pos:
                idx = i
        return idx
    for i, h in enumerate(heads):
        if found['heading'][i] is None:
            continue
        s = which(found['heading'][i])
        if s is None:
            err(f'heading before first title: {h["text"]!r}')
        else:
            speeches[s]['han'] += len(HAN.findall(h['text']))
    for i, p in enumerate(paras):
        if found['para'][i] is None:
            continue
        s = which(found['para'][i])
        if s is None:
            err(f'paragraph before first title: {p["text"][:20]!r}')
        else:
            speeches[s]['han'] += len(HAN.findall(p['text']))
            speeches[s]['cats'].append(p['category'])
    lo, hi = HAN_RANGE.get(name, HAN_DEFAULT)
    summ = []
    for i, sp in enumerate(speeches):
        c = sp['cats']
        summ.append(f'speech{i + 1}: han={sp["han"]} paras={len(c)}')
        if not lo <= sp['han'] <= hi:
            err(f'speech {i + 1} Han count {sp["han"]} outside {lo}-{hi}')
        if not c:
            err(f'speech {i + 1} has no paragraphs')
            continue
        if c[0] != '开场':
            err(f'speech {i + 1} first paragraph is {c[0]}, not 开场')
        if c[-1] != '结尾':
            err(f'speech {i + 1} last paragraph is {c[-1]}, not 结尾')
        for k in CORE:
            if c.count(k) < 2:
                err(f'speech {i + 1} has {c.count(k)} {k} paragraphs (<2)')
    report.append(f'{name} [{enc}{" BOM" if bom else ""}{" CRLF" if crlf else ""}] '
                  f'titles={len(titles)} headings={len(heads)} paragraphs={len(paras)} '
                  f'noise={len(noise)} | ' + '; '.join(summ))
    for ln_no, kind, rest in left:
        report.append(f'    leftover L{ln_no} [{kind or "UNEXPECTED"}] {rest}')


def main():
    errs, report = [], []
    names = sys.argv[1:] or sorted(FILES)
    for name in names:
        check(name, errs, report)
    print('\n'.join(report))
    for e in errs:
        print('ERROR', e)
    print(f'{len(errs)} errors')
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
