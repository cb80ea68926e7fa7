# -*- coding: utf-8 -*-
"""Checks pages 01-05 of set148 (writer a) against gold/NN.json and speeches.py.

usage: python3 validate.py          exit 0 and 'errors: 0' when everything holds
Checks: strict decoding in the declared encoding (BOM / line ends as declared); gold schema; gold equals speeches.py;
every noise string occurs verbatim on the page; no noise string (after the scorer's norm) inside any gold title,
heading, paragraph, speaker/date or salutation line; once the noise is removed, the page is exactly the sequence
title, speaker/date lines, salutation, headings and paragraphs of each speech in order with nothing left over;
categories valid; >= 4 core paragraphs, 8-14 paragraphs and 700-1400 Han characters per speech.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import S, PAGES, CATEGORIES, CORE  # noqa: E402
from gen import ENCODING  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)
    print('ERROR', msg)


def norm(s):
    """The scorer's norm: NFKC, keep Han, letters, digits, × and * (no Traditional folding needed here)."""
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(ch for ch in s if re.match(r'[\w×*]', ch) and ch != '_')


def han(s):
    return len(re.findall(r'[\u4e00-\u9fff]', s))


def decode(nn):
    data = open(os.path.join(OUT, f'{nn}.txt'), 'rb').read()
    codec, eol, bom = ENCODING[nn]
    if codec == 'utf-8':
        if bom != data.startswith(b'\xef\xbb\xbf'):
            err(f'{nn}: UTF-8 BOM expected={bom}')
        text = data.decode('utf-8-sig' if bom else 'utf-8', errors='strict')
    elif codec == 'utf-16-le':
        if not data.startswith(b'\xff\xfe'):
            err(f'{nn}: UTF-16LE BOM missing')
        text = data[2:].decode('utf-16-le', errors='strict')
    else:
        text = data.decode(codec, errors='strict')
        try:
            data.decode('utf-8', errors='strict')
            err(f'{nn}: declared {codec} but the bytes are valid UTF-8')
        except UnicodeDecodeError:
            pass
    if eol == '\r\n':
        if re.search(r'(?<!\r)\n', text):
            err(f'{nn}: bare LF in a CRLF page')
    elif '\r' in text:
        err(f'{nn}: CR in an LF page')
    if '\ufffd' in text:
        err(f'{nn}: replacement character')
    return text


def check_page(nn):
    text = decode(nn)
    g = json.load(open(os.path.join(OUT, 'gold', f'{nn}.json'), encoding='utf-8'))
    keys = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
    if set(g) != keys:
        err(f'{nn}: gold keys {sorted(g)}')
    if g['file'] != f'{nn}.txt':
        err(f'{nn}: gold file {g["file"]}')
    sids = PAGES[nn]
    if g['speeches'] != len(sids) or len(g['titles']) != len(sids):
        err(f'{nn}: speech count')
    # gold == speeches.py
    exp_h = [{'text': b[2], 'level': b[1]} for sid in sids for b in S[sid]['blocks'] if b[0] == 'h']
    exp_p = [(b[2], b[1]) for sid in sids for b in S[sid]['blocks'] if b[0] == 'p']
    if g['titles'] != [S[sid]['title'] for sid in sids]:
        err(f'{nn}: titles differ from speeches.py')
    if g['headings'] != exp_h:
        err(f'{nn}: headings differ from speeches.py')
    if [(p['text'], p['category']) for p in g['paragraphs']] != exp_p:
        err(f'{nn}: paragraphs differ from speeches.py')
    for h in g['headings']:
        if h['level'] not in (1, 2, 3):
            err(f'{nn}: heading level {h}')
    for p in g['paragraphs']:
        if p['category'] not in CATEGORIES:
            err(f'{nn}: category {p["category"]}')
        if p.get('truncated') not in (True, False):
            err(f'{nn}: truncated flag')
    # sizes per speech
    for sid in sids:
        sp = S[sid]
        paras = [b for b in sp['blocks'] if b[0] == 'p']
        core = sum(1 for b in paras if b[1] in CORE)
        n_han = han(''.join(b[2] for b in sp['blocks']))
        if core < 4:
            err(f'{nn}/{sid}: only {core} core paragraphs')
        if not 8 <= len(paras) <= 14:
            err(f'{nn}/{sid}: {len(paras)} paragraphs')
        if not 700 <= n_han <= 1400:
            err(f'{nn}/{sid}: {n_han} Han characters')
    # noise: verbatim on the page, never inside gold text (titles, headings, paragraphs, speaker/date, salutation)
    gold_texts = list(g['titles']) + [h['text'] for h in g['headings']] + [p['text'] for p in g['paragraphs']]
    for sid in sids:
        gold_texts += S[sid]['pre'] + [S[sid]['salute']]
    gold_norms = [norm(t) for t in gold_texts]
    for n in g['noise']:
        if n not in text:
            err(f'{nn}: noise not on page verbatim: {n!r}')
        t = norm(n)
        if len(t) >= 2:
            for gt, raw in zip(gold_norms, gold_texts):
                if t in gt:
                    err(f'{nn}: noise {n!r} inside gold text {raw[:30]!r}')
    if len(set(g['noise'])) != len(g['noise']):
        err(f'{nn}: duplicate noise entries')
    # remove the noise (longest first) and require the page to be exactly the gold sequence
    clean = text
    for n in sorted(g['noise'], key=len, reverse=True):
        clean = clean.replace(n, '\n')
    cn = norm(clean)
    seq = []
    for sid in sids:
        sp = S[sid]
        seq += [('title', sp['title'])] + [('unlabelled', x) for x in sp['pre']] + [('unlabelled', sp['salute'])]
        seq += [('heading' if b[0] == 'h' else 'paragraph', b[2]) for b in sp['blocks']]
    pos = 0
    for kind, s in seq:
        t = norm(s)
        at = cn.find(t, pos)
        if at < 0:
            err(f'{nn}: {kind} not found in order: {s[:30]!r}')
            continue
        if at != pos:
            err(f'{nn}: unlabelled page text before {kind} {s[:20]!r}: {cn[pos:at][:60]!r}')
        if kind != 'unlabelled' and cn.count(t) != 1:
            err(f'{nn}: {kind} occurs {cn.count(t)} times once noise is removed: {s[:30]!r}')
        pos = at + len(t)
    if pos != len(cn):
        err(f'{nn}: unlabelled page text at the end: {cn[pos:][:60]!r}')
    return g


def main():
    total = 0
    for nn in PAGES:
        g = check_page(nn)
        total += len(g['paragraphs'])
        print(f'{nn}: speeches {g["speeches"]}, paragraphs {len(g["paragraphs"])}, headings {len(g["headings"])}, '
              f'noise {len(g["noise"])}')
    print(f'errors: {len(errors)}')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
