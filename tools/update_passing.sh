#!/bin/sh
# Rewrites src-it/cases/passing.txt from the identical programs of the last CorpusDifferentialTest
# run, whose output was saved with: ./mvnw -o -pl engine -am test -Dtest=CorpusDifferentialTest ... > FILE
# Usage: tools/update_passing.sh FILE
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
{
    echo "# Corpus programs the interpreter runs identically to CPython 3.11 (exit, stdout, stderr)."
    echo "# CorpusDifferentialTest fails if one of these regresses. Regenerate with tools/update_passing.sh."
    grep '^CorpusDifferentialTest: IDENTICAL ' "$1" | sed 's/^CorpusDifferentialTest: IDENTICAL //' | sort
} > "$root/src-it/cases/passing.txt"
