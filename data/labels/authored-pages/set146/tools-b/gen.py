# -*- coding: utf-8 -*-
"""Build pages NN.txt and gold/NN.json (writer b, pages 06-10) from speeches.py.
usage: python3 gen.py            (writes into the set folder, the parent of tools-b/)"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES, SPEECHES  # noqa: E402

INJ = re.compile(r'⟦(.*?)⟧', re.S)


def strip_inj(t):
    return INJ.sub('', t)


def show_inj(t):
    return INJ.sub(lambda m: m.group(1), t)


def inj_spans(t):
    out = []
    for m in INJ.finditer(t):
        out += [x.strip() for x in m.group(1).split('\n') if x.strip()]
    return out


def wrap(line, width):
    if not width or len(line) <= width:
        return [line]
    return [line[i:i + width] for i in range(0, len(line), width)]


def build(nn):
    """Return (page_text_with_\\n, gold_dict, seq) where seq lists the labelled/unlabelled speech lines in order:
    (kind, text) with kind in title/pre/sal/heading/paragraph."""
    page, speeches = PAGES[nn], SPEECHES[nn]
    st = page['style']
    ind, hind = st.get('indent', ''), st.get('hindent', '')
    width = st.get('wrap')
    trail = st.get('trail', '')
    lines, noise, seq = [], [], []
    gold = {'file': f'{nn}.txt', 'speeches': len(speeches), 'titles': [], 'headings': [], 'paragraphs': [], 'noise': []}

    def add_noise(s):
        s = s.strip()
        if s and s not in noise:
            noise.append(s)

    def body_line(s, is_para=True):
        # s may contain '\n' from injected spans; each physical piece is hard-wrapped if the page wraps
        for piece in s.split('\n'):
            for w in wrap(piece, width):
                lines.append(w + (trail if is_para and trail and w.strip() else ''))

    for item in page['layout']:
        if isinstance(item, str):
            lines.append(item)
            add_noise(item)
        elif item[0] == 'np':
            before = len(lines)
            body_line(ind + item[1], is_para=False)
            for l in lines[before:]:
                add_noise(l)
        elif item[0] == 'speech':
            sp = speeches[item[1]]
            tp = st.get('title_prefix', '')
            lines.append(tp + sp['title'])
            gold['titles'].append(sp['title'])
            seq.append(('title', sp['title']))
            for p in sp['pre']:
                lines.append(tp + p)
                seq.append(('pre', p))
            if sp.get('salutation'):
                lines.append(sp['salutation'])
                seq.append(('sal', sp['salutation']))
            pieces = []  # for one-line pages
            for b in sp['blocks']:
                if b[0] == 'h':
                    _, lvl, t = b
                    gold['headings'].append({'text': t, 'level': lvl})
                    seq.append(('heading', t))
                    phys = (hind if not st.get('oneline') else '') + t
                    if st.get('oneline'):
                        pieces.append(t)
                    else:
                        if st.get('blank'):
                            lines.append('')
                        body_line(phys, is_para=False)
                elif b[0] in ('hr', 'p'):
                    if b[0] == 'hr':
                        _, lvl, head, cat, para = b
                        gold['headings'].append({'text': head, 'level': lvl})
                        seq.append(('heading', head))
                        shown = head + show_inj(para)
                    else:
                        _, cat, para = b
                        shown = show_inj(para)
                    gp = {'text': strip_inj(para), 'category': cat}
                    gold['paragraphs'].append(gp)
                    seq.append(('paragraph', gp['text']))
                    for s in inj_spans(para):
                        add_noise(s)
                    if st.get('oneline'):
                        pieces.append(shown)
                    else:
                        if st.get('blank'):
                            lines.append('')
                        body_line(ind + shown)
                elif b[0] == 'n':
                    if st.get('oneline'):
                        raise ValueError('caption in one-line page')
                    if st.get('blank'):
                        lines.append('')
                    lines.append(b[1])
                    add_noise(b[1])
            if st.get('oneline'):
                lines.append(ind + ind.join(pieces))
    gold['noise'] = noise
    text = '\n'.join(lines) + '\n'
    return text, gold, seq


def write(nn):
    text, gold, _ = build(nn)
    page = PAGES[nn]
    data = text.replace('\n', page['nl']).encode(page['enc'])
    with open(os.path.join(OUT, f'{nn}.txt'), 'wb') as f:
        f.write(data)
    os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
    with open(os.path.join(OUT, 'gold', f'{nn}.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return len(data)


if __name__ == '__main__':
    for nn in sorted(PAGES):
        n = write(nn)
        print(f'{nn}.txt  {PAGES[nn]["enc"]:9s} {"CRLF" if PAGES[nn]["nl"] == chr(13) + chr(10) else "LF  "}  {n} bytes')
