#!/usr/bin/env python3
"""Package test: builds the Debian package with CPack and checks what a user gets.

- the .deb's control data (name, version, architecture, dependencies computed from the
  shared libraries plus the run-time plugins) and that every dependency exists on this
  Debian 12 machine's archive;
- its contents (binary, desktop file, icon, AppStream metadata, man page, system and
  user units), validated with appstreamcli, desktop-file-validate and systemd-analyze;
- installed with `dpkg -i` into a throw-away root (when run as root; else unpacked with
  dpkg-deb), `gatehouse --version` answers;
- the headless service run as its unit says: READY=1 on the notify socket only once the
  port listens, watchdog pings, SIGHUP reloads (and a broken policy file changes
  nothing), SIGTERM stops in order with STOPPING=1.

Usage: packagetest.py BUILD_DIR
"""
import configparser
import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

failures = []
passes = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    (passes if condition else failures).append(what)
    return condition


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)


def build_package(build_dir):
    for old in os.listdir(build_dir):
        if old.startswith("gatehouse_") and old.endswith(".deb"):
            os.remove(os.path.join(build_dir, old))
    result = run(["cpack", "-G", "DEB"], cwd=build_dir)
    if result.returncode != 0:
        print(result.stdout, result.stderr)
        sys.exit("cpack failed")
    debs = [f for f in os.listdir(build_dir) if re.fullmatch(r"gatehouse_[\d.]+_amd64\.deb", f)]
    check(len(debs) == 1, "make package gives build/gatehouse_<version>_amd64.deb: %s" % debs)
    return os.path.join(build_dir, debs[0])


def control_fields(deb):
    text = run(["dpkg-deb", "-f", deb]).stdout
    fields = {}
    for line in text.splitlines():
        if ":" in line and not line.startswith(" "):
            key, value = line.split(":", 1)
            fields[key.strip()] = value.strip()
    return fields


def package_known(name):
    if run(["dpkg-query", "-W", "-f=${Status}", name]).stdout.startswith("install ok installed"):
        return True
    return run(["apt-cache", "show", name]).returncode == 0


def check_control(deb, version):
    fields = control_fields(deb)
    check(fields.get("Package") == "gatehouse", "Package: gatehouse")
    check(fields.get("Version") == version, "Version matches gatehouse --version (%s)" % version)
    check(fields.get("Architecture") == "amd64", "Architecture: amd64")
    depends = fields.get("Depends", "")
    for needed in ["libqt6core6", "libqt6httpserver6", "libqt6keychain1", "libsodium23",
                   "qt6-qpa-plugins", "libqt6sql6-sqlite"]:
        check(needed in depends, "Depends names %s" % needed)
    for group in depends.split(","):
        names = [re.sub(r"\s*\(.*\)", "", alt).strip() for alt in group.split("|")]
        check(any(package_known(n) for n in names if n), "dependency exists in Debian 12: %s" % group.strip())


def check_contents(root):
    expected = [
        "usr/bin/gatehouse",
        "usr/share/applications/gatehouse.desktop",
        "usr/share/icons/hicolor/scalable/apps/gatehouse.svg",
        "usr/share/metainfo/dev.gatehouse.Gatehouse.metainfo.xml",
        "usr/share/man/man1/gatehouse.1.gz",
        "usr/lib/systemd/system/gatehouse.service",
        "usr/lib/systemd/user/gatehouse.service",
        "usr/share/doc/gatehouse/README.md",
    ]
    for path in expected:
        check(os.path.exists(os.path.join(root, path)), "package holds /" + path)
    metainfo = os.path.join(root, expected[3])
    result = run(["appstreamcli", "validate", "--no-net", "--explain", metainfo])
    check(result.returncode == 0, "appstreamcli validate: " + (result.stdout + result.stderr).strip()[-400:])
    result = run(["desktop-file-validate", os.path.join(root, expected[1])])
    check(result.returncode == 0 and not result.stdout.strip(), "desktop-file-validate: " + result.stdout.strip())
    man = run(["sh", "-c", "zcat '%s'" % os.path.join(root, expected[4])]).stdout
    for word in ["headless", "SIGHUP", "GATEHOUSE_OPERATOR_TOKEN", "--db"]:
        check(word.replace("-", "\\-") in man or word in man, "man page mentions %s" % word)
    if run(["sh", "-c", "command -v systemd-analyze"]).returncode == 0:
        check_units_verify(root, expected[5:7])


def check_units_verify(root, units):
    """systemd-analyze verify on each unit, its binary pointed at the unpacked one (the
    host need not have Gatehouse installed). Any complaint counts, warnings too."""
    binary = os.path.join(root, "usr/bin/gatehouse")
    with tempfile.TemporaryDirectory() as folder:
        for unit in units:
            with open(os.path.join(root, unit)) as f:
                text = f.read().replace("/usr/bin/gatehouse", binary)
            copy = os.path.join(folder, "gatehouse.service")
            with open(copy, "w") as f:
                f.write(text)
            # --man=no: the man page the unit names is not installed on this machine.
            result = run(["systemd-analyze", "verify", "--man=no", copy])
            complaints = (result.stdout + result.stderr).strip()
            check(result.returncode == 0 and not complaints,
                  "systemd-analyze verify %s: %s" % (unit, complaints))


def install_into_throwaway_root(deb, work):
    """dpkg -i into an empty root of its own: the host's packages stay untouched."""
    root = os.path.join(work, "root")
    admin = os.path.join(root, "var/lib/dpkg")
    os.makedirs(os.path.join(admin, "info"))
    os.makedirs(os.path.join(admin, "updates"))
    open(os.path.join(admin, "status"), "w").close()
    # The root has no Qt of its own (its binary runs against the host's libraries), and
    # no shell: maintainer scripts run from the host with DPKG_ROOT set.
    result = run(["dpkg", "--root=" + root, "--force-depends", "--force-script-chrootless",
                  "--log=/dev/null", "-i", deb])
    check(result.returncode == 0, "dpkg -i into a throw-away root: " + result.stderr.strip()[-300:])
    status = run(["dpkg", "--root=" + root, "-s", "gatehouse"]).stdout
    check("Status: install ok installed" in status, "dpkg says gatehouse is installed")
    return root


def notify_socket(work):
    path = os.path.join(work, "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(0.2)
    return sock, path


def wait_message(sock, wanted, seconds, seen):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            message = sock.recv(4096).decode()
        except socket.timeout:
            continue
        seen.append(message)
        if wanted in message.split("\n"):
            return message
    return None


def unit_command(unit_path, binary, state, config):
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.read(unit_path)
    command = parser["Service"]["ExecStart"]
    command = command.replace("%S", state).replace("/etc/gatehouse/gatehouse.conf", config)
    args = shlex.split(command)
    check(args[0] == "/usr/bin/gatehouse" and "--headless" in args, "the unit runs gatehouse --headless")
    args[0] = binary
    return args, parser["Service"]


def check_service(root, work):
    binary = os.path.join(root, "usr/bin/gatehouse")
    state = os.path.join(work, "state")
    os.makedirs(os.path.join(state, "gatehouse"), mode=0o700)
    config = os.path.join(work, "gatehouse.conf")
    policies = os.path.join(work, "policies.json")
    with open(policies, "w") as f:
        json.dump({"policies": []}, f)
    with open(config, "w") as f:
        f.write("[receiver]\nport=0\n[gates]\npolicyFile=%s\n" % policies)
    args, service = unit_command(os.path.join(root, "usr/lib/systemd/system/gatehouse.service"),
                                 binary, state, config)
    check(service.get("Type") == "notify", "the unit is Type=notify")
    for setting in ["WatchdogSec", "DynamicUser", "StateDirectory", "ProtectSystem",
                    "PrivateTmp", "NoNewPrivileges", "Restart"]:
        check(setting in service, "the unit sets %s" % setting)
    check(service.get("ExecReload", "").endswith("-HUP $MAINPID"), "reload sends SIGHUP")

    sock, path = notify_socket(work)
    env = dict(os.environ, NOTIFY_SOCKET=path, WATCHDOG_USEC="1000000", HOME=work,
               XDG_CONFIG_HOME=os.path.join(work, "config"), QT_QPA_PLATFORM="offscreen")
    env.pop("WATCHDOG_PID", None)
    env.pop("DISPLAY", None)
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env)
    seen = []
    try:
        ready = wait_message(sock, "READY=1", 30, seen)
        check(ready is not None, "READY=1 sent at start (%s)" % seen)
        line = process.stdout.readline()
        port = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
        check(port is not None, "prints where it listens: " + line.strip())
        if ready and port:
            # Ready means the port listens: the first request after READY=1 succeeds.
            with urllib.request.urlopen("http://127.0.0.1:%s/healthz" % port.group(1), timeout=5) as r:
                check(r.status == 200, "GET /healthz answers 200 right after READY=1")
            check("STATUS=listening on http://127.0.0.1:" in ready, "STATUS says where it listens")
        check(wait_message(sock, "WATCHDOG=1", 5, seen) is not None, "pings the watchdog")

        with open(policies, "w") as f:
            json.dump({"policies": [{"name": "night", "match": {"environment": "production"},
                                     "order": "gatesOnly", "gates": [
                                         {"name": "window", "type": "timeWindow",
                                          "days": ["mon"], "from": "00:00", "to": "06:00"}]}]}, f)
        process.send_signal(signal.SIGHUP)
        check(wait_message(sock, "RELOADING=1", 10, seen) is not None, "SIGHUP: RELOADING=1")
        check(wait_message(sock, "READY=1", 10, seen) is not None, "SIGHUP: READY=1 again")
        line = process.stdout.readline()
        while line and "reload" not in line:
            line = process.stdout.readline()
        check("reloaded the settings (gate policies: 1," in line, "SIGHUP applies the policy file: " + line.strip())

        with open(policies, "w") as f:
            f.write("{ not json")
        process.send_signal(signal.SIGHUP)
        check(wait_message(sock, "READY=1", 10, seen) is not None, "a broken reload still ends READY")
        line = process.stderr.readline()
        while line and "reload" not in line:
            line = process.stderr.readline()
        check("reload refused, nothing changed" in line, "a broken policy file is refused: " + line.strip())
        check(process.poll() is None, "still running after a refused reload")

        process.send_signal(signal.SIGTERM)
        check(wait_message(sock, "STOPPING=1", 10, seen) is not None, "SIGTERM: STOPPING=1")
        check(process.wait(timeout=30) == 0, "SIGTERM: exit status 0")
        for name in ["gatehouse.sqlite", "vault.key"]:
            check(os.path.exists(os.path.join(state, "gatehouse", name)),
                  "state directory holds %s" % name)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        sock.close()


def main():
    build_dir = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as work:
        deb = build_package(build_dir)
        if os.geteuid() == 0:
            root = install_into_throwaway_root(deb, work)
        else:
            root = os.path.join(work, "root")
            run(["dpkg-deb", "-x", deb, root])
        result = run([os.path.join(root, "usr/bin/gatehouse"), "--version"],
                     env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        version = result.stdout.strip().split()[-1] if result.stdout.strip() else ""
        check(result.returncode == 0 and re.fullmatch(r"\d+\.\d+\.\d+", version) is not None,
              "gatehouse --version: " + result.stdout.strip())
        check_control(deb, version)
        check_contents(root)
        check_service(root, work)
        if os.geteuid() == 0:
            result = run(["dpkg", "--root=" + root, "--force-script-chrootless", "--log=/dev/null",
                          "--purge", "gatehouse"])
            check(result.returncode == 0 and not os.path.exists(os.path.join(root, "usr/bin/gatehouse")),
                  "dpkg --purge removes it again")
    print("%d passed, %d failed" % (len(passes), len(failures)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
