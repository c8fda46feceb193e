#!/bin/sh
# fuzz.sh TOP N SEED [KIND] -- N random programs (seeds SEED ..), each
# compiled and run as fuzz-one.sh says; what it prints and its exit status
# must be what the generator's model of the semantics says.
#   KIND defer (make fuzz): testsuite/fuzz/gen.c, Go-style defer, with
#        the plugin at -O0, -O2, -O3 and -O2 -g.
#   KIND ts (make fuzz-ts): testsuite/fuzz/gen-ts.c, TS 25755 _Defer, with
#        the plugin at the same levels and, when $CLANG (default clang-22)
#        is found, with Clang's -fdefer-ts at -O0 and -O2: the model, GCC
#        and Clang must all agree, and a mismatch says which one did not.
# Two programs at a time (JOBS=).  A mismatch is reduced and saved under
# testsuite/fuzz/failures/[ts-]seed-S/.  Prints counts; exits 1 on any
# mismatch.
set -eu
top=$1 n=$2 seed=$3 kind=${4:-defer}
jobs=${JOBS:-2}
cc=${CC:-gcc}
dir=$top/testsuite/fuzz
mkdir -p "$dir/build"
case $kind in
defer) gen=gen ;;
ts)	gen=gen-ts
	CLANG=${CLANG-clang-22}
	if [ -n "$CLANG" ] && ! command -v "$CLANG" > /dev/null 2>&1; then
		echo "fuzz-ts: no $CLANG here: GCC against the model only"
		CLANG=
	fi
	export CLANG ;;
*) echo "fuzz.sh: KIND is defer or ts" >&2; exit 2 ;;
esac
$cc -O2 -Wall -Wextra "$dir/$gen.c" -o "$dir/build/$gen"
results=$dir/build/results-$kind
seq "$seed" $((seed + n - 1)) |
	xargs -P "$jobs" -n 1 sh "$dir/fuzz-one.sh" "$top" "$kind" > "$results"
ok=$(grep -c '^ok ' "$results" || true)
bad=$(grep -c '^MISMATCH ' "$results" || true)
grep '^MISMATCH ' "$results" | sort -n -k2 || true
range="seeds $seed..$((seed + n - 1))"
if [ "$kind" = defer ]; then
	echo "fuzz: $n programs ($range) at -O0 -O2 -O3 -O2 -g: $ok as the model says, $bad mismatched"
else
	with=$(grep -c '^ok .* clang$' "$results" || true)
	known=$(grep -c '^ok .* clang-known-bug$' "$results" || true)
	echo "fuzz-ts: $n programs ($range), GCC at -O0 -O2 -O3 -O2 -g${CLANG:+, $CLANG -fdefer-ts at -O0 -O2}: $ok as the model says${CLANG:+ ($with with Clang too, $known meet a known Clang bug)}, $bad mismatched"
fi
[ "$bad" -eq 0 ] && [ "$ok" -eq "$n" ]
