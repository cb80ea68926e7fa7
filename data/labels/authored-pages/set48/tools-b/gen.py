#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate pages 06-10 (.html) and gold/NN.json for set48b.

Usage:  python3 tools/gen.py          (from anywhere)

Noise labelling is derived from the page itself: the page is turned into rendered text
lines (tools/pagetext.py); every line that is not part of a speech (title, speaker/date
line, salutation, heading, paragraph - after removing the inline chrome the renderer
injected) and has 4+ characters becomes a noise string, plus the inline chrome spans.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from pagetext import page_lines, norm, FN_MARK, decode_page  # noqa: E402
from speeches import PAGES  # noqa: E402
import page06, page07, page08, page09, page10  # noqa: E402,E401

RENDER = {'06': page06, '07': page07, '08': page08, '09': page09, '10': page10}
ENCODING = {'06': 'gbk', '07': 'utf-8', '08': 'utf-8', '09': 'gbk', '10': 'utf-8'}


def strip_fn(t):
    return re.sub(r'\[\[\d+\]\]', '', t)


def gold_for(nn, speeches):
    titles, heads, paras = [], [], []
    for s in speeches:
        titles.append(s['title'])
        for it in s['body']:
            if it[0] == 'p':
                paras.append({'text': strip_fn(it[2]), 'category': it[1], 'truncated': False})
            elif it[0] == 'h':
                heads.append({'text': it[2].rstrip('。'), 'level': it[1]})
            else:
                heads.append({'text': it[2].rstrip('。'), 'level': it[1]})
                paras.append({'text': strip_fn(it[4]), 'category': it[3], 'truncated': False})
    return titles, heads, paras


def printed_blocks(speeches):
    """every string the speech itself prints on a line (used to tell speech lines from chrome)"""
    out = []
    for s in speeches:
        out.append(s['title'])
        out.extend(s['pre'])
        out.append(s['salute'])
        for it in s['body']:
            if it[0] == 'p':
                out.append(strip_fn(it[2]))
            elif it[0] == 'h':
                out.append(it[2])
            else:
                out.append(it[2] + strip_fn(it[4]))
    return [norm(b) for b in out]


def derive_noise(text, speeches, inline):
    blocks = printed_blocks(speeches)
    inl = sorted({norm(x) for x in inline}, key=len, reverse=True)
    noise = list(inline)
    speech_lines = []
    for line, parts in page_lines(text, chunks=True):
        c = norm(line)
        for x in inl:
            c = c.replace(x, '')
        c = FN_MARK.sub('', c)
        if not c:
            continue
        if any(c in b for b in blocks):
            speech_lines.append(line)
            continue
        # the whole line, and each separately marked-up piece of it (link, span ...)
        for x in [line] + parts:
            if len(x) >= 4 and x not in noise:
                noise.append(x)
    return noise, speech_lines


def main():
    for nn, speeches in PAGES.items():
        html_text, inline = RENDER[nn].render(speeches, strip_fn)
        path = os.path.join(ROOT, nn + '.html')
        with open(path, 'w', encoding=ENCODING[nn], newline='') as f:
            f.write(html_text)
        # re-read the bytes exactly as a consumer would
        with open(path, 'rb') as f:
            text = decode_page(f.read())
        titles, heads, paras = gold_for(nn, speeches)
        noise, speech_lines = derive_noise(text, speeches, inline)
        gold = {'file': nn + '.html', 'speeches': len(speeches), 'titles': titles,
                'headings': heads, 'paragraphs': paras, 'noise': noise}
        with open(os.path.join(ROOT, 'gold', nn + '.json'), 'w', encoding='utf-8', newline='\n') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('%s.html  speeches=%d headings=%d paragraphs=%d noise=%d speech_lines=%d'
              % (nn, len(speeches), len(heads), len(paras), len(noise), len(speech_lines)))


if __name__ == '__main__':
    main()
