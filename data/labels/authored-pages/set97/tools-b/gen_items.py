# -*- coding: utf-8 -*-
"""Item constructors shared by gen.py and the page lists p06.py … p10.py."""


def N(s):
    return ("N", s)


def T(s):
    return ("T", s)


def H(lv, s):
    return ("H", lv, s)


def P(cat, s, **kw):
    return ("P", cat, s, kw)


def R(s=""):
    return ("R", s)
