#!/bin/sh
# check.sh TOP -- make check-tools: code using defer.h parses cleanly in
# the tools that read C without GCC and the plugin -- clang-tidy, clangd
# (Clang's parser) and cppcheck -- when told -DGCC_DEFER_PARSE_ONLY, as
# README's "Editors and static tools" says; and a real build that is
# given that macro instead of the plugin does not link.  Every example and
# every asm pair.  Prints counts; exits 1 on any failure.
set -u
top=$1
cc=${CC:-gcc}
for tool in clang-tidy clangd cppcheck; do
	command -v $tool > /dev/null || {
		echo "make check-tools needs $tool: apt-get install clang-tidy clangd cppcheck" >&2
		exit 1
	}
done
work=$top/testsuite/tools/build
rm -rf "$work"
mkdir -p "$work"
# Not the ts-*.c pairs: they are TS 25755 _Defer, which these tools'
# Clang (Debian 12: 14) does not parse; Clang 22 does with -fdefer-ts.
files=$(ls "$top"/examples/*.c "$top"/testsuite/defer.asm/*.c | grep -v '/ts-[^/]*\.c$')
inc="-I$top/libdefer -I$top/testsuite/lib"
fail=0
n=0

# clangd reads the build's own flags from compile_commands.json, GCC's
# -fplugin included, and .clangd edits them (README); it opens copies of
# the files, in the directory of those two.
{
	echo "["
	sep=""
	for f in $files; do
		b=$(basename "$f")
		printf '%s{"directory": "%s", "file": "%s", "command": "gcc -O2 -Wall -Wextra -fplugin=%s/plugin/defer.so %s -c %s"}\n' \
			"$sep" "$work" "$work/$b" "$top" "$inc" "$b"
		sep=","
	done
	echo "]"
} > "$work/compile_commands.json"
cat > "$work/.clangd" <<'EOC'
CompileFlags:
  Add: [-DGCC_DEFER_PARSE_ONLY]
  Remove: [-fplugin=*, -fplugin-arg-*]
EOC

for f in $files; do
	n=$((n + 1))
	name=${f#$top/}
	# clang-tidy: Clang's own diagnostics (errors, and -Wall -Wextra).
	out=$(clang-tidy -quiet --checks='-*,clang-diagnostic-*' "$f" -- \
		-DGCC_DEFER_PARSE_ONLY $inc -Wall -Wextra 2>&1 | grep -E "(error|warning):")
	if [ -n "$out" ]; then
		echo "FAIL: clang-tidy $name"; echo "$out"; fail=$((fail + 1))
	fi
	# clangd, through compile_commands.json and .clangd.
	cp "$f" "$work/"
	out=$(cd "$work" && clangd --check="$work/$(basename "$f")" 2>&1)
	if ! echo "$out" | grep -q "All checks completed, 0 errors"; then
		echo "FAIL: clangd $name"; echo "$out" | grep "^E\[" ; fail=$((fail + 1))
	fi
	# cppcheck: its preprocessor and parser; what its checkers think of
	# code whose deferred statements it cannot place is not asked here.
	out=$(cppcheck -q --template='{id}: {file}:{line}: {message}' \
		-DGCC_DEFER_PARSE_ONLY $inc "$f" 2>&1 |
		grep -E "^(syntaxError|preprocessorErrorDirective|unknownMacro|internalAstError|cppcheckError|internalError)")
	if [ -n "$out" ]; then
		echo "FAIL: cppcheck $name"; echo "$out"; fail=$((fail + 1))
	fi
done

# Without the plugin, the macro must not make a program: it compiles but
# does not link, naming what to do.
f=$top/examples/copy-file.c
if out=$($cc -O2 -DGCC_DEFER_PARSE_ONLY -I"$top/libdefer" "$f" -o "$work/parse-only" 2>&1); then
	echo "FAIL: a build with GCC_DEFER_PARSE_ONLY and no plugin linked"
	fail=$((fail + 1))
elif ! echo "$out" | grep -q "gcc_defer_parse_only__compile_with_fplugin_defer"; then
	echo "FAIL: a build with GCC_DEFER_PARSE_ONLY and no plugin: unexpected message"
	echo "$out"; fail=$((fail + 1))
fi
# With the plugin, the macro changes nothing.
if ! $cc -O2 -DGCC_DEFER_PARSE_ONLY -fplugin="$top/plugin/defer.so" -I"$top/libdefer" \
	"$f" "$top/libdefer/libdefer.a" -o "$work/with-plugin" 2>&1 ||
   ! "$work/with-plugin" "$f" "$work/copy.out" > /dev/null ||
   ! cmp -s "$f" "$work/copy.out"; then
	echo "FAIL: a build with GCC_DEFER_PARSE_ONLY and the plugin"
	fail=$((fail + 1))
fi

echo "tools: $n files parse cleanly in clang-tidy, clangd and cppcheck: $((n * 3 + 2 - fail)) of $((n * 3 + 2)) checks passed"
[ "$fail" -eq 0 ]
