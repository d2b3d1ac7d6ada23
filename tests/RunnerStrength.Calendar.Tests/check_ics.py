#!/usr/bin/env python3
"""Conformance check for an iCalendar file (calendar.md section 6): python3-vobject's validation plus the
raw checks vobject does not make (CRLF only, lines of at most 75 octets that are valid UTF-8 on their own,
every TZID defined by a VTIMEZONE, DTEND after DTSTART). Prints each problem; exit 0 when there is none."""
import re
import sys

import vobject

raw = open(sys.argv[1], "rb").read()
problems = []
if re.search(rb"(?<!\r)\n", raw) or not raw.endswith(b"\r\n"):
    problems.append("a line does not end with CRLF")
for number, line in enumerate(raw.split(b"\r\n"), 1):
    if len(line) > 75:
        problems.append(f"line {number} has {len(line)} octets (more than 75)")
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"line {number} is not valid UTF-8 on its own (folded inside a character)")
text = raw.decode("utf-8")
defined = set(re.findall(r"^TZID:(.+?)\r$", text, re.M))
for used in set(re.findall(r";TZID=([^:;]+)[:;]", text)):
    if used not in defined:
        problems.append(f"TZID {used} has no VTIMEZONE")
try:
    for calendar in vobject.readComponents(text, validate=True):
        calendar.validate(raiseException=True, complainUnrecognized=False)
        for event in getattr(calendar, "vevent_list", []):
            start, end = event.dtstart.value, event.dtend.value
            if end <= start:
                problems.append(f"{event.uid.value}: DTEND {end} is not after DTSTART {start}")
except Exception as error:  # vobject raises several types; any of them is a failure here
    problems.append(f"vobject: {error}")
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
