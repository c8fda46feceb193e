#!/bin/sh
# bad-input.sh TOP N SEED -- make fuzz-bad-input: N mutants of the
# testsuite's own programs (testsuite/fuzz/mutate.c), each compiled with
# the plugin at -O0 and -O2.  The compiler may reject them -- that is
# expected -- but must never crash: an internal compiler error, a signal
# or any exit status but 0 and 1 is a crash, saved with its seed under
# testsuite/fuzz/crashes/.  Prints counts; exits 1 on any crash.
set -eu
top=$1 n=$2 seed=$3
cc=${CC:-gcc}
work=$top/testsuite/fuzz/build
mkdir -p "$work" "$top/testsuite/fuzz/crashes"
$cc -O2 -Wall -Wextra "$top/testsuite/fuzz/mutate.c" -o "$work/mutate"
ls "$top"/testsuite/defer.*/*.c | sort > "$work/seeds"
nseeds=$(wc -l < "$work/seeds")
crashes=0 rejected=0 accepted=0
i=0
while [ $i -lt "$n" ]; do
	s=$((seed + i))
	file=$(sed -n "$((s % nseeds + 1))p" "$work/seeds")
	"$work/mutate" "$s" < "$file" > "$work/m.c"
	for opt in -O0 -O2; do
		set +e
		$cc $opt -S -o /dev/null -fplugin="$top/plugin/defer.so" \
			-I"$top/libdefer" -I"$top/testsuite/lib" "$work/m.c" \
			> "$work/out" 2>&1
		rc=$?
		set -e
		if [ $rc -gt 1 ] || grep -q "internal compiler error" "$work/out"; then
			crashes=$((crashes + 1))
			cp "$work/m.c" "$top/testsuite/fuzz/crashes/seed-$s.c"
			echo "CRASH: seed $s ($opt), from $(basename "$file"):"
			tail -n 5 "$work/out"
			break
		fi
		if [ $opt = -O2 ]; then
			if [ $rc -eq 0 ]; then accepted=$((accepted + 1))
			else rejected=$((rejected + 1)); fi
		fi
	done
	i=$((i + 1))
done
echo "fuzz-bad-input: $n mutants (seeds $seed..$((seed + n - 1))): $rejected rejected, $accepted accepted, $crashes crashed the compiler"
[ "$crashes" -eq 0 ]
