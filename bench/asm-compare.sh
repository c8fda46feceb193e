#!/bin/sh
# asm-compare.sh TOP [FUNCTION]
#
# Without FUNCTION: compile every pair in testsuite/defer.asm at -O2 and
# print, for each function written with defer, its instruction count
# beside its hand-written twin's (FN_twin).
# With FUNCTION: print that function's normal-path assembly beside its
# twin's.  FLAGS adds compiler flags (FLAGS=-fplugin-arg-defer-no-exceptions).
# -fno-ipa-icf: a function identical to its twin would otherwise become a
# jump to it, and count as one instruction.
set -eu
top=$1
fn=${2:-}
cc=${CC:-gcc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags="-O2 -fno-ipa-icf -fplugin=$top/plugin/defer.so -I$top/libdefer ${FLAGS:-}"
awkf=$top/bench/asm-insns.awk

for src in "$top"/testsuite/defer.asm/*.c; do
	base=$(basename "$src" .c)
	$cc $flags -S "$src" -o "$tmp/$base.s"
done

if [ -n "$fn" ]; then
	s=$(grep -l "^${fn}_twin:" "$tmp"/*.s | head -n 1)
	if [ -z "$s" ]; then
		echo "asm-compare: no pair ${fn} / ${fn}_twin in testsuite/defer.asm" >&2
		exit 1
	fi
	awk -v fn="$fn" -v list=1 -f "$awkf" "$s" "$s" > "$tmp/a"
	awk -v fn="${fn}_twin" -v list=1 -f "$awkf" "$s" "$s" > "$tmp/b"
	printf '%-40s %s\n' "$fn (defer)" "${fn}_twin (goto cleanup)"
	printf '%-40s %s\n' "----------------------------------------" "------------------------"
	paste "$tmp/a" "$tmp/b" | awk -F'\t' '{ printf "%-40s %s\n", $1, $2 }'
	exit 0
fi

echo "Instructions at -O2 ${FLAGS:-}($($cc -dumpfullversion 2>/dev/null || $cc -dumpversion)): each function written"
echo "with defer beside its hand-written goto-cleanup twin.  'normal' counts"
echo "the code of normal paths; 'unwind' the landing pads and FN.cold, which"
echo "run only while an exception or a forced unwind passes through."
echo
printf '%-18s %-16s %7s %7s %6s %8s\n' file function normal twin diff unwind
printf '%-18s %-16s %7s %7s %6s %8s\n' ---- -------- ------ ---- ---- ------
total=0 within=0
for s in "$tmp"/*.s; do
	for twin in $(sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)_twin:$/\1/p' "$s"); do
		set -- $(awk -v fn="$twin" -f "$awkf" "$s" "$s")
		d_norm=$1 d_unw=$2
		set -- $(awk -v fn="${twin}_twin" -f "$awkf" "$s" "$s")
		t_norm=$1
		diff=$((d_norm - t_norm))
		total=$((total + 1))
		[ "$diff" -le 2 ] && within=$((within + 1))
		printf '%-18s %-16s %7d %7d %+6d %8d\n' "$(basename "$s" .s).c" \
			"$twin" "$d_norm" "$t_norm" "$diff" "$d_unw"
	done
done
echo
echo "$within of $total pairs within 2 instructions of the twin."
echo "Side by side: make asm-compare FN=<function>"
