#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate pages 06-10 and gold/NN.json of set48b.

Checks (E = error, W = warning):
  E  gold JSON shape: keys, file exists, speeches == len(titles), heading levels 1-3,
     category keys, truncated is bool, noise strings 4+ chars and unique
  E  every noise string occurs in its page (decoded source, or rendered text modulo whitespace)
  E  no noise string (NFKC, whitespace removed) occurs inside a gold title/heading/paragraph
  E  every gold title/heading/paragraph occurs in the rendered page text once all noise
     strings and footnote markers [n] are removed (modulo whitespace), in reading order
  E  headings carry no closing 。
  E  per speech (from tools/speeches.py): 700-1300 Han characters in title+headings+paragraphs;
     a full speech has >= 2 paragraphs each of 形势分析, 隐患排查, 责任落实; gold agrees with it
  W  coverage: every rendered line of 4+ characters is speech text or is removed by the noise list
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from pagetext import page_lines, norm, FN_MARK, decode_page, han_count  # noqa: E402

CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
PAGES = ['06', '07', '08', '09', '10']
EXT = {'06': '.html', '07': '.html', '08': '.html', '09': '.html', '10': '.html'}


def check_page(nn, errors, warnings):
    def E(msg):
        errors.append('%s: %s' % (nn, msg))

    def W(msg):
        warnings.append('%s: %s' % (nn, msg))

    gpath = os.path.join(ROOT, 'gold', nn + '.json')
    if not os.path.exists(gpath):
        E('missing gold file')
        return
    g = json.load(open(gpath, encoding='utf-8'))
    for k in ('file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'):
        if k not in g:
            E('gold lacks key %r' % k)
            return
    if g['file'] != nn + EXT[nn]:
        E('file name %r' % g['file'])
    ppath = os.path.join(ROOT, g['file'])
    if not os.path.exists(ppath):
        E('page %s missing' % g['file'])
        return
    raw = open(ppath, 'rb').read()
    src = decode_page(raw)
    lines = page_lines(src)
    flat = ''.join(lines)
    nflat = norm(flat)
    nsrc = norm(src)

    if g['speeches'] != len(g['titles']):
        E('speeches=%d but %d titles' % (g['speeches'], len(g['titles'])))
    for h in g['headings']:
        if h.get('level') not in (1, 2, 3):
            E('bad heading level %r' % h)
        if h['text'].endswith('。'):
            E('heading ends with 。: %s' % h['text'])
    for p in g['paragraphs']:
        if p.get('category') not in CATS:
            E('bad category %r in %s' % (p.get('category'), p['text'][:20]))
        if not isinstance(p.get('truncated'), bool):
            E('truncated not bool in %s' % p['text'][:20])

    # noise strings
    seen = set()
    for n in g['noise']:
        if n in seen:
            E('duplicate noise %r' % n)
        seen.add(n)
        if len(n) < 4:
            E('noise shorter than 4 chars %r' % n)
        if n != n.strip():
            E('noise not stripped %r' % n)
        if n not in src and norm(n) not in nflat and norm(n) not in nsrc:
            E('noise not in page: %r' % n)
    gold_texts = [('title', t) for t in g['titles']] + \
                 [('heading', h['text']) for h in g['headings']] + \
                 [('paragraph', p['text']) for p in g['paragraphs']]
    for n in g['noise']:
        nn_ = norm(n)
        for kind, t in gold_texts:
            if nn_ in norm(t):
                E('noise %r occurs inside gold %s %r' % (n, kind, t[:30]))

    # gold text present in chrome-free page text, in order
    clean = nflat
    for n in sorted({norm(x) for x in g['noise']}, key=len, reverse=True):
        clean = clean.replace(n, '')
    clean = FN_MARK.sub('', clean)
    pos = 0
    for kind, t in gold_texts:
        if norm(t) not in clean:
            E('gold %s not found in page: %r' % (kind, t[:40]))
    # reading order: titles/headings/paragraphs interleaved as printed
    order_items = []
    for kind, t in gold_texts:
        i = clean.find(norm(t))
        order_items.append((i, kind, t))
    for kind in ('heading', 'paragraph'):
        last = -1
        for i, k, t in order_items:
            if k != kind or i < 0:
                continue
            if i < last:
                E('%s out of order: %r' % (kind, t[:30]))
            last = i

    # coverage of rendered lines
    # a closing 。 is dropped from gold headings, so compare without 。
    speech_norm = [norm(t).replace('。', '') for _, t in gold_texts]
    extra = []
    try:
        import speeches as SP
        for s in SP.PAGES.get(nn, []):
            extra += [norm(x).replace('。', '') for x in s['pre'] + [s['salute']]]
    except Exception:
        pass
    noise_norm = sorted({norm(x) for x in g['noise']}, key=len, reverse=True)
    for line in lines:
        c = norm(line)
        for n in noise_norm:
            c = c.replace(n, '')
        c = FN_MARK.sub('', c).replace('。', '')
        if len(c) < 4:
            continue
        if any(c in t for t in speech_norm + extra):
            continue
        # run-in heading: heading text followed by (the start of) a paragraph on one line
        heads_n = [norm(h['text']) for h in g['headings']]
        paras_n = [norm(p['text']).replace('。', '') for p in g['paragraphs']]
        if any(c.startswith(h) and any(p.startswith(c[len(h):]) for p in paras_n) for h in heads_n):
            continue
        W('rendered line neither speech nor noise: %r' % line[:60])
    return g


def check_speeches(nn, g, errors):
    import speeches as SP

    def E(msg):
        errors.append('%s: %s' % (nn, msg))

    sp = SP.PAGES[nn]
    hi = pi = 0
    for s in sp:
        heads = [it for it in s['body'] if it[0] in ('h', 'hr')]
        paras = [(it[1], it[2]) if it[0] == 'p' else (it[3], it[4]) for it in s['body'] if it[0] in ('p', 'hr')]
        gh = g['headings'][hi:hi + len(heads)]
        gp = g['paragraphs'][pi:pi + len(paras)]
        hi += len(heads)
        pi += len(paras)
        if [h['text'] for h in gh] != [it[2].rstrip('。') for it in heads]:
            E('gold headings differ from speeches.py for %s' % s['title'])
        if [p['category'] for p in gp] != [c for c, _ in paras]:
            E('gold categories differ from speeches.py for %s' % s['title'])
        text = s['title'] + ''.join(h['text'] for h in gh) + ''.join(p['text'] for p in gp)
        n = han_count(text)
        if not 700 <= n <= 1300:
            E('%s: %d Han characters (want 700-1300)' % (s['title'], n))
        truncated = any(p['truncated'] for p in gp)
        if not truncated:
            for cat in ('形势分析', '隐患排查', '责任落实'):
                k = sum(1 for p in gp if p['category'] == cat)
                if k < 2:
                    E('%s: only %d %s paragraphs' % (s['title'], k, cat))
        print('  %s | %s | %d Han chars, %d headings, %d paragraphs'
              % (nn, s['title'], n, len(gh), len(gp)))
    if hi != len(g['headings']) or pi != len(g['paragraphs']):
        E('gold has more headings/paragraphs than speeches.py')


def main():
    errors, warnings = [], []
    for nn in PAGES:
        g = check_page(nn, errors, warnings)
        if g:
            check_speeches(nn, g, errors)
    for w in warnings:
        print('WARN', w)
    for e in errors:
        print('ERROR', e)
    print('%d error(s), %d warning(s)' % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
