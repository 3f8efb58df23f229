"""The bundle beside a bare PySide6 window bundled the same way: size, first paint, self-test.

Usage: python installer/build.py && python bench/bench_bundle.py [--dist dist] [--runs 5]

Both programs are started from their bundles (offscreen Qt, a fresh process each time) with
DVK_EXIT_AFTER_PAINT=1: each prints the monotonic time of its first paint and exits. DVK
Desktop opens a demo workspace (its usual start: the window at once, the data right after);
the baseline is installer/bare_window.py. The sizes come from the build's bundle-report.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_START_RATIO = 1.5  # the same target as bench_gui.py's start from source


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DVK_", "PYTHON", "QT_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        QT_QPA_PLATFORM="offscreen",
        DVK_EXIT_AFTER_PAINT="1",
    )
    return env


def first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` to the first paint it reports."""
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - started
    raise SystemExit(f"no first paint from {command[0]}: {done.stderr[-2000:]}")


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall-clock seconds of a command that must succeed."""
    started = time.monotonic()
    subprocess.run(command, env=env, capture_output=True, check=True, timeout=300)
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    report = json.loads((args.dist / "bundle-report.json").read_text(encoding="utf-8"))
    exe = ".exe" if sys.platform == "win32" else ""
    app = args.dist / "DVK Desktop"
    gui, cli = app / f"DVK Desktop{exe}", app / f"dvk{exe}"
    bare = args.dist / "bare-window" / f"bare-window{exe}"
    with tempfile.TemporaryDirectory(prefix="dvk-bench-bundle-") as tmp:
        home = Path(tmp)
        env = _env(home)
        workspace = home / "workspace"
        subprocess.run([str(cli), "demo", "-w", str(workspace)], env=env, check=True,
                       capture_output=True)  # fmt: skip
        for command in ([str(bare)], [str(gui), "-w", str(workspace)]):
            first_paint(command, env)  # warm the file cache: both are measured warm
        ours, base = [], []
        for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
            base.append(first_paint([str(bare)], env))
            ours.append(first_paint([str(gui), "-w", str(workspace)], env))
        self_cli = [timed([str(cli), "--self-test"], env) for _ in range(max(1, args.runs // 2))]
        env_gui = {k: v for k, v in env.items() if k != "DVK_EXIT_AFTER_PAINT"}
        self_gui = [
            timed([str(gui), "--self-test"], env_gui) for _ in range(max(1, args.runs // 2))
        ]

    def mb(entry: dict, key: str) -> str:
        return f"{entry[key] / 1e6:.1f} MB"

    ratio = statistics.median(ours) / statistics.median(base)
    print(f"DVK Desktop {report['version']} bundle ({report['platform']}), {args.runs} runs")
    print(f"{'':28}{'DVK Desktop':>14}{'bare QLabel':>14}")
    print(f"{'unpacked':28}{mb(report['app'], 'unpacked'):>14}{mb(report['bare'], 'unpacked'):>14}")
    print(
        f"{'compressed':28}{mb(report['app'], 'compressed'):>14}"
        f"{mb(report['bare'], 'compressed'):>14}"
    )
    print(
        f"{'start to first paint (med)':28}{statistics.median(ours) * 1000:>11.0f} ms"
        f"{statistics.median(base) * 1000:>11.0f} ms   {ratio:.2f}× "
        f"({'within' if ratio <= TARGET_START_RATIO else 'OVER'} {TARGET_START_RATIO}×)"
    )
    print(f"{'dvk --self-test (median)':28}{statistics.median(self_cli):>12.1f} s")
    print(f"{'DVK Desktop --self-test':28}{statistics.median(self_gui):>12.1f} s")


if __name__ == "__main__":
    main()
