#!/bin/sh
# run.sh TOP [EVERY] -- make torture: GCC's own gcc.c-torture/execute
# programs, from Debian's gcc-12-source, compiled at -O2 -fexceptions with
# and without the plugin.  A file that does not use defer must compile to
# the same assembly (the plugin touches nothing it should not), and every
# program that passes without the plugin must pass with it.  Against plain
# gcc (SPEC O6): the same assembly with -fplugin-arg-defer-no-exceptions;
# with the plugin's default -fexceptions, what -fexceptions alone changes
# is counted and printed, not failed.  EVERY=N takes
# every Nth file (CI runs a sample).  Prints counts; exits 1 on any
# difference or regression.
set -eu
top=$1
every=${2:-1}
cc=${CC:-gcc}
work=$top/testsuite/torture/build
exec_dir=$work/execute
if [ ! -d "$exec_dir" ]; then
	tarball=$(ls /usr/src/gcc-12/gcc-12*.tar.xz 2>/dev/null | grep -v gm2 | head -n 1)
	if [ -z "$tarball" ]; then
		echo "make torture needs GCC's sources: apt-get install gcc-12-source" >&2
		exit 1
	fi
	mkdir -p "$work"
	tar xJf "$tarball" -C "$work" --wildcards --strip-components=4 \
		'gcc-12*/gcc/testsuite/gcc.c-torture/execute/*.c'
fi

# .ci/gcc-versions extracts once on the host and copies the programs into
# each compiler's tree (the sid chroot has no gcc-12-source).
[ "$every" = "--extract-only" ] && exit 0

mkdir -p "$work/out"
ls "$exec_dir"/*.c | sort | awk -v e="$every" 'NR % e == 1 || e == 1' > "$work/list"
total=$(wc -l < "$work/list")
: > "$work/results"
xargs -P "$(nproc)" -n 1 sh "$top/testsuite/torture/one.sh" "$top" "$work" "$cc" \
	< "$work/list" >> "$work/results"

count() { grep -c "^$1 " "$work/results" || true; }
same=$(( $(count same-pass) + $(count same-fail) ))
echo "torture: $total files (every ${every}th), $(count skip) not compilable without the plugin"
echo "torture: $same compiled to identical assembly with the plugin, $(count differ) differ"
echo "torture: $(count same-pass) pass with the plugin, $(count regress) pass only without it"
echo "torture: against plain gcc (no -fexceptions): $(count plain-differ) differ with -fplugin-arg-defer-no-exceptions; $(count fexceptions-differ) differ with -fexceptions alone (the plugin's default)"
grep -E "^(differ|regress|plain-differ) " "$work/results" | sort || true
[ "$(count differ)" -eq 0 ] && [ "$(count regress)" -eq 0 ] &&
	[ "$(count plain-differ)" -eq 0 ]
