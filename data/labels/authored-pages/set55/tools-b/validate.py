#!/usr/bin/python3
"""Validate pages and gold labels of set55b (standard library only).

For each gold/NN.json:
  * keys/types, speeches == len(titles), categories from the list, headings without 。
  * decode the page by its encoding (html: strip tags, drop script/style content, decode entities)
  * every noise string: >= 4 chars, unique, exact substring of the decoded text, not inside labelled text
  * normalise (NFKC, whitespace removed), delete every noise occurrence (longest first), then find
    titles, headings and paragraphs, each list in order; labelled spans must not overlap
  * whatever is left over must be salutation / speaker / date / signature lines (printed as info)
  * per speech: >= 2 paragraphs of 形势分析, 隐患排查, 责任落实, an 开场 and a 结尾, Han count 900-1400
Prints one line per page and TOTAL ERRORS n at the end.
"""
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENC = {'06.txt': 'utf-8', '07.txt': 'gbk', '08.txt': 'utf-8', '09.txt': 'gb18030', '10.html': 'utf-8'}
CRLF = {'07.txt'}
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = ('形势分析', '隐患排查', '责任落实')
KEYS = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]')

BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'header',
         'footer', 'section', 'article', 'title', 'tr', 'table', 'dl', 'dt', 'dd', 'head', 'body',
         'html', 'form', 'aside', 'main', 'blockquote', 'hr'}


class Extract(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        elif tag in BLOCK:
            self.out.append('\n')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(src):
    p = Extract()
    p.feed(src)
    p.close()
    return ''.join(p.out)


def norm(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKC', s) if not ch.isspace())


SALUT = re.compile(r'^(各位领导|各位同事|各位来宾|同志们|各位)[^。]{0,12}[:：]$')
DATE = re.compile(r'^[(（]?\d{4}年\d{1,2}月\d{1,2}日[)）]?$')
SPEAKER = re.compile(r'(书记|县长|区长|市长|镇长|经理|董事长|主任|局长|主席|副)')
PUNCT = re.compile(r'^[。，、；：:,.;!?！？]+$')


def leftover_kind(s):
    if PUNCT.match(s):
        return 'punct'
    if SALUT.match(s):
        return 'salutation'
    if DATE.match(s):
        return 'date'
    if len(s) <= 30 and '。' not in s and SPEAKER.search(s):
        return 'speaker'
    return None


def check(fname, gold):
    errs, info = [], []
    E = errs.append
    # ---- structure
    if set(gold) != KEYS:
        E('keys %s' % sorted(gold))
        return errs, info, 0
    if gold['file'] != fname:
        E('file field %r' % gold['file'])
    if not isinstance(gold['speeches'], int) or gold['speeches'] != len(gold['titles']):
        E('speeches != len(titles)')
    for t in gold['titles']:
        if not isinstance(t, str) or not t:
            E('bad title %r' % t)
    for h in gold['headings']:
        if set(h) != {'text', 'level'} or not isinstance(h['text'], str) or not isinstance(h['level'], int) \
                or h['level'] < 1:
            E('bad heading %r' % h)
        elif h['text'].rstrip().endswith('。') or '。' in h['text']:
            E('heading with 。: %s' % h['text'])
    for p in gold['paragraphs']:
        if set(p) != {'text', 'category', 'truncated'} or not isinstance(p['text'], str) \
                or not isinstance(p['truncated'], bool):
            E('bad paragraph %r' % p)
        elif p['category'] not in CATS:
            E('bad category %r' % p['category'])
    if not all(isinstance(n, str) for n in gold['noise']):
        E('noise not strings')
    if errs:
        return errs, info, 0
    # ---- decode
    raw = open(os.path.join(ROOT, fname), 'rb').read()
    try:
        text = raw.decode(ENC[fname])
    except UnicodeDecodeError as e:
        E('decode %s: %s' % (ENC[fname], e))
        return errs, info, 0
    if fname in CRLF:
        if raw.count(b'\n') != raw.count(b'\r\n'):
            E('expected CRLF line endings only')
    elif b'\r' in raw:
        E('unexpected CR')
    if fname.endswith('.html'):
        text = html_text(text)
    # ---- noise
    labels = gold['titles'] + [h['text'] for h in gold['headings']] + [p['text'] for p in gold['paragraphs']]
    nlabels = [norm(x) for x in labels]
    seen = set()
    for n in gold['noise']:
        if len(n.strip()) < 4:
            E('noise shorter than 4: %r' % n)
        if n in seen:
            E('duplicate noise: %r' % n)
        seen.add(n)
        if n != n.strip():
            E('noise not stripped: %r' % n)
        if n not in text:
            E('noise not in page: %r' % n)
        nn = norm(n)
        for lab in nlabels:
            if nn and nn in lab:
                E('noise inside labelled text: %r' % n)
                break
    # normalised text with line index per char
    chars, lineno = [], []
    for i, line in enumerate(text.split('\n')):
        for ch in norm(line):
            chars.append(ch)
            lineno.append(i)
    ntext = ''.join(chars)
    state = [0] * len(ntext)   # 0 free, 1 noise, 2 label
    for nn in sorted({norm(n) for n in gold['noise']}, key=len, reverse=True):
        if not nn:
            continue
        start = 0
        while True:
            j = ntext.find(nn, start)
            if j < 0:
                break
            if all(state[k] == 0 for k in range(j, j + len(nn))):
                for k in range(j, j + len(nn)):
                    state[k] = 1
            start = j + 1
    # string of non-noise chars with mapping back
    keep = [k for k in range(len(ntext)) if state[k] == 0]
    rest = ''.join(ntext[k] for k in keep)

    def find_seq(items, what):
        pos, spans = 0, []
        for it in items:
            s = norm(it)
            j = rest.find(s, pos)
            if j < 0:
                j2 = rest.find(s)
                E('%s not found in order: %s%s' % (what, it[:30], ' (found out of order)' if j2 >= 0 else ''))
                spans.append(None)
                continue
            spans.append((j, j + len(s)))
            pos = j + len(s)
        return spans

    tspans = find_seq(gold['titles'], 'title')
    hspans = find_seq([h['text'] for h in gold['headings']], 'heading')
    pspans = find_seq([p['text'] for p in gold['paragraphs']], 'paragraph')
    cover = [0] * len(rest)
    for sp in tspans + hspans + pspans:
        if sp is None:
            continue
        for k in range(*sp):
            if cover[k]:
                E('labelled spans overlap at %r' % rest[sp[0]:sp[0] + 20])
                break
            cover[k] = 1
    # leftovers, split at line boundaries
    runs, cur, curline = [], '', None
    for k in range(len(rest)):
        ln = lineno[keep[k]]
        if cover[k]:
            if cur:
                runs.append(cur)
            cur, curline = '', None
            continue
        if curline is not None and ln != curline and cur:
            runs.append(cur)
            cur = ''
        cur += rest[k]
        curline = ln
    if cur:
        runs.append(cur)
    for r in runs:
        kind = leftover_kind(r)
        if kind is None:
            E('unlabelled text left over: %r' % r[:60])
        elif kind != 'punct':
            info.append('%s: %s' % (kind, r))
    # ---- per speech
    starts = [sp[0] if sp else 0 for sp in tspans] + [len(rest) + 1]
    nsp = len(gold['titles'])
    han = [0] * nsp
    cats = [dict() for _ in range(nsp)]

    def which(sp):
        for i in range(nsp):
            if starts[i] <= sp[0] < starts[i + 1]:
                return i
        return 0

    for h, sp in zip(gold['headings'], hspans):
        if sp:
            han[which(sp)] += len(HAN.findall(h['text']))
    for p, sp in zip(gold['paragraphs'], pspans):
        if sp:
            i = which(sp)
            han[i] += len(HAN.findall(p['text']))
            cats[i][p['category']] = cats[i].get(p['category'], 0) + 1
    for i in range(nsp):
        for c in CORE:
            if cats[i].get(c, 0) < 2:
                E('speech %d: only %d paragraphs of %s' % (i + 1, cats[i].get(c, 0), c))
        for c in ('开场', '结尾'):
            if not cats[i].get(c):
                E('speech %d: no %s paragraph' % (i + 1, c))
        if not 900 <= han[i] <= 1400:
            E('speech %d: Han count %d outside 900-1400' % (i + 1, han[i]))
    return errs, info, han


def main():
    total = 0
    gdir = os.path.join(ROOT, 'gold')
    for g in sorted(os.listdir(gdir)):
        if not g.endswith('.json'):
            continue
        gold = json.load(open(os.path.join(gdir, g), encoding='utf-8'))
        fname = gold.get('file', '?')
        if fname not in ENC:
            print('%s: unknown page %r' % (g, fname))
            total += 1
            continue
        errs, info, han = check(fname, gold)
        total += len(errs)
        print('%-8s %-8s speeches=%d headings=%d paragraphs=%d noise=%d han=%s errors=%d' % (
            fname, ENC[fname], gold.get('speeches', 0), len(gold.get('headings', [])),
            len(gold.get('paragraphs', [])), len(gold.get('noise', [])), han, len(errs)))
        for e in errs:
            print('    ERROR', e)
        for i in info:
            print('    info  leftover', i)
    print('TOTAL ERRORS %d' % total)
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
