# -*- coding: utf-8 -*-
"""Checks pages 06-10 of set145 and their gold files.  usage: python3 validate.py

- strict decoding with the declared encoding; line ends as declared, never mixed
- gold shape: keys, file name, speech count, heading levels, categories, truncated flags
- gold equals the effective speeches built by gen.py (speeches.py + page-specific changes)
- once every noise string is cut out of the page, the page (normalised like the scorer:
  NFKC, keep only letters/digits/×/*) is exactly: title, speaker/date lines, salutation,
  headings and paragraphs of each speech in reading order, with nothing left over
  (so the noise list is complete and every gold text is on the page, in order)
- every noise string occurs on the page; no noise string (normalised, >= 2 chars) occurs
  inside a gold title, heading, paragraph, speaker/date line or salutation
- sizes: 700-1400 Han characters per speech body, 8-14 paragraphs, >= 4 core paragraphs
Exit status 0 when there are no errors.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen  # noqa: E402
import speeches as S  # noqa: E402

errors = []


def err(page, msg):
    errors.append('%s: %s' % (page, msg))


def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(c for c in s if unicodedata.category(c)[0] in 'LN' or c in '×*')


def han(s):
    return len(re.findall(r'[\u3400-\u9fff]', s))


def decode(page, raw):
    enc, eol = gen.FORMAT[page]
    try:
        if enc == 'utf-16-le-bom':
            if not raw.startswith(b'\xff\xfe'):
                err(page, 'UTF-16LE BOM missing')
            text = raw[2:].decode('utf-16-le', errors='strict')
        elif enc == 'utf-8-sig':
            if not raw.startswith(b'\xef\xbb\xbf'):
                err(page, 'UTF-8 BOM missing')
            text = raw[3:].decode('utf-8', errors='strict')
        else:
            if raw.startswith((b'\xef\xbb\xbf', b'\xff\xfe', b'\xfe\xff')):
                err(page, 'unexpected BOM')
            text = raw.decode(enc, errors='strict')
            if enc == 'gb18030':
                try:
                    raw.decode('utf-8', errors='strict')
                    err(page, 'GB18030 page is also valid UTF-8 (not a real GB18030 test)')
                except UnicodeDecodeError:
                    pass
    except UnicodeDecodeError as e:
        err(page, 'strict decoding failed: %s' % e)
        return None
    crlf = text.count('\r\n')
    lf = text.count('\n')
    if eol == '\r\n' and crlf != lf:
        err(page, 'mixed line ends: %d CRLF of %d LF' % (crlf, lf))
    if eol == '\n' and crlf:
        err(page, 'CRLF in an LF page')
    if '\r' in text.replace('\r\n', ''):
        err(page, 'lone CR')
    return text.replace('\r\n', '\n')


def check_page(page):
    path = os.path.join(OUT, page + '.txt')
    gpath = os.path.join(OUT, 'gold', page + '.json')
    with open(path, 'rb') as f:
        text = decode(page, f.read())
    with open(gpath, encoding='utf-8') as f:
        g = json.load(f)
    if text is None:
        return
    _, _, sps = gen.build(page)

    # ---- gold shape
    for k in ('file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'):
        if k not in g:
            err(page, 'gold lacks ' + k)
    if g.get('file') != page + '.txt':
        err(page, 'gold file name %r' % g.get('file'))
    if g['speeches'] != len(sps) or len(g['titles']) != len(sps):
        err(page, 'speech count %s / titles %d, expected %d' % (g['speeches'], len(g['titles']), len(sps)))
    for h in g['headings']:
        if h.get('level') not in (1, 2, 3) or not h.get('text'):
            err(page, 'bad heading %r' % h)
    for p in g['paragraphs']:
        if p.get('category') not in S.CATEGORIES:
            err(page, 'bad category %r' % p.get('category'))
        if not isinstance(p.get('truncated', False), bool):
            err(page, 'bad truncated flag')
        if p.get('truncated'):
            err(page, 'no paragraph of these pages is cut off, truncated must be false')

    # ---- gold equals the effective speeches
    exp_t = [sp['title'] for sp in sps]
    exp_h = [{'text': b['text'], 'level': b['level']} for sp in sps for b in sp['blocks'] if b['k'] == 'h']
    exp_p = [(b['text'], b['cat']) for sp in sps for b in sp['blocks'] if b['k'] == 'p']
    if g['titles'] != exp_t:
        err(page, 'titles differ from speeches.py')
    if [{'text': h['text'], 'level': h['level']} for h in g['headings']] != exp_h:
        err(page, 'headings differ from speeches.py')
    if [(p['text'], p['category']) for p in g['paragraphs']] != exp_p:
        err(page, 'paragraphs differ from speeches.py')

    # ---- sizes
    for i, sp in enumerate(sps, 1):
        paras = [b for b in sp['blocks'] if b['k'] == 'p']
        core = [b for b in paras if b['cat'] in S.CORE]
        body = ''.join(b['text'] for b in sp['blocks'])
        if not 8 <= len(paras) <= 14:
            err(page, 'speech %d has %d paragraphs' % (i, len(paras)))
        if len(core) < 4:
            err(page, 'speech %d has %d core paragraphs' % (i, len(core)))
        if not 700 <= han(body) <= 1400:
            err(page, 'speech %d body has %d Han characters' % (i, han(body)))

    # ---- noise: on the page, not inside gold text
    unl = [x for sp in sps for x in sp['meta'] + [sp['salutation']]]
    golds = g['titles'] + [h['text'] for h in g['headings']] + [p['text'] for p in g['paragraphs']] + unl
    ngolds = [norm(x) for x in golds]
    for n in g['noise']:
        if n not in text:
            err(page, 'noise not on page: %r' % n)
        nn = norm(n)
        if len(nn) >= 2:
            for x, nx in zip(golds, ngolds):
                if nn in nx:
                    err(page, 'noise %r inside gold text %r' % (n, x[:30]))

    # ---- order and completeness
    rest = text
    for n in sorted(g['noise'], key=len, reverse=True):
        rest = rest.replace(n, '\n')
    rest = norm(rest)
    seq = []
    for sp in sps:
        seq.append(('title', sp['title']))
        seq += [('meta', m) for m in sp['meta']]
        seq.append(('salutation', sp['salutation']))
        seq += [('heading' if b['k'] == 'h' else 'paragraph', b['text']) for b in sp['blocks']]
    pos = 0
    for kind, t in seq:
        nt = norm(t)
        j = rest.find(nt, pos)
        if j < 0:
            err(page, '%s not found (in order) after noise removal: %r' % (kind, t[:40]))
            continue
        if j != pos:
            err(page, 'unlabelled text before %s %r: %r' % (kind, t[:20], rest[pos:j][:60]))
        pos = j + len(nt)
    if rest[pos:]:
        err(page, 'unlabelled text at the end: %r' % rest[pos:][:60])
    return g, sps, text


def main():
    stats = []
    for page in gen.RENDER:
        r = check_page(page)
        if r:
            g, sps, text = r
            enc, eol = gen.FORMAT[page]
            stats.append('%s  %-14s %-4s speeches=%d paragraphs=%d headings=%d noise=%d han=%s' % (
                page, enc, 'CRLF' if eol == '\r\n' else 'LF', g['speeches'], len(g['paragraphs']),
                len(g['headings']), len(g['noise']),
                '/'.join(str(han(''.join(b['text'] for b in sp['blocks']))) for sp in sps)))
    print('\n'.join(stats))
    for e in errors:
        print('ERROR', e)
    print('%d errors' % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
