# -*- coding: utf-8 -*-
"""Checks pages 01-05 of set145 (writer a) against their gold and speeches.py.

usage: python3 validate.py      exit 0 and 'errors: 0' when everything holds
checks: strict decoding with the expected encoding; gold schema and categories; gold == speeches.py;
every noise string occurs on the page and (after the scorer's norm) not inside any title, heading,
paragraph, speaker/date or salutation line; once noise is removed, the page is exactly
title, speaker/date lines, salutation, headings and paragraphs, in order (norm space, nothing left over);
per speech 700-1400 Han characters, 8-14 paragraphs, >= 4 core paragraphs.
"""
import json, os, re, sys, unicodedata
from speeches import SPEECHES, PAGES, CATEGORIES, CORE

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
EXPECT = {'01': ('utf-8', b'\n'), '02': ('gb18030', b'\r\n'), '03': ('utf-8-sig', b'\r\n'),
          '04': ('utf-8', b'\n'), '05': ('utf-16le-bom', b'\r\n')}
errors, warnings = [], []


def err(nn, msg):
    errors.append('%s: %s' % (nn, msg))


def norm(s):
    """the scorer's norm(): NFKC, keep letters, digits, × and * (no opencc here: all text is Simplified)"""
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(c for c in s if unicodedata.category(c)[0] in 'LN' or c in '×*')


def decode(nn, b):
    enc, nl = EXPECT[nn]
    if enc == 'utf-16le-bom':
        if b[:2] != b'\xff\xfe':
            err(nn, 'missing UTF-16LE BOM')
        text = b[2:].decode('utf-16-le', errors='strict')
        raw_nl = nl.decode('ascii').encode('utf-16-le')
    else:
        if enc == 'utf-8-sig' and not b.startswith(b'\xef\xbb\xbf'):
            err(nn, 'missing UTF-8 BOM')
        if enc == 'utf-8' and b.startswith(b'\xef\xbb\xbf'):
            err(nn, 'unexpected BOM')
        if enc == 'gb18030':
            try:
                b.decode('utf-8', errors='strict')
                err(nn, 'GB18030 page also decodes as UTF-8 (not really GB18030)')
            except UnicodeDecodeError:
                pass
        text = b.decode(enc, errors='strict')
        raw_nl = nl
    # line ends: all CRLF or all LF
    if nl == b'\r\n':
        if text.count('\n') != text.count('\r\n'):
            err(nn, 'mixed line ends (expected CRLF)')
    elif '\r' in text:
        err(nn, 'CR found (expected LF)')
    return text


def han(s):
    return len(re.findall(r'[\u4e00-\u9fff]', s))


def expected_items(sids):
    """(kind, text) in page order, derived from speeches.py"""
    seq = []
    for sid in sids:
        sp = SPEECHES[sid]
        seq.append(('title', sp['title']))
        seq += [('pre', l) for l in sp['pre']]
        seq.append(('salutation', sp['salutation']))
        for it in sp['body']:
            if it[0] == 'p':
                seq.append(('paragraph', it[2], it[1]))
            elif it[0] == 'h':
                seq.append(('heading', it[2], it[1]))
            else:
                seq.append(('heading', it[2], it[1]))
                seq.append(('paragraph', it[4], it[3]))
    return seq


def check(nn):
    sids = PAGES[nn]
    path = os.path.join(OUT, nn + '.txt')
    try:
        text = decode(nn, open(path, 'rb').read())
    except UnicodeDecodeError as e:
        err(nn, 'strict decoding failed: %s' % e)
        return None
    g = json.load(open(os.path.join(OUT, 'gold', nn + '.json'), encoding='utf-8'))
    # schema
    for k in ('file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'):
        if k not in g:
            err(nn, 'gold lacks %s' % k)
    if g['file'] != nn + '.txt':
        err(nn, 'gold file name %r' % g['file'])
    if g['speeches'] != len(sids) or len(g['titles']) != len(sids):
        err(nn, 'speech count %s / titles %d, expected %d' % (g['speeches'], len(g['titles']), len(sids)))
    for h in g['headings']:
        if h.get('level') not in (1, 2, 3) or not h.get('text'):
            err(nn, 'bad heading %r' % h)
    for p in g['paragraphs']:
        if p.get('category') not in CATEGORIES:
            err(nn, 'bad category %r' % p)
        if set(p) - {'text', 'category', 'truncated'}:
            err(nn, 'bad paragraph keys %r' % p)
    # gold == speeches.py
    seq = expected_items(sids)
    if g['titles'] != [x[1] for x in seq if x[0] == 'title']:
        err(nn, 'titles differ from speeches.py')
    if [(h['text'], h['level']) for h in g['headings']] != [(x[1], x[2]) for x in seq if x[0] == 'heading']:
        err(nn, 'headings differ from speeches.py')
    if [(p['text'], p['category']) for p in g['paragraphs']] != [(x[1], x[2]) for x in seq if x[0] == 'paragraph']:
        err(nn, 'paragraphs differ from speeches.py')
    # sizes, per speech
    for sid in sids:
        sp = SPEECHES[sid]
        heads = [it[2] for it in sp['body'] if it[0] in ('h', 'rh')]
        paras = [(it[2], it[1]) if it[0] == 'p' else (it[4], it[3]) for it in sp['body'] if it[0] != 'h']
        n_han = han(''.join(heads) + ''.join(t for t, _ in paras))
        core = sum(1 for _, c in paras if c in CORE)
        if not 700 <= n_han <= 1400:
            err(nn, '%s has %d Han characters' % (sid, n_han))
        if not 8 <= len(paras) <= 14:
            err(nn, '%s has %d paragraphs' % (sid, len(paras)))
        if core < 4:
            err(nn, '%s has %d core paragraphs' % (sid, core))
    # noise: present on the page, never inside labelled or unlabelled speech text
    protected = [x[1] for x in seq]
    pnorm = [norm(x) for x in protected]
    for n in g['noise']:
        if n not in text:
            err(nn, 'noise not on page: %r' % n)
        t = norm(n)
        if len(t) < 2:
            if t:
                warnings.append('%s: one-character noise ignored by scorer: %r' % (nn, n))
            continue
        for raw, pn in zip(protected, pnorm):
            if t in pn:
                err(nn, 'noise %r occurs inside %r' % (n, raw[:30]))
    # remove noise: whole lines first, then injected spans (longest first)
    lines = text.splitlines()
    nset = set(g['noise'])
    lines = ['' if l.strip() in nset else l for l in lines]
    rest = '\n'.join(lines)
    for n in sorted(set(g['noise']), key=len, reverse=True):
        if len(norm(n)) >= 2:
            rest = rest.replace(n, '\n')
    R = norm(rest)
    pos = 0
    for x in seq:
        t = norm(x[1])
        if R.startswith(t, pos):
            pos += len(t)
            continue
        j = R.find(t, pos)
        if j < 0:
            err(nn, '%s not found in order: %r' % (x[0], x[1][:40]))
        else:
            err(nn, 'unlabelled text before %s %r: %r' % (x[0], x[1][:20], R[pos:j][:60]))
            pos = j + len(t)
    if pos < len(R):
        err(nn, 'unlabelled text after last item: %r' % R[pos:][:80])
    return dict(nn=nn, speeches=len(sids), paragraphs=len(g['paragraphs']),
                core=sum(1 for p in g['paragraphs'] if p['category'] in CORE),
                headings=len(g['headings']), noise=len(g['noise']),
                han=[han(''.join(x[1] for x in expected_items([s]) if x[0] in ('heading', 'paragraph'))) for s in sids])


def main():
    rows = [check(nn) for nn in sorted(PAGES)]
    for r in rows:
        if r:
            print('%(nn)s  speeches %(speeches)d  paragraphs %(paragraphs)d (core %(core)d)  headings %(headings)d  '
                  'noise %(noise)d  han %(han)s' % r)
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('ERROR:', e)
    print('errors: %d' % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
