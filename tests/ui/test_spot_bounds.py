"""The plain-Python measure of an SVG element (``kiosk check``) agrees with what the spot widget measures
with Qt (``QSvgRenderer.boundsOnElement`` through its parents' transforms), shape by shape."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtSvg import QSvgRenderer

from kiosk.content.kinds.svg_bounds import element_box

DRAWING = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 600 400">
<defs><rect id="proto" width="30" height="20"/></defs>
<rect id="r" x="10" y="20" width="100" height="50"/>
<g transform="translate(50,60) scale(2)"><rect id="rg" x="10" y="10" width="20" height="10" transform="rotate(30 20 15)"/></g>
<circle id="c" cx="300" cy="200" r="40"/>
<ellipse id="e" cx="400" cy="100" rx="60" ry="20" transform="rotate(45 400 100)"/>
<line id="l" x1="10" y1="390" x2="200" y2="300"/>
<polygon id="pg" points="500,300 550,350 520,390"/>
<polyline id="pl" points="100 100, 150 120 130 180" transform="matrix(1 0.2 0 1 5 5)"/>
<path id="p" d="M 100 250 C 100 150 250 150 250 250 S 400 350 400 250"/>
<path id="q" d="m 420 300 q 40 -80 80 0 t 60 0"/>
<path id="a" d="M 200 350 A 50 30 20 1 1 300 350 Z"/>
<path id="hv" d="M10 10 h 50 v 30 H 5 V 5 z" transform="skewX(20)"/>
<use id="u" href="#proto" x="500" y="20"/>
<g id="grp"><rect x="460" y="150" width="10" height="10"/><circle cx="580" cy="220" r="5"/></g>
</svg>"""
IDS = ["r", "rg", "c", "e", "l", "pg", "pl", "p", "q", "a", "hv", "u", "grp"]


@pytest.mark.parametrize("element", IDS)
def test_check_measures_an_element_where_the_widget_puts_it(qapp, tmp_path: Path, element: str) -> None:  # noqa: ANN001
    path = tmp_path / "shapes.svg"
    path.write_text(DRAWING, encoding="utf-8")
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    qt = renderer.transformForElement(element).mapRect(renderer.boundsOnElement(element))
    ours = element_box(ET.fromstring(DRAWING), element)
    assert ours is not None
    assert ours == pytest.approx((qt.left(), qt.top(), qt.right(), qt.bottom()), abs=0.05)
