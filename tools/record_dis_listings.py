#!/usr/bin/env python3
"""Record Krait's `dis` listings for the programs of `src-it/dis-listings/`.

A `dis` listing shows Krait's own instructions, so it cannot be compared with CPython's; instead
each `src-it/dis-listings/<name>.py` is run with `./krait` (working directory the program's, stdin
from /dev/null, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8) and its stdout is stored as
`<name>.listing`, after two normalisations that DisListingTest applies too: object addresses
(`0x7f...`) become `0x?`, and the absolute path of `src-it/dis-listings/` followed by `/` is
deleted. A program must exit with status 0 and print nothing on stderr.

Read a new or changed listing before committing it: it is what the test will hold Krait to.

Usage:
    tools/record_dis_listings.py                 record every program
    tools/record_dis_listings.py FILE.py ...     record the given programs
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, 'src-it', 'dis-listings')


def normalise(text):
    text = text.replace(DIR + '/', '')
    return re.sub(r'0x[0-9a-f]+', '0x?', text)


def record(py):
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env.update(PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
    with open(os.devnull, 'rb') as null:
        r = subprocess.run([os.path.join(ROOT, 'krait'), os.path.basename(py)], cwd=os.path.dirname(py),
                           stdin=null, capture_output=True, env=env)
    if r.returncode != 0 or r.stderr:
        sys.stderr.write(f'{py}: exit {r.returncode}\n{r.stderr.decode()}')
        return False
    with open(py[:-3] + '.listing', 'w', encoding='utf-8') as f:
        f.write(normalise(r.stdout.decode('utf-8')))
    return True


def main():
    files = [os.path.abspath(a) for a in sys.argv[1:]] or sorted(
        os.path.join(DIR, n) for n in os.listdir(DIR) if n.endswith('.py'))
    ok = all([record(py) for py in files])
    print(f'recorded {len(files)} listings' if ok else 'some programs failed')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
