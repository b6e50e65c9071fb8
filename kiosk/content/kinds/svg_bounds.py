"""Where an element of an SVG drawing lies, in the drawing's own units (its viewBox), without Qt.

``kiosk check`` uses it to tell an author that a spot-the-flags area written as ``#id`` falls outside
the picture. It measures what can be measured from the file alone: rect, circle, ellipse, line,
polyline, polygon, path (curves and arcs by their true extremes), image, use and groups of these,
through every ``transform`` attribute (matrix, translate, scale, rotate, skewX, skewY) of the element
and the groups around it. Text (its size depends on the font), lengths in %, em and other units, and
transforms set in CSS cannot be told: ``element_box`` says None and the check stays silent.
The stroke's width is not counted (a slack for it is the caller's).
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

Box = tuple[float, float, float, float]  # left, top, right, bottom
Matrix = tuple[float, float, float, float, float, float]  # a, b, c, d, e, f as SVG writes them

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TRANSFORM = re.compile(r"\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)\s*,?")
_PATH_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
#: elements whose children are not drawn where they stand
_NOT_DRAWN = {"defs", "clipPath", "mask", "symbol", "marker", "pattern", "linearGradient", "radialGradient"}
_PARAMETERS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


class Unknown(Exception):
    """The element's bounds cannot be told from the file alone."""


def element_box(root: ET.Element, element_id: str) -> Box | None:
    """The bounds of the element with ``element_id`` in the root's user units, or None when they cannot
    be told (text, relative units, a missing element)."""
    parents = {child: parent for parent in root.iter() for child in parent}
    ids = {element.get("id"): element for element in root.iter() if element.get("id")}
    element = ids.get(element_id)
    if element is None:
        return None
    matrix = IDENTITY
    ancestor = parents.get(element)
    while ancestor is not None and ancestor is not root:
        matrix = _multiply(_transform(ancestor.get("transform")), matrix)
        ancestor = parents.get(ancestor)
    try:
        return _bounds(element, matrix, ids, depth=0)
    except (Unknown, ValueError, ZeroDivisionError):
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _bounds(element: ET.Element, outer: Matrix, ids: dict[str | None, ET.Element], depth: int) -> Box | None:
    """The element's bounds drawn through ``outer`` and its own transform; None when it draws nothing."""
    if depth > 32:
        raise Unknown
    matrix = _multiply(outer, _transform(element.get("transform")))
    tag = _local(element.tag)
    points: list[tuple[float, float]]
    if tag in ("g", "a", "switch"):
        boxes = [
            _bounds(child, matrix, ids, depth + 1) for child in element if _local(child.tag) not in _NOT_DRAWN
        ]
        return _union([box for box in boxes if box is not None])
    if tag == "use":
        target = ids.get((element.get("href") or element.get("{http://www.w3.org/1999/xlink}href") or "")[1:])
        if target is None:
            return None
        shift = _multiply(matrix, (1, 0, 0, 1, _length(element, "x"), _length(element, "y")))
        return _bounds(target, shift, ids, depth + 1)
    if tag in ("rect", "image"):
        x, y, w, h = (_length(element, name) for name in ("x", "y", "width", "height"))
        points = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
    elif tag in ("circle", "ellipse"):
        cx, cy = _length(element, "cx"), _length(element, "cy")
        rx = _length(element, "r" if tag == "circle" else "rx")
        ry = rx if tag == "circle" else _length(element, "ry")
        return _ellipse_box(cx, cy, rx, ry, 0.0, 0.0, 2 * math.pi, matrix)
    elif tag == "line":
        points = [
            (_length(element, "x1"), _length(element, "y1")),
            (_length(element, "x2"), _length(element, "y2")),
        ]
    elif tag in ("polyline", "polygon"):
        numbers = [float(n) for n in _NUMBER.findall(element.get("points") or "")]
        points = list(zip(numbers[::2], numbers[1::2], strict=False))
    elif tag == "path":
        return _path_box(element.get("d") or "", matrix)
    else:
        raise Unknown  # text, foreignObject, a nested svg...
    return _union([_point_box(_apply(matrix, p)) for p in points]) if points else None


def _length(element: ET.Element, name: str) -> float:
    value = (element.get(name) or "0").strip()
    if value.endswith("px"):
        value = value[:-2]
    if not _NUMBER.fullmatch(value):
        raise Unknown  # %, em, mm...: depends on what the file does not say
    return float(value)


def _transform(text: str | None) -> Matrix:
    matrix = IDENTITY
    if not text or not text.strip():
        return matrix
    position = 0
    while position < len(text):
        found = _TRANSFORM.match(text, position)
        if found is None:
            if text[position:].strip():
                raise Unknown
            break
        position = found.end()
        name, args = found.group(1), [float(n) for n in _NUMBER.findall(found.group(2))]
        matrix = _multiply(matrix, _function(name, args))
    return matrix


def _function(name: str, args: list[float]) -> Matrix:
    if name == "matrix" and len(args) == 6:
        return (args[0], args[1], args[2], args[3], args[4], args[5])
    if name == "translate" and len(args) in (1, 2):
        return (1, 0, 0, 1, args[0], args[1] if len(args) == 2 else 0.0)
    if name == "scale" and len(args) in (1, 2):
        return (args[0], 0, 0, args[1] if len(args) == 2 else args[0], 0, 0)
    if name == "rotate" and len(args) in (1, 3):
        a = math.radians(args[0])
        turn: Matrix = (math.cos(a), math.sin(a), -math.sin(a), math.cos(a), 0, 0)
        if len(args) == 1:
            return turn
        cx, cy = args[1], args[2]
        return _multiply(_multiply((1, 0, 0, 1, cx, cy), turn), (1, 0, 0, 1, -cx, -cy))
    if name == "skewX" and len(args) == 1:
        return (1, 0, math.tan(math.radians(args[0])), 1, 0, 0)
    if name == "skewY" and len(args) == 1:
        return (1, math.tan(math.radians(args[0])), 0, 1, 0, 0)
    raise Unknown


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n applied to a point is n first: the SVG order (``transform="A B"`` is A x B)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f)


def _apply(m: Matrix, point: tuple[float, float]) -> tuple[float, float]:
    x, y = point
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _point_box(point: tuple[float, float]) -> Box:
    return (point[0], point[1], point[0], point[1])


def _union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _path_box(d: str, matrix: Matrix) -> Box | None:
    """A path's bounds: each segment drawn through ``matrix`` (curves at their true extremes)."""
    tokens = _PATH_TOKEN.findall(d)
    boxes: list[Box] = []
    x = y = start_x = start_y = 0.0
    last_control: tuple[str, tuple[float, float]] | None = None  # ("C" or "Q", the last control point)
    command = ""
    index = 0
    while index < len(tokens):
        if tokens[index].isalpha():
            command = tokens[index]
            index += 1
            if command in "Zz":
                x, y = start_x, start_y
                last_control = None
                continue
        elif not command or command in "Zz":
            raise Unknown
        upper = command.upper()
        count = _PARAMETERS[upper]
        args = [float(t) for t in tokens[index : index + count]]
        if len(args) < count:
            raise Unknown
        index += count
        ox, oy = (x, y) if command.islower() else (0.0, 0.0)

        def at(px: float, py: float, ox: float = ox, oy: float = oy) -> tuple[float, float]:
            return (ox + px, oy + py)

        if upper == "M":
            x, y = at(*args)
            start_x, start_y = x, y
            boxes.append(_point_box(_apply(matrix, (x, y))))
            command = "l" if command.islower() else "L"  # pairs after a move are lines
            last_control = None
            continue
        if upper in ("L", "H", "V", "T"):
            if upper == "H":
                end = (ox + args[0], y)
            elif upper == "V":
                end = (x, oy + args[0])
            else:
                end = at(*args)
            if upper == "T":
                control = _reflect(last_control, "Q", x, y)
                boxes.append(_bezier_box([(x, y), control, end], matrix))
                last_control = ("Q", control)
            else:
                boxes.append(_bezier_box([(x, y), end], matrix))
                last_control = None
        elif upper in ("C", "S"):
            if upper == "C":
                first, second, end = at(args[0], args[1]), at(args[2], args[3]), at(args[4], args[5])
            else:
                first = _reflect(last_control, "C", x, y)
                second, end = at(args[0], args[1]), at(args[2], args[3])
            boxes.append(_bezier_box([(x, y), first, second, end], matrix))
            last_control = ("C", second)
        elif upper == "Q":
            control, end = at(args[0], args[1]), at(args[2], args[3])
            boxes.append(_bezier_box([(x, y), control, end], matrix))
            last_control = ("Q", control)
        else:  # A
            end = at(args[5], args[6])
            boxes.append(
                _arc_box((x, y), args[0], args[1], args[2], bool(args[3]), bool(args[4]), end, matrix)
            )
            last_control = None
        x, y = end
    return _union(boxes)


def _reflect(
    last: tuple[str, tuple[float, float]] | None, kind: str, x: float, y: float
) -> tuple[float, float]:
    # A smooth curve's first control point mirrors the last curve's of its kind; else it is the current point.
    if last is None or last[0] != kind:
        return (x, y)
    return (2 * x - last[1][0], 2 * y - last[1][1])


def _bezier_box(points: list[tuple[float, float]], matrix: Matrix) -> Box:
    """A line or a quadratic or cubic Bezier curve's bounds, drawn through ``matrix`` (an affine map
    keeps a Bezier curve one: map its points, then find the extremes)."""
    mapped = [_apply(matrix, p) for p in points]
    ts = [0.0, 1.0]
    for axis in (0, 1):
        values = [p[axis] for p in mapped]
        if len(values) == 3:
            p0, p1, p2 = values
            denominator = p0 - 2 * p1 + p2
            if denominator:
                ts.append((p0 - p1) / denominator)
        elif len(values) == 4:
            p0, p1, p2, p3 = values
            a = -p0 + 3 * p1 - 3 * p2 + p3
            b = 2 * (p0 - 2 * p1 + p2)
            c = p1 - p0
            if abs(a) < 1e-12:
                if b:
                    ts.append(-c / b)
            else:
                root = b * b - 4 * a * c
                if root >= 0:
                    ts += [(-b + math.sqrt(root)) / (2 * a), (-b - math.sqrt(root)) / (2 * a)]
    found = [_bezier_at(mapped, t) for t in ts if 0.0 <= t <= 1.0]
    return _union([_point_box(p) for p in found]) or _point_box(mapped[0])


def _bezier_at(points: list[tuple[float, float]], t: float) -> tuple[float, float]:
    while len(points) > 1:
        points = [
            (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
            for a, b in zip(points, points[1:], strict=False)
        ]
    return points[0]


def _arc_box(
    start: tuple[float, float],
    rx: float,
    ry: float,
    rotation: float,
    large: bool,
    sweep: bool,
    end: tuple[float, float],
    matrix: Matrix,
) -> Box:
    """An elliptical arc's bounds (SVG's endpoint form turned into its centre form, per the SVG spec's
    implementation notes), drawn through ``matrix``."""
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0 or start == end:
        return _bezier_box([start, end], matrix)
    phi = math.radians(rotation % 360)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    dx, dy = (start[0] - end[0]) / 2, (start[1] - end[1]) / 2
    x1 = cos_phi * dx + sin_phi * dy
    y1 = -sin_phi * dx + cos_phi * dy
    scale = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry)
    if scale > 1:  # radii too small to join the points: scaled up, as SVG says
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1
    denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1
    factor = math.sqrt(max(0.0, numerator / denominator)) * (-1 if large == sweep else 1)
    cx1, cy1 = factor * rx * y1 / ry, -factor * ry * x1 / rx
    cx = cos_phi * cx1 - sin_phi * cy1 + (start[0] + end[0]) / 2
    cy = sin_phi * cx1 + cos_phi * cy1 + (start[1] + end[1]) / 2
    theta1 = math.atan2((y1 - cy1) / ry, (x1 - cx1) / rx)
    theta2 = math.atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx)
    delta = theta2 - theta1
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    return _ellipse_box(cx, cy, rx, ry, phi, theta1, delta, matrix)


def _ellipse_box(
    cx: float, cy: float, rx: float, ry: float, phi: float, theta: float, delta: float, matrix: Matrix
) -> Box:
    """The bounds of the part of an ellipse from angle ``theta`` turning ``delta``, through ``matrix``:
    the ellipse mapped is an ellipse, x(t) = X0 + Xc cos t + Xs sin t; its extremes are where
    tan t = Xs / Xc, kept when they fall inside the arc."""
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    # the point at angle t, before the matrix: centre + rx cos t (cos phi, sin phi) + ry sin t (-sin phi, cos phi)
    a, b, c, d, e, f = matrix
    x0, y0 = _apply(matrix, (cx, cy))
    xc = a * rx * cos_phi + c * rx * sin_phi
    xs = -a * ry * sin_phi + c * ry * cos_phi
    yc = b * rx * cos_phi + d * rx * sin_phi
    ys = -b * ry * sin_phi + d * ry * cos_phi
    angles = [theta, theta + delta]
    for cos_part, sin_part in ((xc, xs), (yc, ys)):
        base = math.atan2(sin_part, cos_part)
        for k in range(-4, 5):
            t = base + k * math.pi
            if _within(t, theta, delta):
                angles.append(t)
    points = [
        (x0 + xc * math.cos(t) + xs * math.sin(t), y0 + yc * math.cos(t) + ys * math.sin(t)) for t in angles
    ]
    return _union([_point_box(p) for p in points])  # type: ignore[return-value]


def _within(t: float, theta: float, delta: float) -> bool:
    low, high = (theta, theta + delta) if delta >= 0 else (theta + delta, theta)
    return low - 1e-9 <= t <= high + 1e-9
