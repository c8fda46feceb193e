#!/bin/sh
# fuzz.sh TOP N SEED -- make fuzz: N random programs (testsuite/fuzz/gen.c,
# seeds SEED ..), each compiled with the plugin at -O0, -O2, -O3 and
# -O2 -g and run; what it prints and its exit status must be what gen's
# model of the semantics says.  Two programs at a time (JOBS=).  A mismatch is
# reduced and saved under testsuite/fuzz/failures/seed-S/.  Prints counts;
# exits 1 on any mismatch.
set -eu
top=$1 n=$2 seed=$3
jobs=${JOBS:-2}
cc=${CC:-gcc}
dir=$top/testsuite/fuzz
mkdir -p "$dir/build"
$cc -O2 -Wall -Wextra "$dir/gen.c" -o "$dir/build/gen"
seq "$seed" $((seed + n - 1)) |
	xargs -P "$jobs" -n 1 sh "$dir/fuzz-one.sh" "$top" > "$dir/build/results"
ok=$(grep -c '^ok ' "$dir/build/results" || true)
bad=$(grep -c '^MISMATCH ' "$dir/build/results" || true)
grep '^MISMATCH ' "$dir/build/results" | sort -n -k2 || true
echo "fuzz: $n programs (seeds $seed..$((seed + n - 1))) at -O0 -O2 -O3 -O2 -g: $ok as the model says, $bad mismatched"
[ "$bad" -eq 0 ] && [ "$ok" -eq "$n" ]
