#!/usr/bin/env python3
"""How well the attention marks cover the extractor's errors.

    tools/calibration.py EXPORT.jsonl EXPECTED_DIR [--verbose]

EXPORT.jsonl is `imr-workbench --export-json`. EXPECTED_DIR holds either the
fixtures' NAME.expected.json ({"fields": {col: {"value": ...}}, "items": [...]})
or gold labels in the corpus format ({"file": ..., col: value, "items": [...]}),
matched by file stem (a variant NAME~X is matched to its own copy).

A compared field is an error when its value differs from the expectation; it
is marked when the export says "attention": true. Prints
errors marked / errors and fields marked / fields, over the compared fields.
"""
import json
import os
import sys


def norm(v):
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join(str(x) for x in v)
    return str(v)


def load_expected(path):
    d = json.load(open(path, encoding="utf-8"))
    if "fields" in d:  # fixture format
        letter = {k: norm(v.get("value")) for k, v in d["fields"].items()}
        items = [{k: norm(v.get("value")) for k, v in it.items()} for it in d.get("items", [])]
        return letter, items, False
    letter = {k: norm(v) for k, v in d.items() if k not in ("file", "items")}
    items = [{k: norm(v) for k, v in it.items() if k != "item_number"} for it in d.get("items", [])]
    return letter, items, True


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    if len(args) != 2:
        sys.exit(__doc__)
    export, expected_dir = args
    expected = {}
    for name in os.listdir(expected_dir):
        if name.endswith(".expected.json"):
            expected[name[: -len(".expected.json")]] = os.path.join(expected_dir, name)
        elif name.endswith(".json"):
            expected[name[: -len(".json")]] = os.path.join(expected_dir, name)
    fields = marked = errors = errors_marked = letters = 0
    for line in open(export, encoding="utf-8"):
        rec = json.loads(line)
        stem = os.path.splitext(os.path.basename(rec["file"]))[0]
        if stem not in expected:
            continue
        letters += 1
        letter, items, gold = load_expected(expected[stem])

        def compare(where, exp, got):
            nonlocal fields, marked, errors, errors_marked
            for col, want in exp.items():
                if col not in got:
                    continue
                f = got[col]
                fields += 1
                marked += bool(f["attention"])
                if norm(f["value"]) != want:
                    errors += 1
                    errors_marked += bool(f["attention"])
                    if verbose:
                        flag = "marked  " if f["attention"] else "UNMARKED"
                        print(f"{flag} {rec['file']} {where}{col}: got {f['value']!r}, want {want!r}")

        compare("", letter, rec["fields"])
        for i, exp in enumerate(items):
            got = rec["items"][i]["fields"] if i < len(rec["items"]) else {}
            if i >= len(rec["items"]):
                errors += 1  # a missing item is an error nobody can see
                if verbose:
                    print(f"UNMARKED {rec['file']} item {i + 1} missing")
                continue
            compare(f"item {i + 1}: ", exp, got)
        if len(rec["items"]) > len(items) and verbose:
            print(f"extra    {rec['file']}: {len(rec['items']) - len(items)} extra item(s)")
    pct = lambda a, b: f"{100.0 * a / b:.1f}%" if b else "n/a"
    print(f"letters {letters}")
    print(f"errors marked / errors: {errors_marked} / {errors} ({pct(errors_marked, errors)})")
    print(f"fields marked / fields: {marked} / {fields} ({pct(marked, fields)})")


if __name__ == "__main__":
    main()
