"""`socle-cli room serve` as a child process, for the room's end-to-end
checks (check_room_serve.py, check_room_browser.py): started on a free port
of loopback with a given session code, its lines read on a thread, the
facilitator's commands typed on its stdin."""
import queue
import subprocess
import threading


class RoomServe:
    def __init__(self, cli, socle, code, fail, extra_args=(), transcript=None):
        """fail(message) ends the check; transcript, if given, collects every
        line the server printed and every command typed, for a report."""
        self.fail = fail
        self.transcript = transcript if transcript is not None else []
        self.process = subprocess.Popen(
            [cli, "room", "serve", socle, "--port", "0", "--code", code, *extra_args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        first = self.next_line()
        if not first.startswith("address: http://127.0.0.1:"):
            stderr = self.process.stderr.read() if self.process.poll() is not None else ""
            fail("no address printed: %r %s" % (first, stderr))
        self.base = first.split("address: ", 1)[1].split("/?", 1)[0]
        if self.next_line() != "session code: " + code:
            fail("no session code printed")
        self.first_status = self.next_line()

    def _read(self):
        for line in self.process.stdout:
            self.transcript.append(line.rstrip("\n"))
            self.lines.put(line.rstrip("\n"))

    def next_line(self):
        try:
            return self.lines.get(timeout=10)
        except queue.Empty:
            self.fail("the server printed nothing for 10 s")

    def type(self, command):
        """A facilitator's command; returns the status line it prints."""
        self.transcript.append("> " + command)
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        line = self.next_line()
        while not line.startswith("indicator "):  # a distribution left from the line before
            line = self.next_line()
        return line

    def stop(self):
        if self.process.poll() is None:
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.fail("the server did not stop on quit")
