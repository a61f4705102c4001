#!/usr/bin/env python3
"""Puts one message into alice's INBOX on the test stack's Dovecot (the SMTP
sink does not deliver there), for Roundcube reply tests.

    imap-append.py PORT FROM SUBJECT DATE_RFC2822 < body.txt

Prints the new message's UID."""
import imaplib
import re
import sys

port, sender, subject, date = sys.argv[1:5]
body = sys.stdin.read().replace("\r\n", "\n").replace("\n", "\r\n")
message = (
    f"From: {sender}\r\nTo: alice@example.com\r\nSubject: {subject}\r\nDate: {date}\r\n"
    f"Message-ID: <{abs(hash(subject))}@presend.test>\r\nMIME-Version: 1.0\r\n"
    f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}"
)
imap = imaplib.IMAP4("127.0.0.1", int(port))
imap.login("alice", "secret123")
status, data = imap.append("INBOX", None, None, message.encode("utf-8"))
if status != "OK":
    sys.exit(f"APPEND failed: {data}")
match = re.search(rb"APPENDUID \d+ (\d+)", data[0] or b"")
imap.select("INBOX")
if match:
    uid = match.group(1).decode()
else:
    _, found = imap.uid("SEARCH", None, "HEADER", "Subject", f'"{subject}"')
    uid = found[0].split()[-1].decode()
imap.logout()
print(uid)
