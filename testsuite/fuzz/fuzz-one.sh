#!/bin/sh
# fuzz-one.sh TOP SEED -- one program of make fuzz (see fuzz.sh).  Prints
# "ok SEED", or "MISMATCH SEED -On ..." after saving the program, the
# model's expectation, what it did, and a reduced program that still
# mismatches, in testsuite/fuzz/failures/seed-SEED/.
set -u
top=$1 seed=$2
cc=${CC:-gcc}
dir=$top/testsuite/fuzz
gen=$dir/build/gen
w=$dir/build/s$seed
mkdir -p "$w"

# check DROPS OPT: generate with DROPS, build at OPT, run; 0 when it does
# what the model says, 1 when not, 2 when it does not even build.
check () {
	"$gen" "$seed" "$w/p.c" "$w/p.expected" "$1" > /dev/null || return 2
	$cc $2 -w -fplugin="$top/plugin/defer.so" -I"$top/libdefer" \
		"$w/p.c" "$top/libdefer/libdefer.a" -ldl -lpthread -o "$w/p" \
		> "$w/p.cc-out" 2>&1 || return 2
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

count=$("$gen" "$seed" "$w/p.c" "$w/p.expected") || { echo "MISMATCH $seed gen failed"; exit 0; }
for opt in -O0 -O2 -O3 "-O2 -g"; do
	check "" "$opt"
	rc=$?
	[ $rc -eq 0 ] && continue
	out=$dir/failures/seed-$seed
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
			*)	check "$drops${drops:+,}$i" "$opt"
				[ $? -eq $rc ] && drops="$drops${drops:+,}$i" ;;
			esac
			i=$((i + 1))
		done
	done
	check "$drops" "$opt"
	save reduced
	cat > "$out/README" <<EOT
make fuzz mismatch: seed $seed at $opt ($( [ $rc -eq 2 ] && echo "does not build" || echo "output or status differs")).
Regenerate: testsuite/fuzz/build/gen $seed prog.c expected [$drops]
original.c: the program; original.expected: what the model says
(first line: exit status); original.actual: what it did.
reduced.*: the same, statements $drops left out.
EOT
	echo "MISMATCH $seed $opt -> $out"
	exit 0
done
rm -rf "$w"
echo "ok $seed"
