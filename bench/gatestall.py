#!/usr/bin/env python3
"""Does one webhook stall everything? (issue 12, item 7)

Many pending approvals with large descriptions, a gate policy that matches them all,
then small webhooks at full speed from a few clients while /healthz is polled: prints
the ingest rate and the /healthz latency. Loopback only.

  bench/gatestall.py populate GATEHOUSE TEMPLATE_DIR [--pending 300] [--description 1000000]
  bench/gatestall.py measure  GATEHOUSE TEMPLATE_DIR [--seconds 10] [--clients 4]
  bench/gatestall.py list     GATEHOUSE TEMPLATE_DIR [--limit 500]

`populate` stores the pending approvals through the webhook (a build from before the
field limits is needed for descriptions over 16 KiB) and keeps the database and vault
key in TEMPLATE_DIR; `measure` runs on a copy of it, so two builds can be compared on
the same data.
"""
import argparse, json, os, re, shutil, signal, statistics, subprocess, sys, tempfile
import threading, time, urllib.request, urllib.error

TOKEN, SECRET = "bench", "bench-secret"
POLICY = {"policies": [{
    "name": "all generic", "match": {"connector": "generic"},
    "delayBeforeEvaluationSecs": 0, "samplingIntervalSecs": 3600, "timeoutSecs": 86400,
    "order": "gatesThenApproval",
    "gates": [{"name": "office hours", "type": "timeWindow", "from": "09:00", "to": "17:00"}]}]}


def start(binary, work):
    with open(os.path.join(work, "policies.json"), "w") as f:
        json.dump(POLICY, f)
    with open(os.path.join(work, "gatehouse.conf"), "w") as f:
        f.write("[gates]\npolicyFile=%s\n" % os.path.join(work, "policies.json"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GATEHOUSE_OPERATOR_TOKEN=TOKEN,
               GATEHOUSE_SECRET_GENERIC=SECRET, XDG_DATA_HOME=work, XDG_CONFIG_HOME=work)
    log = open(os.path.join(work, "gatehouse.log"), "w+")
    proc = subprocess.Popen([binary, "--headless", "--port", "0", "--config",
                             os.path.join(work, "gatehouse.conf"), "--db",
                             os.path.join(work, "gatehouse.sqlite"), "--key-file",
                             os.path.join(work, "vault.key")], stdout=log, stderr=subprocess.STDOUT,
                            env=env)
    for _ in range(600):
        log.seek(0)
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", log.read())
        if m:
            return proc, int(m.group(1))
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    proc.kill()
    log.seek(0)
    sys.exit("gatehouse did not start:\n" + log.read())


def request(port, method, path, body=None, timeout=60):
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (port, path), method=method,
                                 data=json.dumps(body).encode() if body is not None else None)
    req.add_header("Content-Type", "application/json")
    req.add_header("Authorization", "Bearer " + (SECRET if path.startswith("/hooks/") else TOKEN))
    try:
        with urllib.request.urlopen(req, timeout=timeout) as reply:
            reply.read()
            return reply.status
    except urllib.error.HTTPError as e:
        return e.code


def populate(args):
    os.makedirs(args.template, exist_ok=True)
    work = tempfile.mkdtemp(prefix="gatestall-")
    proc, port = start(args.binary, work)
    try:
        text = "x" * args.description
        for i in range(args.pending):
            status = request(port, "POST", "/hooks/generic", {
                "title": "Big %d" % i, "externalId": "big-%d" % i, "description": text,
                "callbackUrl": "http://127.0.0.1:9/cb"})
            if status != 201:
                sys.exit("populate: webhook %d answered %d" % (i, status))
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    for name in ("gatehouse.sqlite", "vault.key"):
        shutil.copy(os.path.join(work, name), os.path.join(args.template, name))
    shutil.rmtree(work)
    print("populated %s: %d pending approvals, %d-character descriptions"
          % (args.template, args.pending, args.description))


def measure(args):
    work = tempfile.mkdtemp(prefix="gatestall-")
    for name in ("gatehouse.sqlite", "vault.key"):
        shutil.copy(os.path.join(args.template, name), os.path.join(work, name))
    os.chmod(os.path.join(work, "vault.key"), 0o600)
    proc, port = start(args.binary, work)
    stop = threading.Event()
    acked, failed, health = [0], [0], []
    lock = threading.Lock()

    def client(n):
        i = 0
        while not stop.is_set():
            i += 1
            status = request(port, "POST", "/hooks/generic", {
                "title": "Deploy", "externalId": "small-%d-%d" % (n, i),
                "callbackUrl": "http://127.0.0.1:9/cb"})
            with lock:
                if status in (200, 201):
                    acked[0] += 1
                else:
                    failed[0] += 1

    def poll():
        while not stop.is_set():
            t = time.perf_counter()
            request(port, "GET", "/healthz")
            health.append((time.perf_counter() - t) * 1000)
            time.sleep(0.02)

    try:
        request(port, "GET", "/healthz")
        threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
        threads.append(threading.Thread(target=poll))
        began = time.perf_counter()
        for t in threads:
            t.start()
        time.sleep(args.seconds)
        stop.set()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - began
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        shutil.rmtree(work)
    health.sort()
    print("RESULT ingest=%.0f req/s (%d acked, %d failed, %d clients, %.0f s) "
          "healthz p50=%.1f ms p99=%.1f ms max=%.1f ms (%d polls)"
          % (acked[0] / elapsed, acked[0], failed[0], args.clients, elapsed,
             statistics.median(health), health[int(0.99 * (len(health) - 1))], health[-1],
             len(health)))


def list_page(args):
    """One GET /api/approvals?limit=N: its size and time, and /healthz meanwhile."""
    work = tempfile.mkdtemp(prefix="gatestall-")
    for name in ("gatehouse.sqlite", "vault.key"):
        shutil.copy(os.path.join(args.template, name), os.path.join(work, name))
    os.chmod(os.path.join(work, "vault.key"), 0o600)
    proc, port = start(args.binary, work)
    health, done = [], threading.Event()

    def poll():
        while not done.is_set():
            t = time.perf_counter()
            request(port, "GET", "/healthz")
            health.append((time.perf_counter() - t) * 1000)
            time.sleep(0.02)

    try:
        request(port, "GET", "/healthz")
        poller = threading.Thread(target=poll)
        poller.start()
        req = urllib.request.Request("http://127.0.0.1:%d/api/approvals?limit=%d"
                                     % (port, args.limit))
        req.add_header("Authorization", "Bearer " + TOKEN)
        t = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=120) as reply:
                status, size = reply.status, len(reply.read())
        except urllib.error.HTTPError as e:
            status, size = e.code, len(e.read())
        elapsed = (time.perf_counter() - t) * 1000
        done.set()
        poller.join()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        shutil.rmtree(work)
    print("RESULT list limit=%d: status %d, %.1f MB in %.0f ms; healthz meanwhile max=%.0f ms"
          % (args.limit, status, size / 1e6, elapsed, max(health) if health else 0))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["populate", "measure", "list"])
    parser.add_argument("binary")
    parser.add_argument("template")
    parser.add_argument("--pending", type=int, default=300)
    parser.add_argument("--description", type=int, default=1000000)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--limit", type=int, default=500)
    args = parser.parse_args()
    {"populate": populate, "measure": measure, "list": list_page}[args.mode](args)


if __name__ == "__main__":
    main()
