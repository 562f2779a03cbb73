#!/usr/bin/env python3
"""Lists the messages in translations/*.ts that still await a translation, and fills them in.

  scripts/translations-todo.py                   list what is unfinished (exit 1 if anything is)
  scripts/translations-todo.py --json > todo.json  the same as a JSON template to fill in
  scripts/translations-todo.py --apply todo.json   write the filled-in translations

Run it after `cmake --build build --target update_translations` (lupdate) has added the new
tr() strings. In todo.json, give each entry's "translation" (a string, or for a message with
numerus "yes" a list of the plural forms: German, English and French take two, the second for
2 and more; French uses the first for 0 and 1) and run --apply. Entries left empty are skipped.
--apply rewrites only the <translation> elements it fills (and drops their
type="unfinished"); everything else in the file stays byte for byte, so the diff shows
exactly what was translated. It refuses a translation whose placeholders (%1, %L2, %n)
differ from the source's. tests/tst_translations checks the same rules in ctest.
"""
import argparse
import json
import pathlib
import re
import sys
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_FILES = sorted((ROOT / "translations").glob("gatehouse_*.ts"))

CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE_RE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
TRANSLATION_RE = re.compile(r"<translation( type=\"unfinished\")?>(.*?)</translation>", re.S)
PLACEHOLDER_RE = re.compile(r"%L?\d+|%n")
ENTITIES = {"&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&"}


def unescape(text):
    return re.sub(r"&(lt|gt|quot|apos|amp);", lambda m: ENTITIES[m.group(0)], text)


def escape_ts(text):
    # As lupdate writes it: quotes and apostrophes as entities too.
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def name(path):
    """The file as the JSON template names it: relative to the repository where it can be."""
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def placeholders(text):
    # A set: a translation may name one twice ("%n von %n Quelle").
    return set(PLACEHOLDER_RE.findall(text))


def messages(path):
    """Yields (context, source, comment, numerus, translation match, absolute span)."""
    text = path.read_text(encoding="utf-8")
    for context in CONTEXT_RE.finditer(text):
        name = unescape(context.group(1))
        body_start = context.start(2)
        for message in MESSAGE_RE.finditer(context.group(2)):
            body = message.group(2)
            source = re.search(r"<source>(.*?)</source>", body, re.S)
            comment = re.search(r"<comment>(.*?)</comment>", body, re.S)
            location = re.search(r'<location filename="([^"]*)" line="(\d+)"/>', body)
            translation = TRANSLATION_RE.search(body)
            offset = body_start + message.start(2)
            forms = re.findall(r"<numerusform>(.*?)</numerusform>", translation.group(2), re.S)
            yield {
                "context": name,
                "source": unescape(source.group(1)),
                "comment": unescape(comment.group(1)) if comment else "",
                "numerus": bool(message.group(1)),
                "location": f"{location.group(1).lstrip('./')}:{location.group(2)}" if location else "",
                "unfinished": bool(translation.group(1)),
                # What lupdate suggested (the translation of the same source elsewhere).
                "current": ([unescape(f) for f in forms] + ["", ""])[:2] if message.group(1)
                else unescape(translation.group(2)),
                "span": (offset + translation.start(), offset + translation.end()),
                "indent": body[: translation.start()].rsplit("\n", 1)[-1],
            }


def listing(files, as_json):
    todo = []
    for path in files:
        for m in messages(path):
            if m["unfinished"]:
                todo.append({
                    "file": name(path),
                    "context": m["context"],
                    "location": m["location"],
                    "comment": m["comment"],
                    "numerus": m["numerus"],
                    "source": m["source"],
                    "translation": m["current"],
                })
    if as_json:
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for t in todo:
            kind = " (plural)" if t["numerus"] else ""
            note = f"  [{t['comment']}]" if t["comment"] else ""
            print(f"{t['file']}  {t['context']}  {t['location']}{kind}{note}\n    {t['source']!r}")
        print(f"{len(todo)} unfinished", file=sys.stderr)
    return 1 if todo else 0


def translation_element(entry, indent):
    forms = entry["translation"]
    if not entry["numerus"]:
        return f"<translation>{escape_ts(forms)}</translation>"
    inner = "".join(f"{indent}    <numerusform>{escape_ts(f)}</numerusform>\n" for f in forms)
    return f"<translation>\n{inner}{indent}</translation>"


def check(entry):
    """What is wrong with a filled-in entry, or None."""
    forms = entry["translation"] if entry["numerus"] else [entry["translation"]]
    if entry["numerus"] and (not isinstance(forms, list) or len(forms) != 2):
        return "a plural message needs a list of two forms"
    for form in forms:
        if not isinstance(form, str) or not form:
            return "a form is empty"
        want = placeholders(entry["source"])
        got = placeholders(form)
        if got != want:
            return f"placeholders {sorted(got)} differ from the source's {sorted(want)}"
    return None


def apply(files, template):
    entries = json.loads(pathlib.Path(template).read_text(encoding="utf-8"))
    wanted = {}
    failed = False
    for e in entries:
        filled = e["translation"] if not e["numerus"] else [f for f in e["translation"] if f]
        if not filled:
            continue
        problem = check(e)
        if problem:
            print(f"{e['file']} {e['context']} {e['source']!r}: {problem}", file=sys.stderr)
            failed = True
            continue
        wanted[(e["file"], e["context"], e["source"], e["comment"])] = e
    if failed:
        return 2
    for path in files:
        rel = name(path)
        text = path.read_text(encoding="utf-8")
        edits = []
        for m in messages(path):
            e = wanted.pop((rel, m["context"], m["source"], m["comment"]), None)
            if e is not None and m["unfinished"]:
                edits.append((m["span"], translation_element(e, m["indent"])))
        for (start, end), replacement in reversed(edits):
            text = text[:start] + replacement + text[end:]
        if edits:
            path.write_text(text, encoding="utf-8")
            print(f"{rel}: {len(edits)} translated")
    for key in wanted:
        print(f"not found or already finished: {key}", file=sys.stderr)
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=pathlib.Path, help="the .ts files (default: all)")
    parser.add_argument("--json", action="store_true", help="print a JSON template to fill in")
    parser.add_argument("--apply", metavar="TEMPLATE", help="write the filled-in JSON template")
    args = parser.parse_args()
    files = [p.resolve() for p in args.files] or DEFAULT_FILES
    if args.apply:
        return apply(files, args.apply)
    return listing(files, args.json)


if __name__ == "__main__":
    sys.exit(main())
