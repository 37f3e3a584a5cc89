#!/usr/bin/env python3
# Runs Debian's wapiti (3.0.4) with two things mended; arguments are wapiti's own.
# - Every -x (exclude) pattern becomes a regular expression with its flags at the end
#   ('...\Z(?ms)'), which Python 3.11 refuses, so any exclusion crashes the crawler: the flags go
#   first (only where the installed version gets this wrong).
# - Loading the modules constructs all of them, selected or not, and the wapp module then downloads
#   its database from GitHub when none is stored: the scan must stay on loopback, so it never does.
import re
import sys

from wapitiCore.attack import mod_wapp
from wapitiCore.net import crawler

try:
    crawler.wildcard_translate("a*")
except re.error:

    def wildcard_translate(pattern):
        return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")

    crawler.wildcard_translate = wildcard_translate


def no_download(self):
    print("wapp database not downloaded (the scan stays on loopback)")


mod_wapp.mod_wapp.update = no_download

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402

sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
