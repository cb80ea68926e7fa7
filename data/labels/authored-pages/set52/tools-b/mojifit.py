# -*- coding: utf-8 -*-
"""Helper used while writing 08: pick among [a|b|...] alternatives so that a line survives
utf-8 -> gbk -> utf-8 mojibake round trip losslessly (DP over the dangling GBK lead byte)."""
import re, sys
from functools import lru_cache

@lru_cache(maxsize=None)
def pair_ok(a, b):
    try:
        return bytes([a, b]).decode('gbk').encode('gbk') == bytes([a, b])
    except Exception:
        return False

def feed(state, bs):
    for x in bs:
        if state is None:
            if x < 0x80:
                continue
            state = x
        else:
            if not pair_ok(state, x):
                return 'X'
            state = None
    return state

def parse(line):
    line = re.sub(r'~(.)', r'[|\1]', line)
    parts = []
    for m in re.finditer(r'\[([^\]]*)\]|([^\[]+)', line):
        parts.append(m.group(1).split('|') if m.group(1) is not None else [m.group(2)])
    return parts

def solve(line):
    parts = parse(line)
    best = {None: (0, '')}
    for i, alts in enumerate(parts):
        nb = {}
        for st, (cost, txt) in best.items():
            for k, a in enumerate(alts):
                ns = feed(st, a.encode('utf-8'))
                if ns == 'X':
                    continue
                c = cost + k
                if ns not in nb or nb[ns][0] > c:
                    nb[ns] = (c, txt + a)
        if not nb:
            return None, 'states %s before %r; ok so far: %s' % (sorted(str(k) for k in best), alts, list(best.values())[0][1][-12:])
        best = nb
    if None in best:
        return best[None][1], None
    return None, 'END'

def ok(x):
    try:
        return x.encode('utf-8').decode('gbk').encode('gbk').decode('utf-8') == x
    except Exception:
        return False

if __name__ == '__main__':
    for line in open(sys.argv[1], encoding='utf-8').read().split('\n'):
        if not line.strip():
            continue
        r, where = solve(line)
        if r is None:
            print('FAIL', where, '|', line[:20])
        else:
            assert ok(r), r
            print('OK  ', r)

def charbad(ch, nxt='安', prv='安'):
    """which parities ch fails at: 'E' even (starts at even byte offset), 'O' odd"""
    b = ch.encode('utf-8'); pb = prv.encode('utf-8'); nb = nxt.encode('utf-8')
    r = ''
    if len(b) == 3:
        if not (pair_ok(b[0], b[1]) and (nb[0] < 0x80 or pair_ok(b[2], nb[0]))): r += 'E'
        if not (pair_ok(pb[-1], b[0]) and pair_ok(b[1], b[2])): r += 'O'
    return r
