"""A minimal Marionette client (the protocol Thunderbird speaks with
--marionette): enough to run privileged JavaScript in Thunderbird's chrome
context. Standard library only, so the end-to-end tests need no pip install.

Wire format: every packet is `<length>:<json>`; a command is
`[0, id, name, params]` and its answer `[1, id, error, result]`."""
import json
import socket
import time


class MarionetteError(Exception):
    pass


class Marionette:
    def __init__(self, port, host="127.0.0.1", connect_timeout=60):
        deadline = time.monotonic() + connect_timeout
        while True:
            try:
                self.sock = socket.create_connection((host, port), timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.25)
        self.sock.settimeout(None)
        self._buffer = b""
        self._next_id = 0
        self._read_packet()  # the server's hello
        self.command("WebDriver:NewSession", {"capabilities": {}})
        self.command("Marionette:SetContext", {"value": "chrome"})
        self.command("WebDriver:SetTimeouts", {"script": 120_000})

    def _read_packet(self):
        while b":" not in self._buffer:
            self._recv()
        length_text, _ = self._buffer.split(b":", 1)
        start = len(length_text) + 1
        end = start + int(length_text)
        while len(self._buffer) < end:
            self._recv()
        packet = self._buffer[start:end]
        self._buffer = self._buffer[end:]
        return json.loads(packet)

    def _recv(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise MarionetteError("Thunderbird closed the Marionette connection")
        self._buffer += chunk

    def command(self, name, params=None):
        self._next_id += 1
        body = json.dumps([0, self._next_id, name, params or {}]).encode()
        self.sock.sendall(str(len(body)).encode() + b":" + body)
        while True:
            kind, msg_id, error, result = self._read_packet()
            if msg_id == self._next_id:
                break
        if error:
            raise MarionetteError(f"{name}: {error.get('error')}: {error.get('message')}")
        return result

    def js(self, script, *args):
        """Runs `script` (a function body; may `return` a promise) in the
        chrome context and returns its JSON-able result."""
        wrapped = f"return (async (...args) => {{\n{script}\n}})(...arguments);"
        return self.command("WebDriver:ExecuteScript", {"script": wrapped, "args": list(args)})["value"]

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass
