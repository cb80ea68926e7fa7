#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set61b (pages 06-10).

For each NN.txt with gold/NN.json:
  * checks the gold's shape (keys and order, categories, levels, types, no final 。 on headings);
  * decodes the page in its encoding (06-08 UTF-8, 09 GBK, 10 UTF-8 with BOM);
  * every noise string: >= 4 characters, listed once, present in the page, and not inside any
    title/heading/paragraph (checked raw and normalised);
  * masks every occurrence of every noise string, then normalises the rest (NFKC, whitespace
    removed, Markdown marks '**' and line-leading '#' removed) and finds every title, heading
    and paragraph, each list in page order, without overlaps;
  * lists every leftover piece of text; allowed are salutations, speaker lines, date lines,
    signatures and markers shorter than 4 characters; anything else is an error;
  * per speech (the text between one title and the next): Han count of headings + paragraphs
    in range, >= N paragraphs of each core category (N=2; N=1 for 08), first paragraph 开场,
    last paragraph 结尾.
Prints one line per problem and a summary; exit status 1 when there are errors.
"""
import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = ['06', '07', '08', '09', '10']
ENCODING = {'06': 'utf-8', '07': 'utf-8', '08': 'utf-8', '09': 'gbk', '10': 'utf-8-sig'}
HAN_RANGE = {'08': (600, 900)}
DEFAULT_HAN = (900, 1400)
CORE_MIN = {'08': 1}
CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理',
        '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']
KEYS = ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']

HAN = re.compile(r'[\u4e00-\u9fff\u3400-\u4dbf]')
ROLE = r'(?:副?市长|副?区长|副?县长|县委书记|市委书记|区委书记|乡长|镇长|校长|总经理|项目经理|局长)'
ALLOWED = [
    ('salutation', re.compile(r'^(?:尊敬的)?[\u4e00-\u9fff、，,]{0,24}(?:同志们|们|老师|同事|领导|组长|来宾|朋友)[：:，,]?$')),
    ('speaker', re.compile(r'^[\u4e00-\u9fff]{0,12}' + ROLE + r'[\u4e00-\u9fff]{2,4}$')),
    ('date', re.compile(r'^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$')),
    ('signature', re.compile(r'^[\u4e00-\u9fff]{2,20}(?:公司|办公室|委员会|政府|学校|项目部)$')),
]


def norm_char(c):
    n = unicodedata.normalize('NFKC', c)
    return ''.join(ch for ch in n if not ch.isspace())


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = s.replace('**', '')
    return re.sub(r'\s+', '', s)


def han(s):
    return len(HAN.findall(s))


def markdown_mask(text):
    """Positions of Markdown marks the tool added (** runs, line-leading #'s, list bullets)."""
    m = [False] * len(text)
    for mo in re.finditer(r'\*\*', text):
        for i in range(mo.start(), mo.end()):
            m[i] = True
    for mo in re.finditer(r'(?m)^[ \t]*(#{1,6})[ \t]', text):
        for i in range(mo.start(1), mo.end(1)):
            m[i] = True
    return m


def check_shape(nn, g, err):
    if list(g.keys()) != KEYS:
        err('gold keys/order %s' % list(g.keys()))
        return False
    if g['file'] != nn + '.txt':
        err('file field %r' % g['file'])
    if not isinstance(g['speeches'], int) or g['speeches'] != len(g['titles']) or g['speeches'] < 1:
        err('speeches=%r but %d titles' % (g['speeches'], len(g['titles'])))
    for h in g['headings']:
        if list(h.keys()) != ['text', 'level'] or h['level'] not in (1, 2, 3):
            err('bad heading %r' % h)
        elif h['text'].endswith('。') or not h['text'].strip():
            err('heading ends with 。 or empty: %r' % h['text'])
    for p in g['paragraphs']:
        if list(p.keys()) != ['text', 'category', 'truncated']:
            err('bad paragraph keys %r' % list(p.keys()))
            continue
        if p['category'] not in CATS:
            err('bad category %r' % p['category'])
        if not isinstance(p['truncated'], bool):
            err('truncated not bool: %r' % p['text'][:20])
        if p['text'] != p['text'].strip() or not p['text']:
            err('paragraph has outer whitespace or is empty: %r' % p['text'][:20])
    seen = set()
    for s in g['noise']:
        if not isinstance(s, str) or len(s) < 4:
            err('noise shorter than 4 chars: %r' % s)
        if s in seen:
            err('noise listed twice: %r' % s)
        seen.add(s)
    return True


def validate(nn):
    errors = []
    notes = []

    def err(msg):
        errors.append('%s: ERROR %s' % (nn, msg))

    gpath = os.path.join(ROOT, 'gold', nn + '.json')
    ppath = os.path.join(ROOT, nn + '.txt')
    with open(gpath, encoding='utf-8') as f:
        g = json.load(f, object_pairs_hook=OrderedDict)
    if not check_shape(nn, g, err):
        return errors, notes
    raw = open(ppath, 'rb').read()
    if nn == '10' and not raw.startswith(b'\xef\xbb\xbf'):
        err('10.txt must start with a UTF-8 BOM')
    if nn != '10' and raw.startswith(b'\xef\xbb\xbf'):
        err('unexpected BOM')
    try:
        text = raw.decode(ENCODING[nn])
    except UnicodeDecodeError as e:
        err('cannot decode as %s: %s' % (ENCODING[nn], e))
        return errors, notes

    labelled = ([('title', t) for t in g['titles']] + [('heading', h['text']) for h in g['headings']]
                + [('paragraph', p['text']) for p in g['paragraphs']])

    # ---- noise: present, not inside labelled text; mask every occurrence
    mask = [False] * len(text)
    for s in sorted(g['noise'], key=len, reverse=True):
        if s not in text:
            err('noise not found in page: %r' % s)
            continue
        ns = norm(s)
        for kind, t in labelled:
            if s in t or (ns and ns in norm(t)):
                err('noise %r lies inside %s %r' % (s, kind, t[:24]))
        start = 0
        while True:
            i = text.find(s, start)
            if i < 0:
                break
            for k in range(i, i + len(s)):
                mask[k] = True
            start = i + len(s)
    md = markdown_mask(text)

    # ---- normalised rest with map back to page positions
    chars, where = [], []
    for i, c in enumerate(text):
        if mask[i] or md[i]:
            continue
        for ch in norm_char(c):
            chars.append(ch)
            where.append(i)
    rest = ''.join(chars)
    covered = [False] * len(rest)

    def place(kind, items):
        spans = []
        pos = 0
        for t in items:
            nt = norm(t)
            if not nt:
                err('empty %s' % kind)
                spans.append(None)
                continue
            i = rest.find(nt, pos)
            while i >= 0 and any(covered[i:i + len(nt)]):
                i = rest.find(nt, i + 1)
            if i < 0:
                anywhere = rest.find(nt)
                err('%s not found in page order%s: %r' % (
                    kind, ' (it occurs earlier/overlapping)' if anywhere >= 0 else '', t[:40]))
                spans.append(None)
                continue
            for k in range(i, i + len(nt)):
                covered[k] = True
            spans.append((i, i + len(nt)))
            pos = i + len(nt)
        return spans

    tspans = place('title', g['titles'])
    hspans = place('heading', [h['text'] for h in g['headings']])
    pspans = place('paragraph', [p['text'] for p in g['paragraphs']])

    # ---- leftovers, line by line (page positions)
    cov_page = [False] * len(text)
    for k, c in enumerate(covered):
        if c:
            cov_page[where[k]] = True
    pos = 0
    for lineno, line in enumerate(text.split('\n'), 1):
        pieces, cur = [], ''
        for j, c in enumerate(line):
            i = pos + j
            if mask[i] or md[i] or cov_page[i]:
                if cur.strip():
                    pieces.append(cur)
                cur = ''
            else:
                cur += c
        if cur.strip():
            pieces.append(cur)
        pos += len(line) + 1
        for piece in pieces:
            p = norm(piece)
            if len(p) < 4:
                kind = 'short marker'
            else:
                kind = next((k for k, rx in ALLOWED if rx.match(p)), None)
            if kind is None:
                err('leftover text line %d: %r' % (lineno, piece.strip()[:60]))
            else:
                notes.append('%s: leftover line %d (%s): %r' % (nn, lineno, kind, piece.strip()))

    # ---- per speech checks
    if None in tspans:
        return errors, notes
    bounds = [s[0] for s in tspans] + [len(rest) + 1]
    lo, hi = HAN_RANGE.get(nn, DEFAULT_HAN)
    need = CORE_MIN.get(nn, 2)
    for si in range(len(tspans)):
        a, b = bounds[si], bounds[si + 1]
        hs = [g['headings'][k]['text'] for k, sp in enumerate(hspans) if sp and a <= sp[0] < b]
        ps = [g['paragraphs'][k] for k, sp in enumerate(pspans) if sp and a <= sp[0] < b]
        n = sum(han(t) for t in hs) + sum(han(p['text']) for p in ps)
        label = 'speech %d (%s)' % (si + 1, g['titles'][si][:16])
        notes.append('%s: %s: Han %d, %d headings, %d paragraphs' % (nn, label, n, len(hs), len(ps)))
        if not lo <= n <= hi:
            err('%s: Han count %d outside %d-%d' % (label, n, lo, hi))
        for c in CORE:
            k = sum(1 for p in ps if p['category'] == c)
            if k < need:
                err('%s: only %d paragraph(s) of %s (need %d)' % (label, k, c, need))
        if not ps:
            err('%s: no paragraphs' % label)
            continue
        if ps[0]['category'] != '开场':
            err('%s: first paragraph is %s, not 开场' % (label, ps[0]['category']))
        if ps[-1]['category'] != '结尾':
            err('%s: last paragraph is %s, not 结尾' % (label, ps[-1]['category']))
    nh = sum(1 for sp in hspans if sp and sp[0] < bounds[0])
    np_ = sum(1 for sp in pspans if sp and sp[0] < bounds[0])
    if nh or np_:
        err('%d heading(s) / %d paragraph(s) placed before the first title' % (nh, np_))
    return errors, notes


def main():
    verbose = '-v' in sys.argv
    only = [a for a in sys.argv[1:] if a in PAGES] or PAGES
    all_err = []
    for nn in only:
        errs, notes = validate(nn)
        all_err += errs
        for e in errs:
            print(e)
        shorts = [n.split('(short marker): ', 1)[1] for n in notes if '(short marker)' in n]
        for n in notes:
            if verbose or '(short marker)' not in n:
                print('   ' + n)
        if shorts and not verbose:
            print('   %s: %d leftover short markers (<4 chars): %s' % (nn, len(shorts), ' '.join(sorted(set(shorts)))))
    print('checked %d page(s): %d error(s)' % (len(only), len(all_err)))
    sys.exit(1 if all_err else 0)


if __name__ == '__main__':
    main()
