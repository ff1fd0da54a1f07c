#!/usr/bin/env python3
"""Room voting under load: 40 simulated phones against the real server
(`socle-cli room serve`) on loopback, each from its own address (127.0.0.N,
as phones have on a Wi-Fi, so the per-device rate limit applies as in a
room). The assessment is made for the run (`socle-cli new` with a CSV of 40
participants) and each phone joins as one of them. For each of 10
indicators the facilitator opens voting, every phone reads the state, votes
(three in ten change their mind), reads the state again every POLL seconds,
then voting closes and the room moves on. Reports the latency of every
request (p50, p99, max; votes and state reads apart), checks every vote is
in the saved file exactly once with its last value, and samples the
server's resident memory (VmRSS) after joining, after the first indicator,
half way and at the end.

    /usr/bin/python3 bench/room_load.py SOCLE_CLI [--phones 40] [--indicators 10]
                                        [--framework sp-quick-scan] [--poll 0.5]

Exit 1 when a vote is missing, doubled or wrong, or a request failed; the
latency target (p99 under 100 ms, issue 19) is reported, not enforced.
Results: docs/performance.md (Room voting)."""
import argparse
import http.client
import json
import os
import queue
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET

CODE = "K3M7XR"


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Phone:
    def __init__(self, number, host, port, latencies):
        self.participant = "ph%02d" % (number + 1)
        self.source = "127.0.0.%d" % (number + 10)
        self.host, self.port = host, port
        self.latencies = latencies  # (kind, seconds); list.append is atomic in CPython
        self.token = None

    def request(self, method, path, fields, kind=None):
        body = urllib.parse.urlencode(fields)
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10,
                                                source_address=(self.source, 0))
        start = time.perf_counter()
        if method == "GET":
            connection.request("GET", path + "?" + body)
        else:
            connection.request("POST", path, body=body,
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
        response = connection.getresponse()
        data = response.read()
        self.latencies.append((kind or path, time.perf_counter() - start))
        connection.close()
        return response.status, data


def make_assessment(cli, folder, phones, framework):
    """A fresh .socle of FRAMEWORK with PHONES participants ph01.. named Phone 01.."""
    csv_path = os.path.join(folder, "participants.csv")
    with open(csv_path, "w", encoding="utf-8") as f:
        f.write("id,name\n")
        for n in range(phones):
            f.write("ph%02d,Phone %02d\n" % (n + 1, n + 1))
    socle = os.path.join(folder, "load.socle")
    subprocess.run([cli, "new", "--framework", framework, "-o", socle, "--title", "Room load benchmark",
                    "--lang", "en", "--participants", csv_path], check=True, stdout=subprocess.DEVNULL)
    return socle


def percentile(sorted_values, fraction):
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * fraction))] * 1000


def summary(latencies):
    values = sorted(seconds for _, seconds in latencies)
    if not values:
        return "none"
    return "p50 %.1f, p99 %.1f, max %.1f (%d requests)" % (percentile(values, 0.5), percentile(values, 0.99),
                                                           values[-1] * 1000, len(values))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--indicators", type=int, default=10)
    parser.add_argument("--framework", default="sp-quick-scan")
    parser.add_argument("--poll", type=float, default=0.5)
    args = parser.parse_args()

    folder = tempfile.mkdtemp()
    socle = make_assessment(args.cli, folder, args.phones, args.framework)
    server = subprocess.Popen([args.cli, "room", "serve", socle, "--port", "0", "--code", CODE],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l.rstrip("\n")) for l in server.stdout], daemon=True).start()
    base = lines.get(timeout=10).split("http://", 1)[1].split("/", 1)[0]
    host, port = base.split(":")
    port = int(port)
    lines.get(timeout=10)  # session code
    lines.get(timeout=10)  # status (voting starts closed)

    def facilitator(command):
        time.sleep(0.2)
        while not lines.empty():  # whatever the last command printed after its status
            lines.get_nowait()
        server.stdin.write(command + "\n")
        server.stdin.flush()
        reply = lines.get(timeout=10)
        while not reply.startswith("indicator "):
            reply = lines.get(timeout=10)
        if os.environ.get("ROOM_LOAD_DEBUG"):
            print(command, "->", reply)
        return reply

    latencies = []
    phones = [Phone(n, host, port, latencies) for n in range(args.phones)]
    errors = []
    for phone in phones:
        status, body = phone.request("POST", "/api/join", {"c": CODE, "participant": phone.participant})
        if status != 200:
            errors.append("join %s: %d %s" % (phone.participant, status, body))
            continue
        phone.token = json.loads(body)["token"]
    rss = [("after joining", rss_kib(server.pid))]

    expected = {}  # (indicator, participant) -> last vote key
    started = time.perf_counter()
    for round_number in range(args.indicators):
        facilitator("open")
        done = threading.Barrier(args.phones + 1)

        def run_phone(index, phone):
            rng = random.Random(round_number * 1000 + index)
            try:
                # All 40 at the same instant, as when a room's phones all wake up at once.
                status, body = phone.request("GET", "/api/state", {"c": CODE, "t": phone.token}, "first state")
                state = json.loads(body)
                if not state["open"]:
                    errors.append("phone %d saw voting closed" % index)
                indicator = state["indicator"]["id"]
                time.sleep(rng.uniform(0, 1.0))
                votes = [str(rng.randint(1, 5))]
                if rng.random() < 0.3:
                    votes.append(rng.choice(["na", "unknown", str(rng.randint(1, 5))]))
                for key in votes:
                    status, body = phone.request("POST", "/api/vote", {"c": CODE, "t": phone.token,
                                                                       "indicator": indicator, "vote": key})
                    if status != 200:
                        errors.append("vote %d: %s" % (status, body))
                    expected[(indicator, phone.participant)] = key
                    time.sleep(args.poll)
                    phone.request("GET", "/api/state", {"c": CODE, "t": phone.token})
            except Exception as error:  # noqa: BLE001  (reported below)
                errors.append("phone %d: %r" % (index, error))
            done.wait()

        threads = [threading.Thread(target=run_phone, args=(i, p)) for i, p in enumerate(phones)]
        for thread in threads:
            thread.start()
        done.wait()
        status_line = facilitator("close")
        if ", %d of %d voted" % (args.phones, args.phones) not in status_line:
            errors.append("round %d: %s" % (round_number, status_line))
        facilitator("next")
        if round_number + 1 in (1, args.indicators // 2):  # the first file written; half way
            rss.append(("after %d indicators" % (round_number + 1), rss_kib(server.pid)))
    elapsed = time.perf_counter() - started
    rss.append(("after %d indicators" % args.indicators, rss_kib(server.pid)))
    server.stdin.write("quit\n")
    server.stdin.flush()
    server.wait(timeout=10)

    # Every vote in the file exactly once, with its last value.
    root = ET.parse(socle).getroot()
    found = {}
    for element in root.find("responses").iter("indicator"):
        for vote in element.findall("vote"):
            key = (element.get("id"), vote.get("participant"))
            if key in found:
                errors.append("vote twice: %r" % (key,))
            found[key] = vote.text
    if len(found) != len(expected):
        errors.append("the file has %d votes, the phones cast %d" % (len(found), len(expected)))
    for (indicator, participant), key in expected.items():
        if found.get((indicator, participant)) != key:
            errors.append("%s %s: file has %r, expected %r" % (indicator, participant,
                                                               found.get((indicator, participant)), key))

    print("phones %d, indicators %d (%s), votes %d of %d expected, %.0f s"
          % (args.phones, args.indicators, args.framework, len(found), args.phones * args.indicators, elapsed))
    print("latency ms, all:   " + summary(latencies))
    print("latency ms, votes: " + summary([l for l in latencies if l[0] == "/api/vote"]))
    print("latency ms, state read together after open: " + summary([l for l in latencies if l[0] == "first state"]))
    print("latency ms, state polls: " + summary([l for l in latencies if l[0] == "/api/state"]))
    print("server VmRSS KiB: " + ", ".join("%s %d" % sample for sample in rss))
    shutil.rmtree(folder, ignore_errors=True)
    if len(expected) != args.phones * args.indicators:
        errors.append("the phones cast %d votes, not %d" % (len(expected), args.phones * args.indicators))
    if errors:
        print("ERRORS (%d):" % len(errors), *errors[:10], sep="\n  ")
        sys.exit(1)
    print("every vote recorded exactly once")


if __name__ == "__main__":
    main()
