#!/bin/sh
# fuzz-one.sh TOP KIND SEED -- one program of make fuzz or make fuzz-ts
# (see fuzz.sh).  Prints "ok SEED" (for KIND ts followed by "clang" when
# Clang agreed too, "clang-known-bug" when the program meets a Clang bug
# docs/reliability.md lists), or "MISMATCH SEED COMPILER -On ..." after
# saving the program, the model's expectation, what it did, and a reduced
# program that still mismatches, in testsuite/fuzz/failures/.
set -u
top=$1 kind=$2 seed=$3
cc=${CC:-gcc}
dir=$top/testsuite/fuzz
case $kind in
ts) gen=$dir/build/gen-ts w=$dir/build/ts$seed out=$dir/failures/ts-seed-$seed ;;
*) gen=$dir/build/gen w=$dir/build/s$seed out=$dir/failures/seed-$seed ;;
esac
mkdir -p "$w"

# check DROPS COMPILER OPT: generate with DROPS, build with COMPILER (gcc:
# $CC with the plugin; clang: $CLANG -fdefer-ts) at OPT, run; 0 when it
# does what the model says, 1 when not, 2 when it does not even build.
check () {
	"$gen" "$seed" "$w/p.c" "$w/p.expected" "$1" > /dev/null || return 2
	if [ "$2" = gcc ]; then
		$cc $3 -w -fplugin="$top/plugin/defer.so" -I"$top/libdefer" \
			"$w/p.c" "$top/libdefer/libdefer.a" -ldl -lpthread -o "$w/p"
	else
		$CLANG -fdefer-ts $3 -w "$w/p.c" -o "$w/p"
	fi > "$w/p.cc-out" 2>&1 || return 2
	timeout 20 "$w/p" > "$w/p.out" 2> /dev/null
	echo "status $?" > "$w/p.actual"
	cat "$w/p.out" >> "$w/p.actual"
	cmp -s "$w/p.expected" "$w/p.actual" && return 0
	return 1
}

save () {
	mkdir -p "$out"
	cp "$w/p.c" "$out/$1.c"
	cp "$w/p.expected" "$out/$1.expected"
	[ -f "$w/p.actual" ] && cp "$w/p.actual" "$out/$1.actual"
	[ -s "$w/p.cc-out" ] && cp "$w/p.cc-out" "$out/$1.compiler"
	return 0
}

info=$("$gen" "$seed" "$w/p.c" "$w/p.expected") || { echo "MISMATCH $seed gen failed"; exit 0; }
count=${info%% *}
configs="gcc:-O0 gcc:-O2 gcc:-O3 gcc:-O2_-g"
verdict=""
if [ "$kind" = ts ] && [ -n "${CLANG:-}" ]; then
	case $info in
	*clang-bug:*) verdict=" clang-known-bug" ;;
	*) configs="$configs clang:-O0 clang:-O2" verdict=" clang" ;;
	esac
fi
for config in $configs; do
	compiler=${config%%:*}
	opt=$(echo "${config#*:}" | tr _ ' ')
	check "" "$compiler" "$opt"
	rc=$?
	[ $rc -eq 0 ] && continue
	rm -rf "$out"
	save original
	# Greedy reduction: drop each statement in turn while the program
	# still builds and still mismatches; twice over.
	drops=""
	for pass in 1 2; do
		i=0
		while [ $i -lt "$count" ]; do
			case ",$drops," in
			*",$i,"*) ;;
			*)	check "$drops${drops:+,}$i" "$compiler" "$opt"
				[ $? -eq $rc ] && drops="$drops${drops:+,}$i" ;;
			esac
			i=$((i + 1))
		done
	done
	check "$drops" "$compiler" "$opt"
	save reduced
	name=$compiler
	[ "$compiler" = clang ] && name=$CLANG
	cat > "$out/README" <<EOT
make fuzz${kind#defer} mismatch: seed $seed, $name at $opt ($( [ $rc -eq 2 ] && echo "does not build" || echo "output or status differs")).
Regenerate: $gen $seed prog.c expected [$drops]
original.c: the program; original.expected: what the model says
(first line: exit status); original.actual: what it did.
reduced.*: the same, statements $drops left out.
EOT
	echo "MISMATCH $seed $name $opt -> $out"
	exit 0
done
rm -rf "$w"
echo "ok $seed$verdict"
