# asm-insns.awk -- count the instructions of one function in GCC's x86-64
# assembly output:     awk -v fn=NAME -f asm-insns.awk FILE.s FILE.s
# (the file twice: the first pass reads the LSDA, the second counts).
#
# Prints "NORMAL UNWIND":
#   NORMAL  instructions of the function's normal paths;
#   UNWIND  landing pads (the call-site table in .gcc_except_table names
#           them) and the FN.cold part in .text.unlikely, i.e. code that
#           only runs while an exception or forced unwind passes through.
# Directives, labels and comments are not counted.
# With -v list=1 it prints the normal-path instructions (and the labels
# between them) instead of the counts.

function is_insn(line) { return line ~ /^\t[a-z]/ }

function region_line() {
	if ($0 == fn ":" || $0 == fn ".cold:") { inside = 1; found = 1; return 0 }
	if (inside && $0 ~ /^\t\.size\t/ && ($2 == fn "," || $2 == fn ".cold,")) {
		inside = 0; return 0
	}
	return inside
}

# Pass 1: landing pads.  A call-site record is four ULEB128s: start,
# length (.LEHEn-.LEHBn), landing pad (.Lk-.LFBm, or 0), action.
FNR == NR {
	if (!region_line())
		next
	if ($0 ~ /^\t\.uleb128 \.LEHE[0-9]+-\.LEHB[0-9]+$/) { want_pad = 1; next }
	if (want_pad) {
		want_pad = 0
		if ($2 ~ /^\.L[0-9]+-/) { split($2, p, "-"); pad[p[1]] = 1 }
	}
	next
}

# Pass 2: count.
FNR == 1 { inside = 0; part = "hot"; after_jump = 0 }
{
	if (!region_line())
		next
}
/^\t\.section\t\.text\.unlikely/ { part = "cold"; next }
/^\t\.section\t\.gcc_except_table/ { part = "table"; next }
/^\t\.text$/ || /^\t\.section\t\.text(,|$)/ { part = "hot"; next }
/^\.L[0-9]+:/ {
	lab = substr($0, 1, length($0) - 1)
	if (part == "hot" && (lab in pad)) part = "pad"
	else if (part == "pad" && after_jump) part = "hot"
	if (list && part == "hot") print
	next
}
is_insn($0) {
	if (list && part == "hot") { sub(/^\t/, "  "); gsub(/\t/, " "); print }
	if (part == "hot") normal++
	else if (part == "pad" || part == "cold") unwind++
	after_jump = ($1 == "jmp" || $1 == "ret" || ($1 == "call" && $2 ~ /^_Unwind_Resume/))
}
END {
	if (!found) { print "asm-insns.awk: no function " fn > "/dev/stderr"; exit 1 }
	if (!list)
		print normal + 0, unwind + 0
}
