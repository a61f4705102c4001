#!/usr/bin/python3
"""An SMTP sink for end-to-end tests: accepts every message on 127.0.0.1
and saves it as `<n>.eml` in the given folder. Run with Debian's python3
(it has python3-aiosmtpd): /usr/bin/python3 smtp_sink.py PORT FOLDER."""
import asyncio
import os
import sys

from aiosmtpd.controller import Controller


class SaveToFolder:
    def __init__(self, folder):
        self.folder = folder
        os.makedirs(folder, exist_ok=True)

    async def handle_DATA(self, server, session, envelope):
        count = len([n for n in os.listdir(self.folder) if n.endswith(".eml")])
        path = os.path.join(self.folder, f"{count + 1:04d}.eml")
        tmp = path + ".part"
        with open(tmp, "wb") as out:
            out.write(envelope.content)
        os.replace(tmp, path)  # readers never see a half-written message
        return "250 OK"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    controller = Controller(SaveToFolder(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"smtp sink on 127.0.0.1:{port} -> {folder}", flush=True)
    try:
        asyncio.get_event_loop().run_forever()
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
