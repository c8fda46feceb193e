/* stddefer.h -- ISO C TS 25755's <stddefer.h>, for GCC with the gcc-defer
   plugin.

   `_Defer S' runs the deferred block S when execution leaves the block
   that encloses it (end of block, return, goto, break, continue), last in
   first out; S reads the variables as they are then.  This header spells
   it `defer'.  The plugin defines `_Defer' and __STDC_DEFER_TS25755__ in
   every translation unit; this header needs nothing else, not libdefer.
   README.md, "ISO C TS 25755 _Defer", has the rules.

   <defer.h> (Go's function-scoped `defer') defines `defer' too: a
   translation unit includes one of the two, and may use `_Defer' beside
   <defer.h>'s `defer'.  */

#ifndef __STDC_VERSION_STDDEFER_H__

#if defined (GCC_DEFER_H)
# error "<stddefer.h> and <defer.h> both define 'defer' (block-scoped and function-scoped): include one of them, and write '_Defer' for the block-scoped defer beside <defer.h>"
#elif !defined (__STDC_DEFER_TS25755__)
# error "<stddefer.h> needs a compiler with TS 25755 defer: GCC with the gcc-defer plugin (add $(pkg-config --cflags libdefer) or -fplugin=/path/to/plugin/defer.so), or Clang with -fdefer-ts"
#else
# define __STDC_VERSION_STDDEFER_H__ 202602L
# define defer _Defer
#endif

#endif /* __STDC_VERSION_STDDEFER_H__ */
