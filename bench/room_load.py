#!/usr/bin/env python3
"""Room voting under load: 40 simulated phones against the real server
(`socle-cli room serve`) on loopback, each from its own address (127.0.0.N,
as phones have on a Wi-Fi, so the per-device rate limit applies as in a
room). For each of 10 indicators the facilitator opens voting, every phone
polls the state every POLL seconds and votes once (some change their mind),
then voting closes and the room moves on. Reports the latency of every
request (p50, p99, max), checks every vote is in the saved file exactly
once with its last value, and the server's resident memory before and after.

    /usr/bin/python3 bench/room_load.py SOCLE_CLI SAMPLE.socle [--phones 40] [--indicators 10]

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
        self.source = "127.0.0.%d" % (number + 10)
        self.host, self.port = host, port
        self.latencies = latencies
        self.token = None

    def request(self, method, path, fields):
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
        self.latencies.append(time.perf_counter() - start)
        connection.close()
        return response.status, data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("sample")
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--indicators", type=int, default=10)
    parser.add_argument("--poll", type=float, default=0.5)
    args = parser.parse_args()

    folder = tempfile.mkdtemp()
    socle = os.path.join(folder, "load.socle")
    shutil.copy(args.sample, socle)
    server = subprocess.Popen([args.cli, "room", "serve", socle, "--port", "0", "--code", CODE, "--allow-new"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l.rstrip("\n")) for l in server.stdout], daemon=True).start()
    base = lines.get(timeout=10).split("http://", 1)[1].split("/", 1)[0]
    host, port = base.split(":")
    port = int(port)
    for _ in range(3):  # session code, status, distribution (voting starts closed)
        lines.get(timeout=10)

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
    for n, phone in enumerate(phones):
        status, body = phone.request("POST", "/api/join", {"c": CODE, "name": "Phone %02d" % (n + 1)})
        assert status == 200, body
        phone.token = json.loads(body)["token"]
    rss_start = rss_kib(server.pid)

    expected = {}  # (indicator, phone index) -> last vote key
    errors = []
    for round_number in range(args.indicators):
        facilitator("open")
        indicator = None
        done = threading.Barrier(args.phones + 1)

        def run_phone(index, phone):
            nonlocal indicator
            rng = random.Random(round_number * 1000 + index)
            try:
                status, body = phone.request("GET", "/api/state", {"c": CODE, "t": phone.token})
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
                                                                       "indicator": state["indicator"]["id"],
                                                                       "vote": key})
                    if status != 200:
                        errors.append("vote %d: %s" % (status, body))
                    expected[(state["indicator"]["id"], index)] = key
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
        if ", %d of" % args.phones not in status_line:
            errors.append("round %d: %s" % (round_number, status_line))
        facilitator("next")
    rss_end = rss_kib(server.pid)
    facilitator("status")
    server.stdin.write("quit\n")
    server.stdin.flush()
    server.wait(timeout=10)

    # Every vote in the file exactly once, with its last value.
    root = ET.parse(socle).getroot()
    ids = {p.get("id"): (p.text or "") for p in root.find("participants")}
    by_name = {name: pid for pid, name in ids.items()}
    found = {}
    for element in root.find("responses").iter("indicator"):
        for vote in element.findall("vote"):
            key = (element.get("id"), vote.get("participant"))
            if key in found:
                errors.append("vote twice: %r" % (key,))
            found[key] = vote.text
    for (indicator, index), key in expected.items():
        pid = by_name["Phone %02d" % (index + 1)]
        if found.get((indicator, pid)) != key:
            errors.append("%s %s: file has %r, expected %r" % (indicator, pid, found.get((indicator, pid)), key))

    latencies.sort()
    count = len(latencies)
    print("phones %d, indicators %d, requests %d, votes %d" % (args.phones, args.indicators, count, len(expected)))
    print("latency ms: p50 %.1f, p99 %.1f, max %.1f" % (latencies[count // 2] * 1000,
                                                       latencies[int(count * 0.99)] * 1000, latencies[-1] * 1000))
    print("server RSS KiB: after joining %d, after %d indicators %d" % (rss_start, args.indicators, rss_end))
    shutil.rmtree(folder, ignore_errors=True)
    if errors:
        print("ERRORS (%d):" % len(errors), *errors[:10], sep="\n  ")
        sys.exit(1)
    print("every vote recorded exactly once")


if __name__ == "__main__":
    main()
