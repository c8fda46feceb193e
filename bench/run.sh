#!/bin/sh
# run.sh TOP -- make bench: build the benchmarks at -O2, run each RUNS
# times (default 5) side by side, print medians and ratios.  With go
# installed, run Go's own BenchmarkDefer, BenchmarkDefer10 and
# BenchmarkPanicRecover in the same run and print our ratio to them; and
# the same with Go 1.27 when the GCC versions chroot has it
# (sh .ci/gcc-versions go installs golang-1.27-go there; needs root).
set -eu
top=$1
runs=${RUNS:-5}
b=$top/bench/build
mkdir -p "$b"
cc=${CC:-gcc}
$cc -O2 -fplugin="$top/plugin/defer.so" -I"$top/libdefer" \
	"$top/bench/panic-recover.c" "$top/libdefer/libdefer.a" -ldl -lpthread \
	-o "$b/panic-recover"
$cc -O2 -fplugin="$top/plugin/defer.so" -I"$top/libdefer" \
	-I"$top/testsuite/lib" "$top/bench/defer-loop.c" "$top/libdefer/libdefer.a" -ldl -lpthread \
	-o "$b/defer-loop"
${CXX:-g++} -O2 "$top/bench/throw-catch.cc" -o "$b/throw-catch"

: > "$b/results"
i=0
while [ $i -lt "$runs" ]; do
	"$b/panic-recover" >> "$b/results"
	"$b/throw-catch" >> "$b/results"
	"$b/defer-loop" >> "$b/results"
	i=$((i + 1))
done

median() {
	awk -v k="$1" '$1 == k { print $2 }' "$b/results" | sort -g |
		awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
direct=$(median direct_call)
deferc=$(median defer_call)
pr=$(median panic_recover)
tc=$(median throw_catch)
d10=$(median defer10_per_defer)
c10=$(median direct10_per_call)
once=$(median defer_once)
once_direct=$(median direct_once)
mallocs=$(awk '$1 == "steady_mallocs" { s += $2 } END { print s + 0 }' "$b/results")
speedup=$(median two_threads_speedup)
speedup_direct=$(median two_threads_speedup_direct)

gobench=""
if command -v go >/dev/null 2>&1; then
	gobench=$(cd "$(go env GOROOT)/src/runtime" 2>/dev/null &&
		go test -run=NONE -bench='^(BenchmarkDefer|BenchmarkDefer10|BenchmarkPanicRecover)$' \
			-count="$runs" . 2>/dev/null | awk '/^Benchmark/ { print $1, $3 }') || gobench=""
fi
# Go 1.27 from the Debian sid chroot of .ci/gcc-versions (Debian 12's Go
# is 1.19, whose defers are slower and panics faster than today's).
sid=${GCC_DEFER_SID:-/var/lib/gcc-defer/sid}
go127=$sid/usr/lib/go-1.27/bin/go
gobench127=""
go127bench() {		# go127bench PREFIX...: run it, through PREFIX
	"$@" sh -c "cd /usr/lib/go-1.27/src/runtime && go test -run=NONE \
		-bench='^(BenchmarkDefer|BenchmarkDefer10|BenchmarkPanicRecover)\$' \
		-count=$runs ." 2>/dev/null | awk '/^Benchmark/ { print $1, $3 }'
}
if [ -x /usr/lib/go-1.27/bin/go ]; then
	# Inside the chroot itself (.ci/gcc-versions run 13..16 make bench).
	go127=/usr/lib/go-1.27/bin/go
	gobench127=$(go127bench env PATH=/usr/lib/go-1.27/bin:/usr/bin:/bin \
		HOME="${HOME:-/root}" GOTOOLCHAIN=local) || gobench127=""
elif [ -x "$go127" ] && [ "$(id -u)" -eq 0 ]; then
	mountpoint -q "$sid/proc" || mount -t proc proc "$sid/proc"
	gobench127=$(go127bench chroot "$sid" /usr/bin/env -i \
		PATH=/usr/lib/go-1.27/bin:/usr/bin:/bin HOME=/root GOTOOLCHAIN=local) ||
		gobench127=""
fi
gomed() {
	echo "$gobench" | awk -v k="$1" '$1 ~ "^"k"(-[0-9]+)?$" { print $2 }' | sort -g |
		awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "gcc-defer benchmarks: medians of $runs runs, ns per operation ($(uname -m), $(nproc) cores)"
echo
printf '%-44s %10s\n' benchmark ns/op
printf '%-44s %10.2f\n' "direct call, 3 arguments" "$direct"
printf '%-44s %10.2f\n' "same call through one defer" "$deferc"
printf '%-44s %10.2f\n' "  defer overhead" "$(echo "$deferc $direct" | awk '{ print $1 - $2 }')"
printf '%-44s %10.1f\n' "defer_panic + defer_recover, one frame" "$pr"
printf '%-44s %10.1f\n' "C++ throw + catch, one frame (g++ -O2)" "$tc"
printf '%-44s %10.2f\n' "10 defers in a loop: per defer" "$d10"
printf '%-44s %10.2f\n' "the same loop calling directly: per call" "$c10"
printf '%-44s %10.2f\n' "  cost of a defer in a loop" "$(echo "$d10 $c10" | awk '{ print $1 - $2 }')"
printf '%-44s %10.2f\n' "a function whose loop defers once" "$once"
printf '%-44s %10.2f\n' "the same function calling directly" "$once_direct"
printf '%-44s %10.2f\n' "  cost of that one defer" "$(echo "$once $once_direct" | awk '{ print $1 - $2 }')"
echo
printf 'panic+recover / C++ throw+catch: %.2fx\n' "$(echo "$pr $tc" | awk '{ print $1 / $2 }')"
printf 'defers in a loop, two threads / one (throughput): %.2fx\n' "$speedup"
printf '  (the machine, same loop calling directly: %.2fx)\n' "$speedup_direct"
printf 'mallocs in steady-state runs of 50 million defers: %s\n' "$mallocs"
# print_go LABEL VERSION: the medians of $gobench and our ratios to them.
print_go() {
	gd=$(gomed BenchmarkDefer)
	gd10=$(gomed BenchmarkDefer10)
	gp=$(gomed BenchmarkPanicRecover)
	echo
	echo "$1 ($2), same machine, same run:"
	printf '%-44s %10s\n' "BenchmarkDefer" "$gd"
	printf '%-44s %10s\n' "BenchmarkDefer10 (per defer)" "$gd10"
	printf '%-44s %10s\n' "BenchmarkPanicRecover" "$gp"
	printf 'defer call / %s BenchmarkDefer: %.2fx\n' "$1" "$(echo "$deferc $gd" | awk '{ print $1 / $2 }')"
	printf 'defer in a loop / %s BenchmarkDefer10: %.2fx\n' "$1" "$(echo "$d10 $gd10" | awk '{ print $1 / $2 }')"
	printf 'panic+recover / %s BenchmarkPanicRecover: %.2fx\n' "$1" "$(echo "$pr $gp" | awk '{ print $1 / $2 }')"
}
if [ -n "$gobench" ]; then
	print_go Go "$(go version | awk '{ print $3 }')"
else
	echo "(go not installed: apt-get install golang-go to compare with Go's benchmarks)"
fi
echo
echo "compiling without defers (no <defer.h>): CPU time, without / with the plugin, ratio"
sh "$top/bench/compile-time.sh" "$top" "$runs"
if [ -n "$gobench127" ]; then
	gobench=$gobench127
	print_go "Go 1.27" "Debian sid: $($go127 version 2>/dev/null | awk '{ print $3 }')"
else
	echo "(Go 1.27: sh .ci/gcc-versions go installs it in the GCC versions chroot)"
fi
