#!/usr/bin/env python3
"""Checks the Flatpak manifest as far as a machine without flatpak-builder and
without the network can: it parses, names the application the desktop file
and the AppStream metadata name, runs the program the build installs, asks
for no network, and every local source it names exists.

usage: check-flatpak.py MANIFEST.json REPOSITORY
"""
import json
import pathlib
import re
import sys


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    manifest_path = pathlib.Path(sys.argv[1]).resolve()
    repo = pathlib.Path(sys.argv[2]).resolve()
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        fail(f"{manifest_path} does not parse: {error}")

    for key in ("id", "runtime", "runtime-version", "sdk", "command", "modules", "finish-args"):
        if key not in manifest:
            fail(f"the manifest has no '{key}'")
    app_id = manifest["id"]
    if manifest_path.stem != app_id:
        fail(f"the file is named {manifest_path.name}, the application {app_id}")
    if manifest["runtime"] != "org.kde.Platform" or manifest["sdk"] != "org.kde.Sdk":
        fail("the manifest must build on the KDE runtime (org.kde.Platform / org.kde.Sdk)")

    desktop = repo / "packaging" / "linux" / f"{app_id}.desktop"
    metainfo = repo / "packaging" / "linux" / f"{app_id}.metainfo.xml"
    for path in (desktop, metainfo, repo / "packaging" / "linux" / "icons" / f"{app_id}.svg"):
        if not path.is_file():
            fail(f"{path} is missing: the Flatpak exports it under the application's id")
    if f"<id>{app_id}</id>" not in metainfo.read_text(encoding="utf-8"):
        fail(f"{metainfo.name} does not carry the id {app_id}")
    exec_line = re.search(r"^Exec=(\S+)", desktop.read_text(encoding="utf-8"), re.M)
    if not exec_line or exec_line.group(1) != manifest["command"]:
        fail(f"the desktop file runs {exec_line and exec_line.group(1)}, the manifest {manifest['command']}")
    app_cmake = (repo / "src" / "app" / "CMakeLists.txt").read_text(encoding="utf-8")
    if f"add_executable({manifest['command']}" not in app_cmake:
        fail(f"the build does not make an executable named {manifest['command']}")

    # Privacy: letters carry health information; no network unless asked for.
    if any(arg.startswith("--share=network") for arg in manifest["finish-args"]):
        fail("the Flatpak must not ask for the network")

    sources = 0
    for module in manifest["modules"]:
        if "name" not in module or "buildsystem" not in module:
            fail(f"module {module.get('name')} lacks a name or a build system")
        for source in module.get("sources", []):
            if source.get("type") in ("dir", "file", "patch"):
                path = (manifest_path.parent / source["path"]).resolve()
                if not path.exists():
                    fail(f"source {source['path']} of {module['name']} does not exist ({path})")
                if source["type"] == "dir" and not (path / "CMakeLists.txt").is_file():
                    fail(f"source {source['path']} of {module['name']} is not the project ({path})")
                sources += 1
            elif source.get("type") in ("archive", "git"):
                if not (source.get("sha256") or source.get("commit") or source.get("tag")):
                    fail(f"remote source of {module['name']} is not pinned")
    if sources == 0:
        fail("no module builds the project's own sources")
    print(f"PASS: {manifest_path.name}: {app_id}, {len(manifest['modules'])} module(s), local sources present")


if __name__ == "__main__":
    main()
