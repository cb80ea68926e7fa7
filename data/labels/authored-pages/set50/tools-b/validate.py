# -*- coding: utf-8 -*-
"""Check gold/NN.json against the pages of set50b.  Standard library only.
Run: /usr/bin/python3 tools/validate.py [NN ...]"""
import json, os, re, sys, html, zipfile, unicodedata
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = ('形势分析', '隐患排查', '责任落实')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
HAN = re.compile(r'[\u4e00-\u9fff]')
PUNCT_ONLY = re.compile(r'^[\W_]*$')


# ------------------------------------------------------------------ visible text
def docx_lines(path):
    """One line per w:p of word/document.xml (paragraphs in table cells included), in document order.
    w:t gives text, w:tab a tab, w:br/w:cr a newline; field codes (w:instrText) and deleted text are skipped."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    lines = []
    for p in root.iter(W + 'p'):
        # w:tab inside pPr/w:tabs is a tab-stop definition, not text
        buf = []
        for el in p.iter():
            if el.tag == W + 't' and el.text:
                buf.append(el.text)
            elif el.tag == W + 'tab' and not _in_ppr(p, el):
                buf.append('\t')
            elif el.tag in (W + 'br', W + 'cr'):
                buf.append('\n')
        lines.extend(''.join(buf).split('\n'))
    return lines


def _in_ppr(p, el):
    ppr = p.find(W + 'pPr')
    if ppr is None:
        return False
    return any(x is el for x in ppr.iter())


BLOCK = re.compile(r'<(?:br|/?p|/?div|/?li|/?ul|/?ol|/?tr|/?td|/?th|/?h[1-6]|/?table|/?section|/?header|/?footer|'
                   r'/?aside|/?nav|/?form|/?noscript|/?article|/?body|/?html)\b[^>]*>', re.I)


def html_lines(path):
    raw = open(path, 'rb').read()
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', raw[:4096])
    enc = m.group(1).decode('ascii') if m else 'utf-8'
    text = raw.decode(enc)
    text = re.sub(r'<!--.*?-->', '', text, flags=re.S)
    text = re.sub(r'<head\b.*?</head>', '\n', text, flags=re.S | re.I)
    text = re.sub(r'<(script|style)\b.*?</\1>', '\n', text, flags=re.S | re.I)
    text = re.sub(r'<!DOCTYPE[^>]*>', '', text, flags=re.I)
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    # source line breaks are not visible breaks inside inline content: collapse them to spaces
    text = text.replace('\n', ' ')
    text = BLOCK.sub('\n', text)
    text = re.sub(r'<[^>]+>', '', text)
    text = html.unescape(text)
    out = []
    for ln in text.split('\n'):
        ln = re.sub(r'[ \t]+', ' ', ln).strip()
        if ln:
            out.append(ln)
    return out


def page_lines(path):
    if path.endswith('.docx'):
        return [l.strip() for l in docx_lines(path) if l.strip()]
    return html_lines(path)


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'\s+', '', s)


def strip_marks(s):
    # markdown emphasis/heading marks would be removed here; none of this set's pages use markdown
    return s


# ------------------------------------------------------------------ checks
def check(nn):
    errs, infos = [], []
    gpath = os.path.join(ROOT, 'gold', nn + '.json')
    g = json.load(open(gpath, encoding='utf-8'))
    keys = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
    if set(g) != keys:
        errs.append('gold keys %s' % sorted(set(g) ^ keys))
        return errs, infos
    page = os.path.join(ROOT, g['file'])
    if not g['file'].startswith(nn + '.') or not os.path.exists(page):
        errs.append('file %s missing' % g['file'])
        return errs, infos
    if g['speeches'] != len(g['titles']):
        errs.append('speeches %s != %d titles' % (g['speeches'], len(g['titles'])))
    for h in g['headings']:
        if set(h) != {'text', 'level'}:
            errs.append('heading keys %s' % h)
        if not isinstance(h.get('level'), int) or h['level'] < 1:
            errs.append('bad level %r' % h)
        if h['text'].rstrip().endswith('。'):
            errs.append('heading ends with 。: %s' % h['text'])
    for p in g['paragraphs']:
        if set(p) != {'text', 'category', 'truncated'}:
            errs.append('paragraph keys %s' % sorted(p))
        if p.get('category') not in CATS:
            errs.append('bad category %r in %s' % (p.get('category'), p['text'][:20]))
        if not isinstance(p.get('truncated'), bool):
            errs.append('truncated not bool: %s' % p['text'][:20])

    lines = page_lines(page)
    vis = '\n'.join(lines)
    ntext = norm(strip_marks(vis))
    gold_items = [('title', t) for t in g['titles']] + [('heading', h['text']) for h in g['headings']] + \
                 [('para', p['text']) for p in g['paragraphs']]
    ngold = [norm(strip_marks(t)) for _, t in gold_items]

    # noise
    seen = set()
    for n in g['noise']:
        if len(n) < 4:
            errs.append('noise shorter than 4: %r' % n)
        if n != n.strip():
            errs.append('noise not stripped: %r' % n)
        if n in seen:
            errs.append('noise duplicated: %r' % n)
        seen.add(n)
        if n not in vis:
            errs.append('noise not in page text: %r' % n)
        nn_ = norm(n)
        for (kind, t), ng in zip(gold_items, ngold):
            if nn_ and nn_ in ng:
                errs.append('noise %r inside %s %s' % (n, kind, t[:20]))

    # gold in order (each list in its own order; search starts at the first title)
    covered = [False] * len(ntext)
    tpos = []
    pos = 0
    for t in g['titles']:
        k = ntext.find(norm(t), pos)
        if k < 0:
            errs.append('title not found in order: %s' % t)
            continue
        tpos.append(k)
        for i in range(k, k + len(norm(t))):
            covered[i] = True
        pos = k + len(norm(t))
    start = tpos[0] if tpos else 0
    speech_text = [[t] for t in g['titles']]
    speech_cats = [dict() for _ in g['titles']]
    for kind, items in (('heading', g['headings']), ('para', g['paragraphs'])):
        pos = start
        for it in items:
            s = norm(strip_marks(it['text']))
            k = ntext.find(s, pos)
            if k < 0:
                errs.append('%s not found in order: %s' % (kind, it['text'][:30]))
                continue
            for i in range(k, k + len(s)):
                covered[i] = True
            pos = k + len(s)
            idx = max([j for j, tp in enumerate(tpos) if tp <= k], default=0)
            if idx < len(speech_text):
                speech_text[idx].append(it['text'])
                if kind == 'para':
                    speech_cats[idx][it['category']] = speech_cats[idx].get(it['category'], 0) + 1
    for n in g['noise']:
        s = norm(n)
        k = ntext.find(s)
        while s and k >= 0:
            for i in range(k, k + len(s)):
                covered[i] = True
            k = ntext.find(s, k + 1)

    for j, parts in enumerate(speech_text):
        han = len(HAN.findall(''.join(parts)))
        if not 700 <= han <= 1300:
            errs.append('speech %d: %d Han characters (700-1300)' % (j + 1, han))
        for c in CORE:
            if speech_cats[j].get(c, 0) < 2:
                errs.append('speech %d: only %d paragraphs of %s' % (j + 1, speech_cats[j].get(c, 0), c))
        infos.append('speech %d: %d Han chars, categories %s' % (j + 1, han, dict(sorted(speech_cats[j].items()))))

    # uncovered text
    run = []
    for i, c in enumerate(ntext + '\x00'):
        if i < len(ntext) and not covered[i]:
            run.append(c)
        elif run:
            r = ''.join(run)
            if not PUNCT_ONLY.match(r):
                infos.append('uncovered: %s' % r)
            run = []
    return errs, infos


def main():
    wanted = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, 'gold')) if f.endswith('.json'))
    total = 0
    for nn in wanted:
        errs, infos = check(nn)
        total += len(errs)
        print('== %s: %d error(s)' % (nn, len(errs)))
        for e in errs:
            print('  ERROR', e)
        for i in infos:
            print('  info ', i)
    print('TOTAL ERRORS: %d' % total)
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
