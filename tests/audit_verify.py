#!/usr/bin/env python3
"""Checks a Gatehouse audit export (JSON Lines or CSV) without Gatehouse.

Usage: audit_verify.py FILE.jsonl|FILE.csv
Exit 0 and "OK ..." when every entry's hash and every link hold; exit 1 and the first
entry that does not. The encoding is the one docs/audit.md describes.
"""
import csv
import hashlib
import json
import sys

GENESIS = "0" * 64


def field(text):
    data = text.encode("utf-8")
    return str(len(data)).encode("ascii") + b":" + data


def canonical(entry):
    parts = ["gatehouse-audit-1", str(entry["seq"]), str(entry["at"]), entry["action"],
             str(entry["approvalId"]), entry["subject"], entry["actor"], entry["origin"],
             entry["detail"]]
    return b"".join(field(part) for part in parts)


def read(path):
    if path.endswith(".csv"):
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                yield {"seq": int(row["seq"]), "at": int(row["at"]), "action": row["action"],
                       "approvalId": int(row["approval_id"]), "subject": row["subject"],
                       "actor": row["actor"], "origin": row["origin"], "detail": row["detail"],
                       "prevHash": row["prev_hash"], "hash": row["hash"]}
    else:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


def main(path):
    previous = None
    count = 0
    for entry in read(path):
        seq = entry["seq"]
        digest = hashlib.sha256(entry["prevHash"].encode("ascii") + canonical(entry)).hexdigest()
        if digest != entry["hash"]:
            print(f"entry {seq} altered: its fields do not give its hash")
            return 1
        if previous is None:
            if seq == 1 and entry["prevHash"] != GENESIS:
                print("entry 1 altered: it does not start the chain")
                return 1
        else:
            if seq != previous["seq"] + 1:
                print(f"entry {previous['seq'] + 1} missing")
                return 1
            if entry["prevHash"] != previous["hash"]:
                print(f"entry {previous['seq']} altered: entry {seq} recorded another hash")
                return 1
        previous = entry
        count += 1
    if previous is None:
        print("OK 0 entries")
    else:
        print(f"OK {count} entries, last {previous['seq']} {previous['hash']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
