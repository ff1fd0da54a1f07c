"""The shape of the house, checked on every test run.

1. Modules include only what the table below allows (arrows point down:
   common <- frameworks <- assessment <- scoring <- exports <- ui), and never
   another module's detail/ headers (a module's detail/ is its own).
2. Within ui/desktop, the rooms follow their own table: the shell may use
   every room; the pages use document/ and widgets/ and nothing of each other
   except what the table names.
3. The build has no OPTIONAL include and no EXISTS guard around the
   project's own files: renaming a fragment must fail the configure, not
   silently drop a suite.

Usage: check_architecture.py SOURCE_DIR"""
import os
import re
import sys

root = sys.argv[1]

# module -> the modules its sources may include (besides itself).
MODULES = {
    "common": set(),
    "frameworks": {"common"},
    "assessment": {"common", "frameworks"},
    "scoring": {"common", "frameworks", "assessment"},
    "exports": {"common", "frameworks", "assessment", "scoring"},
    # Room voting needs the assessment and its edits, not the figures.
    "room": {"common", "frameworks", "assessment"},
    # The sockets of room voting, shared by both front-ends; no wx.
    "ui/network": {"common"},
    "ui/cli": {"common", "frameworks", "assessment", "scoring", "exports", "room", "ui/network"},
    "ui/desktop": {"common", "frameworks", "assessment", "scoring", "exports", "room", "ui/network"},
}

# ui/desktop room -> the rooms it may include (besides itself). services/
# has no windows (settings, app context, languages, text conversions, error
# reports); widgets are controls any page may use; the shell holds the
# pages, and no page holds the shell.
PAGES = {"services", "document", "widgets"}
ROOMS = {
    "services": {"document"},
    "document": set(),
    "widgets": {"services", "document"},
    "workshop": PAGES,
    "dashboard": PAGES,
    "exporting": PAGES,
    "systems": PAGES,
    "roadmap": PAGES,
    "comparison": PAGES | {"exporting"},
    "training": PAGES,
    "shell": {"services", "document", "widgets", "workshop", "dashboard", "exporting", "systems", "roadmap", "comparison",
              "training"},
}

# detail/ headers another module may use, and why: the XML readers of
# frameworks and assessments translate pugixml's errors in one place.
SHARED_DETAIL = {"frameworks/detail/xml_support.h": {"assessment"}}

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)
problems = []


def sources(folder):
    for base, _, files in os.walk(os.path.join(root, folder)):
        for name in files:
            if name.endswith((".h", ".cpp")):
                yield os.path.join(base, name)


def module_of(include):
    for module in sorted(MODULES, key=len, reverse=True):
        if include.startswith(module + "/"):
            return module
    return None


for module, allowed in MODULES.items():
    for path in sources(module):
        rel = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for include in INCLUDE.findall(text):
            target = module_of(include)
            if target is None:
                continue  # generated headers, tests' own
            if target != module and target not in allowed:
                problems.append(f"{rel}: includes {include}, but {module} may not depend on {target}")
            if target != module and "/detail/" in "/" + include[len(target):] and \
                    module not in SHARED_DETAIL.get(include, set()):
                problems.append(f"{rel}: includes {include}, another module's detail/ header")
            if module == "ui/desktop" and target == "ui/desktop":
                room = rel.split(os.sep)[2] if rel.count(os.sep) >= 3 else None
                other = include.split("/")[2] if include.count("/") >= 3 else None
                if room in ROOMS and other in ROOMS and other != room and other not in ROOMS[room]:
                    problems.append(f"{rel}: includes {include}, but the {room} room may not use {other}")
                if room not in ROOMS and rel != os.path.join("ui", "desktop", "wx_pch.h"):
                    problems.append(f"{rel}: not in any room of ui/desktop (add it to a room, or the room to ROOMS)")

GUARD = re.compile(r"include\s*\([^)]*\bOPTIONAL\b|\bif\s*\([^)]*\bEXISTS\b[^)]*PROJECT_SOURCE_DIR|"
                   r"\bif\s*\([^)]*\bEXISTS\b[^)]*CMAKE_CURRENT_(SOURCE|LIST)_DIR", re.I)
for base, dirs, files in os.walk(root):
    dirs[:] = [d for d in dirs if not d.startswith(".") and d not in ("build",) and not d.startswith("build-")]
    for name in files:
        if name == "CMakeLists.txt" or name.endswith(".cmake"):
            path = os.path.join(base, name)
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if GUARD.search(line):
                        problems.append(f"{os.path.relpath(path, root)}:{number}: an optional include or EXISTS guard "
                                        f"around the project's own files: {line.strip()}")

for problem in problems:
    print(problem)
if problems:
    sys.exit(1)
print("architecture: module and room dependencies as in the table; no optional build fragments")
