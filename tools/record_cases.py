#!/usr/bin/env python3
"""Record CPython's behaviour for every program of the differential corpus `src-it/cases/`.

For each `src-it/cases/<area>/<name>.py` this runs

    python3 <name>.py

with the case's directory as the working directory, stdin from /dev/null and the environment
`PYTHONHASHSEED=0`, `PYTHONIOENCODING=utf-8` (other variables are inherited, minus any
`PYTHON*` variable that could change behaviour), and writes `<name>.expected` next to the case.

File format of `<name>.expected` (UTF-8; stdout and stderr are copied byte for byte):

    # exit: <status>
    # stdout: <N> bytes
    <exactly N bytes of stdout>
    # stderr: <M> bytes
    <exactly M bytes of stderr>

A newline is inserted before `# stderr:` when the stdout text is non-empty and does not end with
one, and after the stderr bytes likewise; the byte counts exclude these separators, so the format
is unambiguous whatever the program prints.

Path normalisation (the Krait harness must apply the same rule to Krait's output before
comparing): in stdout and stderr, every occurrence of the absolute path of the `src-it/cases`
directory followed by `/` is deleted. CPython names the main script by its absolute path in
tracebacks (`File "/.../src-it/cases/exceptions/foo.py", line 3`), so this turns it into the path
relative to `src-it/cases/` (`File "exceptions/foo.py", line 3`), independent of where the
checkout lives or from which directory the runner starts.

Usage:
    tools/record_cases.py            re-record every case (or only the given case files/areas)
    tools/record_cases.py --check    re-run every case and compare with the recorded files
                                     (also under PYTHONHASHSEED=1 and 2, to catch output that
                                     depends on string hashing); exit status 1 on any difference
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "src-it", "cases")
TIMEOUT = 60


def case_files(selection):
    """All case files, or those named (files or area directories) in the selection, sorted."""
    targets = [os.path.abspath(s) for s in selection] or [CASES]
    found = []
    for t in targets:
        if os.path.isfile(t):
            found.append(t)
            continue
        for dirpath, _, names in os.walk(t):
            found.extend(os.path.join(dirpath, n) for n in names if n.endswith(".py"))
    return sorted(found)


def run_case(path, hashseed="0", command=("python3",)):
    """Run one case (under CPython unless another command is given) and return
    (exit status, stdout bytes, stderr bytes), normalised."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = hashseed
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(
        [*command, os.path.basename(path)],
        cwd=os.path.dirname(path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=TIMEOUT,
    )
    prefix = (CASES + os.sep).encode()
    return proc.returncode, proc.stdout.replace(prefix, b""), proc.stderr.replace(prefix, b"")


def render(status, out, err):
    """The `.expected` file content for one run."""
    def section(name, data):
        tail = b"" if not data or data.endswith(b"\n") else b"\n"
        return b"# %s: %d bytes\n" % (name.encode(), len(data)) + data + tail
    return b"# exit: %d\n" % status + section("stdout", out) + section("stderr", err)


def expected_path(path):
    return path[:-3] + ".expected"


def record(path):
    data = render(*run_case(path))
    with open(expected_path(path), "wb") as f:
        f.write(data)
    return path


def check(path):
    """Names of the hash seeds under which a fresh run differs from the recorded file."""
    try:
        with open(expected_path(path), "rb") as f:
            want = f.read()
    except FileNotFoundError:
        return ["missing .expected"]
    return [f"PYTHONHASHSEED={seed}" for seed in ("0", "1", "2")
            if render(*run_case(path, seed)) != want]


def krait_differs(path):
    """Whether ./krait's run of the case differs from the recorded file; prints a diff if so."""
    try:
        with open(expected_path(path), "rb") as f:
            want = f.read()
    except FileNotFoundError:
        return "missing .expected"
    got = render(*run_case(path, command=(os.path.join(ROOT, "krait"),)))
    if got == want:
        return None
    import difflib
    diff = difflib.unified_diff(want.decode("utf-8", "replace").splitlines(),
                                got.decode("utf-8", "replace").splitlines(),
                                "expected (CPython)", "krait", lineterm="", n=2)
    return "\n".join(diff)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare instead of recording")
    ap.add_argument("--krait", action="store_true",
                    help="run the cases with ./krait and show how they differ from the recording")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    files = case_files(args.cases)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        if args.krait:
            bad = 0
            for path, diff in zip(files, pool.map(krait_differs, files)):
                if diff:
                    bad += 1
                    print(f"DIFFERS {os.path.relpath(path, CASES)}\n{diff}")
            print(f"ran {len(files)} cases with krait, {bad} differ")
            return 1 if bad else 0
        if not args.check:
            for _ in pool.map(record, files):
                pass
            print(f"recorded {len(files)} cases")
            return 0
        bad = 0
        for path, diffs in zip(files, pool.map(check, files)):
            if diffs:
                bad += 1
                print(f"DIFFERS {os.path.relpath(path, CASES)}: {', '.join(diffs)}")
        print(f"checked {len(files)} cases, {bad} differ")
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
