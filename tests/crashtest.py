#!/usr/bin/env python3
"""Crash test: floods the headless receiver from several concurrent clients, kills it
with SIGKILL at random moments (during ingest and during delivery), restarts it on
the same database, and checks the promises of DESIGN.md:

- every webhook that got a 2xx is there after the restart;
- no approval is half written (each has its 'received' timeline entry, the database
  passes its integrity check);
- every decision that got a 2xx is delivered at least once after the restart.

Usage: crashtest.py PATH_TO_GATEHOUSE [rounds]
"""
import http.server
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

TOKEN = "crash-test-token"
HOOK_SECRET = "crash-test-webhook-secret"


class CallbackTarget:
    """A slow callback target that records every decision it receives."""

    def __init__(self, delay):
        self.delay = delay
        self.received = []
        self.lock = threading.Lock()
        target = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                time.sleep(target.delay)
                with target.lock:
                    target.received.append(json.loads(body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def ids(self):
        with self.lock:
            return {d["id"] for d in self.received}


class Gatehouse:
    def __init__(self, binary, workdir):
        self.binary = binary
        self.workdir = workdir
        self.process = None
        self.port = None

    def start(self):
        # The fake callback target listens on loopback, which is refused unless allowed.
        env = dict(os.environ, GATEHOUSE_OPERATOR_TOKEN=TOKEN, GATEHOUSE_SECRET_GENERIC=HOOK_SECRET,
                   GATEHOUSE_DELIVERY_ALLOW="127.0.0.0/8,::1",
                   XDG_CONFIG_HOME=os.path.join(self.workdir, "config"))
        self.process = subprocess.Popen(
            [self.binary, "--headless", "--port", "0", "--db", self.db(),
             "--key-file", os.path.join(self.workdir, "vault.key")],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        deadline = time.time() + 20
        while time.time() < deadline:
            line = self.process.stdout.readline()
            match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
            if match:
                self.port = int(match.group(1))
                threading.Thread(target=self.process.stdout.read, daemon=True).start()
                return
        raise RuntimeError("gatehouse did not start")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=20)

    def db(self):
        return os.path.join(self.workdir, "gatehouse.sqlite")

    def request(self, method, path, body=None, timeout=10):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method)
        req.add_header("Content-Type", "application/json")
        secret = HOOK_SECRET if path.startswith("/hooks/") else TOKEN
        req.add_header("Authorization", "Bearer " + secret)
        with urllib.request.urlopen(req, timeout=timeout) as reply:
            return reply.status, json.loads(reply.read() or b"{}")

    def all_approvals(self):
        approvals, offset = [], 0
        while True:
            _, page = self.request("GET", f"/api/approvals?limit=10000&offset={offset}")
            approvals += page["approvals"]
            if len(page["approvals"]) < 10000:
                return approvals
            offset += 10000


def flood(gatehouse, callback_port, prefix, stop, acked, lock, client):
    n = 0
    while not stop.is_set():
        n += 1
        external = f"{prefix}-{client}-{n}"
        try:
            status, _ = gatehouse.request("POST", "/hooks/generic", {
                "title": f"Deploy {external}", "externalId": external,
                "callbackUrl": f"http://127.0.0.1:{callback_port}/cb"}, timeout=5)
            if 200 <= status < 300:
                with lock:
                    acked.add(external)
        except (urllib.error.URLError, ConnectionError, OSError):
            pass  # the server is gone: this one was not acknowledged


def check_database(path):
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity check failed"
    orphans = db.execute(
        "SELECT COUNT(*) FROM approvals a WHERE NOT EXISTS (SELECT 1 FROM timeline t"
        " WHERE t.approval_id = a.id AND t.type = 'received')").fetchone()[0]
    assert orphans == 0, f"{orphans} approvals without their 'received' entry"
    undecided_outbox = db.execute(
        "SELECT COUNT(*) FROM approvals WHERE state <> 'pending' AND delivery_state <> 'none'"
        " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.approval_id = approvals.id)").fetchone()[0]
    assert undecided_outbox == 0, f"{undecided_outbox} decisions without their outbox row"
    db.close()


def ingest_round(gatehouse, target, round_no, clients=6):
    stop, lock, acked = threading.Event(), threading.Lock(), set()
    threads = [threading.Thread(target=flood, args=(gatehouse, target.port, f"r{round_no}", stop, acked, lock, c))
               for c in range(clients)]
    for t in threads:
        t.start()
    time.sleep(random.uniform(0.4, 1.6))
    gatehouse.kill()
    stop.set()
    for t in threads:
        t.join()
    gatehouse.start()
    present = {a["externalId"] for a in gatehouse.all_approvals()}
    missing = acked - present
    assert not missing, f"round {round_no}: {len(missing)} acknowledged webhooks lost, e.g. {sorted(missing)[:3]}"
    check_database(gatehouse.db())
    print(f"ingest round {round_no}: {len(acked)} acknowledged before SIGKILL, all present after restart")
    return len(acked)


def delivery_round(gatehouse, target, round_no):
    pending = [a["id"] for a in gatehouse.all_approvals() if a["state"] == "pending"][:120]
    decided = set()
    for approval_id in pending:
        status, _ = gatehouse.request("POST", f"/api/approvals/{approval_id}/approve", {"comment": "crash test"})
        if status == 200:
            decided.add(approval_id)
    # The slow target is still receiving when the process dies.
    time.sleep(random.uniform(0.2, 0.8))
    delivered_before = len(target.ids() & decided)
    gatehouse.kill()
    gatehouse.start()
    deadline = time.time() + 60
    while time.time() < deadline and not decided <= target.ids():
        time.sleep(0.2)
    lost = decided - target.ids()
    assert not lost, f"delivery round {round_no}: {len(lost)} decisions never delivered"
    check_database(gatehouse.db())
    print(f"delivery round {round_no}: {len(decided)} decisions, {delivered_before} delivered before SIGKILL,"
          f" all delivered after restart")


def main():
    binary = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    random.seed(os.environ.get("CRASHTEST_SEED", time.time()))
    target = CallbackTarget(delay=0.15)
    with tempfile.TemporaryDirectory() as workdir:
        gatehouse = Gatehouse(binary, workdir)
        gatehouse.start()
        total = 0
        for round_no in range(1, rounds + 1):
            total += ingest_round(gatehouse, target, round_no)
        for round_no in range(1, rounds + 1):
            delivery_round(gatehouse, target, round_no)
        gatehouse.stop()
    print(f"crash test passed: {rounds} ingest and {rounds} delivery kill points, {total} acknowledged webhooks")
    print(f"{2 * rounds} passed, 0 failed")


if __name__ == "__main__":
    main()
