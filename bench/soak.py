#!/usr/bin/env python3
"""Soak: a headless Gatehouse under steady load for a long time, with decisions and
deliveries running. The webhooks come from gatehouse-loadgen, one 60 s run per minute
(open loop: latency from the scheduled send, so a stall cannot hide); every approval is
decided over the operator API (half approved, half rejected) and its callback delivered
to a local sink. Watches the process's resident memory and open descriptors.

    bench/soak.py BUILD_DIR [minutes=30, whole] [rate=200]      (make soak; SOAK_MINUTES=10 make soak)

Passes when, after the first 5 minutes (the first minute for runs under 10 minutes),
RSS grows by less than 10 %, open descriptors stay flat (within 16 of their level then),
and no minute's ack p99 is more than twice the first minute's (floored at 2 ms, below
which the clock and the scheduler decide).
"""
import http.client
import http.server
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time

build = sys.argv[1] if len(sys.argv) > 1 else "build"
minutes = float(sys.argv[2]) if len(sys.argv) > 2 else 30
rate = float(sys.argv[3]) if len(sys.argv) > 3 else 200
secret, operator = "soak-secret", "soak-operator"


class Sink(http.server.BaseHTTPRequestHandler):
    """The system that waits: accepts every callback."""
    received = 0
    lock = threading.Lock()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with Sink.lock:
            Sink.received += 1
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


sink = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Sink)
threading.Thread(target=sink.serve_forever, daemon=True).start()
work = tempfile.mkdtemp(prefix="gatehouse-soak-")
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GATEHOUSE_OPERATOR_TOKEN=operator,
           GATEHOUSE_SECRET_GENERIC=secret, GATEHOUSE_DELIVERY_ALLOW="127.0.0.0/8,::1")
log = open(os.path.join(work, "gatehouse.log"), "w+")
proc = subprocess.Popen([os.path.join(build, "gatehouse"), "--headless", "--port", "0",
                         "--db", os.path.join(work, "soak.sqlite"),
                         "--key-file", os.path.join(work, "vault.key")],
                        stdout=log, stderr=subprocess.STDOUT, env=env)
port = None
for _ in range(200):
    log.seek(0)
    m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", log.read())
    if m:
        port = int(m.group(1))
        break
    time.sleep(0.1)
if not port:
    proc.kill()
    sys.exit("gatehouse did not start; see " + log.name)

latencies = {}  # minute -> p99 ms of that minute's loadgen run
errors = [0]
decided = [0]
stop = threading.Event()
start = time.monotonic()
lock = threading.Lock()


def decide():
    """The operator: decides every pending approval, oldest first."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + operator}
    n = 0
    while not stop.is_set():
        try:
            conn.request("GET", "/api/approvals?state=pending&limit=200", headers=headers)
            response = conn.getresponse()
            page = json.loads(response.read())
            items = page.get("approvals", page.get("items", []))
            if not items:
                stop.wait(0.2)
            for item in items:
                n += 1
                conn.request("POST", "/api/approvals/%d/%s" % (item["id"], "approve" if n % 2 else "reject"),
                             json.dumps({"comment": "soak"}), headers)
                response = conn.getresponse()
                response.read()
                with lock:
                    if response.status == 200:
                        decided[0] += 1
                    else:
                        errors[0] += 1
                if stop.is_set():
                    break
        except Exception:
            with lock:
                errors[0] += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            stop.wait(1)


def load():
    """One loadgen run of 60 s per minute; its p99 is that minute's."""
    loadgen_env = dict(env, GATEHOUSE_LOADGEN_CALLBACK="http://127.0.0.1:%d/callback" % sink.server_port)
    minute = 0
    while not stop.is_set() and minute < int(minutes):
        out = subprocess.run([os.path.join(build, "bench", "gatehouse-loadgen"), str(port), str(int(rate)),
                              "60", "16", secret], capture_output=True, text=True, env=loadgen_env).stdout
        m = re.search(r"requests=(\d+).*p99_ms=([0-9.]+).*non2xx=(\d+)", out)
        with lock:
            if m:
                latencies[minute] = (int(m.group(1)), float(m.group(2)))
                errors[0] += int(m.group(3))
            else:
                errors[0] += 1
            acks, p99 = latencies.get(minute, (0, 0.0))
        rss, fds = sample()
        print("minute %2d: acks=%d p99_ms=%.1f rss_mb=%d fds=%d decided=%d delivered=%d errors=%d"
              % (minute + 1, acks, p99, rss, fds, decided[0], Sink.received, errors[0]), flush=True)
        minute += 1


def sample():
    with open("/proc/%d/status" % proc.pid) as f:
        rss = int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) // 1024
    return rss, len(os.listdir("/proc/%d/fd" % proc.pid))


threads = [threading.Thread(target=load), threading.Thread(target=decide)]
for t in threads:
    t.start()
samples = []  # (minute, rss MB, fds)
warmup = 5 if minutes >= 10 else 1
try:
    while threads[0].is_alive():
        threads[0].join(10)
        rss, fds = sample()
        elapsed = (time.monotonic() - start) / 60
        samples.append((elapsed, rss, fds))
finally:
    stop.set()
    for t in threads:
        t.join()
    proc.terminate()
    proc.wait(timeout=30)
    sink.shutdown()

after = [s for s in samples if s[0] >= warmup] or samples[-1:]
rss_base, fds_base = after[0][1], after[0][2]
rss_end, fds_max = samples[-1][1], max(s[2] for s in after)
first_p99 = latencies.get(0, (0, 0.0))[1]
first = max(2.0, first_p99)
worst = max((p for _, p in latencies.values()), default=0.0)
growth = 100.0 * (rss_end - rss_base) / rss_base
ok = growth < 10 and fds_max - fds_base <= 16 and worst <= 2 * first and errors[0] == 0
print("RESULT minutes=%g rate=%g acks=%d decided=%d delivered=%d errors=%d rss_mb_at_%dmin=%d rss_mb_end=%d "
      "rss_growth_pct=%.1f fds_at_%dmin=%d fds_max=%d p99_ms_first_minute=%.1f p99_ms_worst_minute=%.1f %s"
      % (minutes, rate, sum(n for n, _ in latencies.values()), decided[0], Sink.received, errors[0],
         warmup, rss_base, rss_end, growth, warmup, fds_base, fds_max, first_p99, worst,
         "PASS" if ok else "FAIL"))
sys.exit(0 if ok else 1)
