#!/usr/bin/env python3
"""Writes variants of fixture letters, to measure how extraction and its
attention marks hold when the layout shifts the way pdftotext output does.

    tools/letter-variants.py tests/data/letters OUT

For every NAME.txt with NAME.expected.json in the source folder, OUT gets
NAME~VARIANT.txt and a copy of the expectations. Variants:
  reflow      every paragraph on one line
  wrap60      paragraphs re-wrapped at 60 columns
  wrap110     paragraphs re-wrapped at 110 columns
  pagebreaks  a form feed every 23 lines, wherever it falls
  layout      lines indented and label/value pairs joined, like -layout
  squeezed    "not medically" written "notmedically", spaces doubled
  nolabels    header labels dropped (values stay): fields must be marked or empty
"""
import json
import os
import re
import sys
import textwrap


def structural(line):
    """Lines that keep a line of their own in any rendering: headings, labels,
    item headings and numbered items."""
    t = line.strip()
    return (t.isupper() and len(t) > 3) or t.endswith(":") or re.match(r"^\(?\d{1,2}[.)]\s", t) \
        or re.search(r"\b(Upheld|Overturned)\.?$", t) or re.match(r"^[A-Z][\w()/' -]{2,60}:", t)


def paragraphs(text):
    """Runs of body lines to re-wrap; blank and structural lines kept as they are."""
    out, cur = [], []
    for line in text.split("\n"):
        if line.strip() == "" or "\f" in line or structural(line):
            if cur:
                out.append(("p", cur))
                cur = []
            out.append(("b", line))
        else:
            cur.append(line)
    if cur:
        out.append(("p", cur))
    return out


def rewrap(text, width):
    res = []
    for kind, block in paragraphs(text):
        if kind == "b":
            res.append(block)
            continue
        joined = " ".join(l.strip() for l in block)
        res.extend(textwrap.wrap(joined, width) if width else [joined])
    return "\n".join(res)


def pagebreaks(text):
    lines = [l.replace("\f", "") for l in text.split("\n")]
    return "\n".join(("\f" + l) if i and i % 23 == 0 else l for i, l in enumerate(lines))


def layout(text):
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        l = lines[i]
        # "Label:" then a blank then a value: one line, as -layout prints it.
        if re.fullmatch(r"[A-Z][\w ()']{2,40}:", l.strip()) and i + 2 < len(lines) \
                and lines[i + 1].strip() == "" and re.match(r"^[\w/]", lines[i + 2].strip()) \
                and not lines[i + 2].strip().endswith(":"):
            out.append("    " + l.strip().ljust(32) + lines[i + 2].strip())
            i += 3
            continue
        out.append(("    " + l) if l.strip() else l)
        i += 1
    return "\n".join(out)


def squeezed(text):
    text = re.sub(r"not\s+medically", "notmedically", text)
    return re.sub(r"(\w) (\w)", r"\1  \2", text, count=40)


def nolabels(text):
    return re.sub(r"(?m)^(Case Number|Date Assigned|Decision Date|Priority|Date of Injury|UR Denial Date|"
                  r"Application Received|IMR Case Number|Dated|Date of UR Decision|IMR Application Received|"
                  r"MAXIMUS Case Number):[ \t]*", "", text)


VARIANTS = {
    "reflow": lambda t: rewrap(t, 0),
    "wrap60": lambda t: rewrap(t, 60),
    "wrap110": lambda t: rewrap(t, 110),
    "pagebreaks": pagebreaks,
    "layout": layout,
    "squeezed": squeezed,
    "nolabels": nolabels,
}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    n = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        stem = name[:-4]
        expected = os.path.join(src, stem + ".expected.json")
        if not os.path.exists(expected):
            continue
        text = open(os.path.join(src, name), encoding="utf-8").read()
        for variant, make in VARIANTS.items():
            with open(os.path.join(out, f"{stem}~{variant}.txt"), "w", encoding="utf-8") as f:
                f.write(make(text))
            with open(os.path.join(out, f"{stem}~{variant}.expected.json"), "w", encoding="utf-8") as f:
                f.write(open(expected, encoding="utf-8").read())
            n += 1
    print(f"{n} variants in {out}")


if __name__ == "__main__":
    main()
