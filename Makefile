# Makefile -- gcc-defer: the plugin, libdefer, examples and the testsuite.
#
#   make                 build plugin/defer.so, libdefer/libdefer.{a,so}
#   make check           run the DejaGnu testsuite (RUNTESTFLAGS=... as usual)
#   make check-sanitize  the run and interop tests under ASan + UBSan
#   make check-tsan      the thread tests under ThreadSanitizer
#   make check-gcstress  the testsuite with GCC's collector always running
#   make check-valgrind  the examples, loop and panic tests under valgrind
#   make examples        build and run examples/, with one asm comparison
#   make asm-compare     instruction counts: defer vs hand-written cleanup
#   make bench           timings: defer, panic+recover, C++ and Go anchors
#   make fuzz            random programs against a model of the semantics
#                        (N=count SEED=first; reduced failures saved)
#   make fuzz-ts         random TS 25755 _Defer programs: the plugin and
#                        Clang 22 -fdefer-ts (CLANG=, if found) against a
#                        model (N=count SEED=first)
#   make fuzz-bad-input  mutated programs must never crash the compiler
#                        (N=count SEED=first)
#   make check-tools     defer.h parses in clang-tidy, clangd and cppcheck
#   make torture         GCC's torture programs: same code with the plugin
#                        (EVERY=N for a sample; needs gcc-12-source)
#   make install / uninstall   (prefix=..., DESTDIR=...)

top := $(abspath .)

# Configure on first use, so that `make' works on a fresh clone.
ifeq ($(wildcard config.mk),)
config.mk: configure config.mk.in
	./configure
endif
-include config.mk

# The GCC the plugin is for: configure's, or CC=gcc-N on make's command
# line.  A plugin must be built against the headers of the very GCC that
# loads it, and libdefer is compiled with that GCC and the plugin, so a
# change of compiler (its name or its version) rebuilds everything.
GCC_PLUGIN_DIR := $(shell $(CC) -print-file-name=plugin)
GCC_ID := $(CC) $(shell $(CC) -dumpfullversion 2>/dev/null)
$(shell test "`cat build-gcc.stamp 2>/dev/null`" = "$(GCC_ID)" || \
	echo "$(GCC_ID)" > build-gcc.stamp)

PLUGIN = plugin/defer.so
PLUGIN_SRCS = $(wildcard plugin/*.cc)
PLUGIN_OBJS = $(PLUGIN_SRCS:.cc=.o)
PLUGIN_HDRS = $(wildcard plugin/*.h)
PLUGIN_CXXFLAGS = -std=gnu++14 -fPIC -fno-rtti -fno-exceptions -O2 -g \
	-Wall -Wextra -Wno-unused-parameter -I$(GCC_PLUGIN_DIR)/include

# One set of objects, position-independent, for both libraries: a
# library that uses defer links libdefer.a into its own shared object.
# In an executable the linker relaxes their thread-local accesses to the
# direct (local-exec) form, so the archive costs a program nothing.
LIB_SRCS = $(wildcard libdefer/*.c)
LIB_OBJS = $(LIB_SRCS:.c=.o)
LIB_CFLAGS = -std=gnu11 -O2 -g -Wall -Wextra -fplugin=$(top)/$(PLUGIN) \
	-I$(top)/libdefer

# What a user adds to compile with the build tree (see README.md).
DEFER_CFLAGS = -fplugin=$(top)/$(PLUGIN) -I$(top)/libdefer
DEFER_LIBS = $(top)/libdefer/libdefer.a -ldl -lpthread

all: $(PLUGIN) libdefer/libdefer.a libdefer/libdefer.so.0 libdefer/libdefer.so

# make may have read the directory before that $(shell) wrote the stamp
# (./configure, then make, in a fresh clone): a rule for it, or make
# falls back to its built-in %.o: %.cc rule, without the plugin headers.
build-gcc.stamp:
	echo "$(GCC_ID)" > $@

plugin/%.o: plugin/%.cc $(PLUGIN_HDRS) config.mk build-gcc.stamp
	$(CXX) $(PLUGIN_CXXFLAGS) $(CXXFLAGS) -c $< -o $@

# Linked by the C driver: the only C++ runtime functions the plugin
# calls, operator new and delete, are exported by cc1, cc1plus and lto1
# themselves (GCC 11..16), and a plugin that names libstdc++.so.6 makes
# every compilation load it -- about 0.8 ms, most of what loading the
# plugin cost a file without defers (make bench, "compiling without
# defers").
$(PLUGIN): $(PLUGIN_OBJS) plugin/exports.map
	$(CC) -shared $(LDFLAGS) -Wl,--version-script=$(top)/plugin/exports.map \
		-o $@ $(PLUGIN_OBJS)

libdefer/%.o: libdefer/%.c libdefer/defer.h libdefer/internal.h libdefer/plugin-abi.h $(PLUGIN) build-gcc.stamp Makefile
	$(CC) $(LIB_CFLAGS) $(CFLAGS) -fPIC -c $< -o $@

libdefer/libdefer.a: $(LIB_OBJS)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJS)

# As installed: the library under its soname, and the name -ldefer finds,
# so that a program linked against the build tree runs from it
# (LD_LIBRARY_PATH=libdefer).
libdefer/libdefer.so.0: $(LIB_OBJS)
	$(CC) -shared $(LDFLAGS) -Wl,-soname,libdefer.so.0 -o $@ $(LIB_OBJS) -ldl -lpthread

libdefer/libdefer.so: libdefer/libdefer.so.0
	ln -sf libdefer.so.0 $@

# The testsuite runs from testsuite/, with the build tree's parts.
check: all
	@test -x "$(RUNTEST)" || { echo "make check needs DejaGnu: apt-get install dejagnu" >&2; exit 1; }
	cd testsuite && $(RUNTEST) --tool defer --srcdir $(top)/testsuite \
		DEFER_TOP=$(top) DEFER_CC="$(CC)" $(RUNTESTFLAGS)

# The testsuite with GCC's garbage collector running at every
# opportunity: a tree the plugin keeps from one function to the next
# without telling the collector becomes garbage at once
# (testsuite/gcstress/defer.sum).  The trees the plugin keeps live in the
# front end's time, which no -O level changes, so the run, form, diag and
# interop tests run at -O0 only: a full collection at every opportunity
# makes each compilation some twenty times slower.
GCSTRESS = --param ggc-min-heapsize=0 --param ggc-min-expand=0
check-gcstress: all
	@test -x "$(RUNTEST)" || { echo "make check-gcstress needs DejaGnu: apt-get install dejagnu" >&2; exit 1; }
	mkdir -p testsuite/gcstress
	cd testsuite/gcstress && DEFER_TEST_CFLAGS="$(GCSTRESS)" \
	DEFER_TEST_LEVELS="-O0" \
	$(RUNTEST) --tool defer --srcdir $(top)/testsuite DEFER_TOP=$(top) DEFER_CC="$(CC)" \
		run.exp form.exp diag.exp interop.exp $(RUNTESTFLAGS)

# The programs under AddressSanitizer (with LeakSanitizer) and UBSan; a
# separate summary, testsuite/sanitize/defer.sum.  loop-fork.c is left
# out: GCC 12's ASan allocator has no fork handler, so a child forked
# while another thread is inside malloc deadlocks in its first malloc
# (seen in gdb: __asan::Allocator::Allocate waiting on a lock).
check-sanitize: all
	@test -x "$(RUNTEST)" || { echo "make check-sanitize needs DejaGnu: apt-get install dejagnu" >&2; exit 1; }
	mkdir -p testsuite/sanitize
	cd testsuite/sanitize && DEFER_TEST_EXCLUDE="loop-fork.c" \
	DEFER_TEST_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all" \
	$(RUNTEST) --tool defer --srcdir $(top)/testsuite DEFER_TOP=$(top) DEFER_CC="$(CC)" \
		run.exp interop.exp $(RUNTESTFLAGS)

# pthread-cancel.c is left out: TSan reports a mutex released by a
# cancelled thread's cleanup as still held even with a plain
# pthread_cleanup_push handler and no plugin (docs/reliability.md).
check-tsan: all
	@test -x "$(RUNTEST)" || { echo "make check-tsan needs DejaGnu: apt-get install dejagnu" >&2; exit 1; }
	mkdir -p testsuite/tsan
	cd testsuite/tsan && DEFER_TEST_CFLAGS="-fsanitize=thread" \
	$(RUNTEST) --tool defer --srcdir $(top)/testsuite DEFER_TOP=$(top) DEFER_CC="$(CC)" \
		"run.exp=threads.c panic-threads.c recover-repeated.c loop-threads.c" \
		"interop.exp=pthread-exit.c go-goexit.c loop-pthread.c"

# The examples, then the tests of defers in loops (libdefer's records
# and pools), panics and recover at -O0 and -O2, under valgrind memcheck:
# no error, no definite or indirect leak; testsuite/valgrind/defer.sum.
# loop-fork.c is left out: in its forked children the parent's other
# threads do not exist, so what they held (their free lists, their
# frames' records) is lost there, as memory malloc'd by those threads
# would be; memcheck reports it in each child.
VALGRIND = valgrind -q --error-exitcode=9 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect \
	--show-leak-kinds=definite,indirect
check-valgrind: all
	@$(MAKE) --no-print-directory -C examples TOP=$(top) CC="$(CC)" valgrind
	@test -x "$(RUNTEST)" || { echo "make check-valgrind needs DejaGnu: apt-get install dejagnu" >&2; exit 1; }
	mkdir -p testsuite/valgrind
	cd testsuite/valgrind && DEFER_TEST_WRAPPER="$(VALGRIND)" \
	DEFER_TEST_EXCLUDE="loop-fork.c" \
	DEFER_TEST_LEVELS="-O0,-O2" \
	$(RUNTEST) --tool defer --srcdir $(top)/testsuite DEFER_TOP=$(top) DEFER_CC="$(CC)" \
		"run.exp=loop-*.c panic-*.c recover-*.c" "interop.exp=loop-*.c"

examples: all
	@$(MAKE) --no-print-directory -C examples TOP=$(top) CC="$(CC)" run

asm-compare: all
	@CC="$(CC)" CXX="$(CXX)" FLAGS="$(FLAGS)" sh bench/asm-compare.sh $(top) $(FN)

bench: all
	@CC="$(CC)" CXX="$(CXX)" sh bench/run.sh $(top)

N ?= 500
SEED ?= 1
fuzz: all
	@CC="$(CC)" sh testsuite/fuzz/fuzz.sh $(top) $(N) $(SEED) defer

fuzz-ts: all
	@CC="$(CC)" sh testsuite/fuzz/fuzz.sh $(top) $(N) $(SEED) ts

fuzz-bad-input: all
	@CC="$(CC)" sh testsuite/fuzz/bad-input.sh $(top) $(N) $(SEED)

check-tools: all
	@CC="$(CC)" sh testsuite/tools/check.sh $(top)

EVERY ?= 1
torture: all
	@CC="$(CC)" sh testsuite/torture/run.sh $(top) $(EVERY)

# The plugin goes under the prefix, one directory per GCC major version
# (plugins for several GCCs side by side), and pkg-config names it by its
# absolute path: a non-root prefix works, and ccache, which hashes a
# plugin named by path, sees an upgrade.  libdefer-gcc-N.pc is the GCC N
# plugin's; libdefer.pc is the one for the compiler configure chose
# (another CC= on make's command line installs its own -gcc-N.pc only).
GCC_MAJOR := $(shell $(CC) -dumpversion | sed 's/\..*//')
plugindir = $(libdir)/gcc-defer/gcc-$(GCC_MAJOR)
installed_pcs = $(DESTDIR)$(pkgconfigdir)/libdefer-gcc-$(GCC_MAJOR).pc
ifeq ($(CC),$(CONFIGURED_CC))
installed_pcs += $(DESTDIR)$(pkgconfigdir)/libdefer.pc
endif

install: all
	$(INSTALL) -d $(DESTDIR)$(plugindir) $(DESTDIR)$(includedir) \
		$(DESTDIR)$(libdir) $(DESTDIR)$(pkgconfigdir)
	$(INSTALL) -m 755 $(PLUGIN) $(DESTDIR)$(plugindir)/defer.so
	$(INSTALL) -m 644 libdefer/defer.h $(DESTDIR)$(includedir)/defer.h
	$(INSTALL) -m 644 libdefer/stddefer.h $(DESTDIR)$(includedir)/stddefer.h
	$(INSTALL) -m 644 libdefer/libdefer.a $(DESTDIR)$(libdir)/libdefer.a
	$(INSTALL) -m 755 libdefer/libdefer.so.0 $(DESTDIR)$(libdir)/libdefer.so.0
	ln -sf libdefer.so.0 $(DESTDIR)$(libdir)/libdefer.so
	for pc in $(installed_pcs); do \
	  sed -e 's|^prefix=.*|prefix=$(prefix)|' \
	      -e 's|^exec_prefix=.*|exec_prefix=$(exec_prefix)|' \
	      -e 's|^libdir=.*|libdir=$(libdir)|' \
	      -e 's|^includedir=.*|includedir=$(includedir)|' \
	      -e 's|^gcc_major=.*|gcc_major=$(GCC_MAJOR)|' \
	      libdefer/libdefer.pc > $$pc || exit 1; \
	done
	@if [ -z "$(DESTDIR)" ] && [ -w /etc/ld.so.cache ]; then ldconfig 2>/dev/null || true; fi

# The shared parts (defer.h, libdefer) stay while another GCC's plugin is
# installed.
uninstall:
	rm -f $(DESTDIR)$(plugindir)/defer.so $(installed_pcs)
	-rmdir $(DESTDIR)$(plugindir) $(DESTDIR)$(libdir)/gcc-defer 2>/dev/null
	if ! ls $(DESTDIR)$(libdir)/gcc-defer/gcc-*/defer.so > /dev/null 2>&1; then \
	  rm -f $(DESTDIR)$(includedir)/defer.h \
		$(DESTDIR)$(includedir)/stddefer.h $(DESTDIR)$(libdir)/libdefer.a \
		$(DESTDIR)$(libdir)/libdefer.so $(DESTDIR)$(libdir)/libdefer.so.0 \
		$(DESTDIR)$(pkgconfigdir)/libdefer.pc; \
	fi

clean:
	rm -f plugin/*.o $(PLUGIN) libdefer/*.o libdefer/libdefer.a \
		libdefer/libdefer.so libdefer/libdefer.so.0 build-gcc.stamp
	rm -rf bench/build testsuite/torture/build testsuite/sanitize \
		testsuite/gcstress build testsuite/tools/build \
		testsuite/tsan testsuite/valgrind testsuite/fuzz/build
	rm -rf testsuite/*.log testsuite/*.sum testsuite/*.exe testsuite/*.s \
		testsuite/*.defer testsuite/*.o
	-@$(MAKE) --no-print-directory -C examples TOP=$(top) CC="$(CC)" clean 2>/dev/null

distclean: clean
	rm -f config.mk config.log config.status libdefer/libdefer.pc
	rm -rf autom4te.cache

.PHONY: all check check-gcstress check-sanitize check-tsan check-valgrind check-tools examples asm-compare bench torture fuzz fuzz-ts fuzz-bad-input install uninstall clean distclean
