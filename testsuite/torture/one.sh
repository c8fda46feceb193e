#!/bin/sh
# one.sh TOP WORK CC FILE -- one torture program for run.sh.  Prints
# "RESULT name": skip (does not compile without the plugin), differ
# (assembly differs with the plugin), regress (passes only without the
# plugin), or same-pass / same-fail (identical code; its run status).
# Then, for a file that compiles, against plain gcc (no -fexceptions):
# "plain-differ name" if the plugin with -fplugin-arg-defer-no-exceptions
# changes its code, and "fexceptions-differ name" if -fexceptions alone
# does (what the plugin's default costs such a file, SPEC O6).
top=$1 work=$2 cc=$3 f=$4
n=$(basename "$f" .c)
o=$work/out/$n
flags="-O2 -fexceptions -w -fno-ident"
plugin="-fplugin=$top/plugin/defer.so"

if ! $cc $flags -S "$f" -o "$o.a.s" 2>/dev/null; then
	echo "skip $n"
	exit 0
fi
plain="-O2 -w -fno-ident"
if $cc $plain -S "$f" -o "$o.p.s" 2>/dev/null; then
	if ! $cc $plain $plugin -fplugin-arg-defer-no-exceptions -S "$f" \
		-o "$o.q.s" 2>/dev/null || ! cmp -s "$o.p.s" "$o.q.s"; then
		echo "plain-differ $n"
	fi
	cmp -s "$o.p.s" "$o.a.s" || echo "fexceptions-differ $n"
fi
rm -f "$o.p.s" "$o.q.s"
if ! $cc $flags $plugin -S "$f" -o "$o.b.s" 2>/dev/null ||
   ! cmp -s "$o.a.s" "$o.b.s"; then
	echo "differ $n"
	exit 0
fi
base=fail
if $cc $flags "$f" -o "$o.a" -lm 2>/dev/null &&
   timeout 10 "$o.a" >/dev/null 2>&1; then
	base=pass
fi
with=fail
if $cc $flags $plugin "$f" -o "$o.b" -lm 2>/dev/null &&
   timeout 10 "$o.b" >/dev/null 2>&1; then
	with=pass
fi
rm -f "$o.a" "$o.b" "$o.a.s" "$o.b.s"
if [ $base = pass ] && [ $with = fail ]; then
	echo "regress $n"
else
	echo "same-$with $n"
fi
