#!/usr/bin/env python3
"""socle-cli room serve, end to end: a real server on loopback, real HTTP
requests as a phone's browser sends them, the facilitator typing on stdin,
and the votes read back from the saved .socle file.
Usage: check_room_serve.py SOCLE_CLI SAMPLE.socle"""
import json
import os
import shutil
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

from room_serve_process import RoomServe

CODE = "K3M7XR"


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


class Server(RoomServe):
    def __init__(self, cli, socle):
        super().__init__(cli, socle, CODE, fail, ["--qr", socle + ".qr.svg"])

    def request(self, method, path, fields):
        data = urllib.parse.urlencode(fields)
        if method == "GET":
            req = urllib.request.Request(self.base + path + ("?" + data if data else ""))
        else:
            req = urllib.request.Request(self.base + path, data=data.encode(), method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(req, timeout=5) as response:
                body = response.read().decode()
                return response.status, body
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


def votes_in(path, indicator):
    root = ET.parse(path).getroot()
    found = {}
    for element in root.find("responses").iter("indicator"):
        if element.get("id") == indicator:
            for vote in element.findall("vote"):
                found[vote.get("participant")] = vote.text
    return found


def main():
    cli, sample = sys.argv[1], sys.argv[2]
    folder = tempfile.mkdtemp()
    try:
        socle = os.path.join(folder, "workshop.socle")
        shutil.copy(sample, socle)
        server = Server(cli, socle)

        # The code guards everything.
        with open(socle + ".qr.svg", encoding="utf-8") as svg:
            if "<svg" not in svg.read():
                fail("no QR code picture written")
        status, body = server.request("GET", "/", {})
        if status != 200 or 'name="c"' not in body:
            fail("the code form was not served: %d" % status)
        if server.request("GET", "/", {"c": "WRONG1"})[0] != 403:
            fail("a wrong code was not refused")
        if server.request("GET", "/api/participants", {"c": "WRONG1"})[0] != 403:
            fail("the participants were shown without the code")
        status, page = server.request("GET", "/", {"c": CODE})
        if status != 200 or "XMLHttpRequest" not in page:
            fail("the phone page was not served")

        # Three phones join as three participants.
        status, body = server.request("GET", "/api/participants", {"c": CODE})
        people = [p["id"] for p in json.loads(body)["participants"]][:3]
        tokens = {}
        for person in people:
            status, body = server.request("POST", "/api/join", {"c": CODE, "participant": person})
            if status != 200:
                fail("join refused: %s" % body)
            tokens[person] = json.loads(body)["token"]
        if server.request("POST", "/api/join", {"c": CODE, "participant": "nobody"})[0] != 422:
            fail("an unknown participant could join")

        state = json.loads(server.request("GET", "/api/state", {"c": CODE, "t": tokens[people[0]]})[1])
        indicator = state["indicator"]["id"]
        if state["open"]:
            fail("voting started open")
        before = votes_in(socle, indicator)

        def vote(person, key, expected=200):
            status, body = server.request("POST", "/api/vote", {"c": CODE, "t": tokens[person],
                                                                "indicator": indicator, "vote": key})
            if status != expected:
                fail("vote %s by %s: %d %s (expected %d)" % (key, person, status, body, expected))

        vote(people[0], "3", expected=409)  # closed
        line = server.type("open")
        if ": open, 0 of" not in line:
            fail("open printed %r" % line)
        vote(people[0], "3")
        vote(people[1], "2")
        vote(people[1], "4")  # a change of mind
        vote(people[2], "na")
        vote(people[2], "9", expected=422)
        line = server.type("status")
        if ": open, 3 of" not in line:
            fail("status printed %r" % line)
        saved = votes_in(socle, indicator)
        expected = dict(before)
        expected.update({people[0]: "3", people[1]: "4", people[2]: "na"})
        if saved != expected:
            fail("saved votes %r, expected %r" % (saved, expected))

        server.type("close")
        distribution = server.next_line()
        if not distribution.startswith("distribution:") or "4=" not in distribution:
            fail("close printed %r" % distribution)
        vote(people[0], "1", expected=409)
        if votes_in(socle, indicator) != expected:
            fail("a vote after closing changed the file")

        # Moving on moves the phones.
        line = server.type("next")
        state = json.loads(server.request("GET", "/api/state", {"c": CODE, "t": tokens[people[0]]})[1])
        if state["indicator"]["id"] == indicator or state["position"] != 2:
            fail("next did not move the phones: %r" % state)
        vote(people[0], "2", expected=409)  # the old indicator

        # Malformed bytes straight on the socket: refused, the server lives on.
        import socket
        host, port = server.base[len("http://"):].split(":")
        with socket.create_connection((host, int(port)), timeout=5) as raw:
            raw.sendall(b"\x00\xffGARBAGE\r\n\r\n")
            answer = raw.recv(4096)
        if not answer.startswith(b"HTTP/1.1 400"):
            fail("garbage got %r" % answer[:40])
        if server.request("GET", "/", {"c": CODE})[0] != 200:
            fail("the server did not survive malformed input")

        server.process.stdin.write("quit\n")
        server.process.stdin.flush()
        last = server.next_line()
        while "stopped" not in last:
            last = server.next_line()
        if server.process.wait(timeout=10) != 0:
            fail("exit code %d" % server.process.returncode)

        # A vote counts at once but is written within a second: Ctrl+C right
        # after it must still leave it in the file.
        import signal
        server = Server(cli, socle)
        status, body = server.request("POST", "/api/join", {"c": CODE, "participant": people[0]})
        token = json.loads(body)["token"]
        server.type("go " + indicator)
        server.type("open")
        status, body = server.request("POST", "/api/vote", {"c": CODE, "t": token, "indicator": indicator,
                                                            "vote": "5"})
        if status != 200:
            fail("vote before Ctrl+C: %d %s" % (status, body))
        server.process.send_signal(signal.SIGINT)
        if server.process.wait(timeout=10) != 0:
            fail("exit code %d after Ctrl+C" % server.process.returncode)
        if votes_in(socle, indicator).get(people[0]) != "5":
            fail("the vote cast just before Ctrl+C is not in the file: %r" % votes_in(socle, indicator))
        print("ok")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
