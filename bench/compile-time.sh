#!/bin/sh
# compile-time.sh TOP RUNS -- part of make bench: what loading the plugin
# costs a compilation with no defer in it (SPEC O6).  Each run compiles
# the same files at -O2 without and with the plugin, alternately, and
# takes the user+system time of each set; prints the medians and their
# ratio.  The files: every 16th of GCC's torture programs (make torture
# extracts them; skipped when absent), and an empty file 100 times.
set -eu
top=$1
runs=$2
cc=${CC:-gcc}
b=$top/bench/build
mkdir -p "$b"
exec_dir=$top/testsuite/torture/build/execute
: > "$b/empty.c"
: > "$b/compile-times"

# cpu SECONDS of "sh -c CMD" and its children.
if [ ! -x /usr/bin/time ]; then
	echo "compile-time.sh: /usr/bin/time is missing (apt-get install time)" >&2
	exit 1
fi
cpu() {
	/usr/bin/time -f "%U %S" sh -c "$1" 2>&1 >/dev/null | tail -n 1 |
		awk '{ print $1 + $2 }'
}
set_of() {	# set_of KIND FLAGS: the command compiling KIND's files
	if [ "$1" = torture ]; then
		echo "for f in \$(cat '$b/torture-list'); do $cc -O2 -w -S $2 \$f -o /dev/null 2>/dev/null || true; done"
	else
		echo "i=0; while [ \$i -lt 100 ]; do $cc -O2 -S $2 '$b/empty.c' -o /dev/null; i=\$((i+1)); done"
	fi
}
kinds=empty
if [ -d "$exec_dir" ]; then
	ls "$exec_dir"/*.c | sort | awk 'NR % 16 == 1' > "$b/torture-list"
	kinds="torture empty"
fi
plugin="-fplugin=$top/plugin/defer.so"
i=0
while [ $i -lt "$runs" ]; do
	for k in $kinds; do
		echo "$k plain $(cpu "$(set_of $k "")")" >> "$b/compile-times"
		echo "$k plugin $(cpu "$(set_of $k "$plugin")")" >> "$b/compile-times"
	done
	i=$((i + 1))
done
for k in $kinds; do
	med() {
		awk -v k="$k" -v m="$1" '$1 == k && $2 == m { print $3 }' "$b/compile-times" |
			sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
	}
	p=$(med plain) q=$(med plugin)
	if [ $k = torture ]; then
		what="$(wc -l < "$b/torture-list") torture programs at -O2"
	else
		what="an empty file, 100 times"
	fi
	printf '%-44s %6.2f s %6.2f s  %.3fx\n' "compile $what" "$p" "$q" \
		"$(echo "$q $p" | awk '{ print $1 / $2 }')"
done
[ -d "$exec_dir" ] || echo "(torture programs: apt-get install gcc-12-source, then make torture once)"
