/* defer.h -- Go's defer for C.  Needs the gcc-defer plugin:

     gcc $(pkg-config --cflags libdefer) ...  (installed)
     gcc -fplugin=path/to/plugin/defer.so ... (from the build tree)

   defer CALL;         the callee and arguments are evaluated now; the call
                       runs when the enclosing function returns or unwinds.
   defer STATEMENT;    any other statement (a { block }, an assignment...)
                       is evaluated at exit; variables of inner blocks are
                       copied now.

   Deferred statements run last-in-first-out when their function returns,
   falls off its end, or is unwound (C++ exception, pthread_exit,
   pthread_cancel).  See README.md for the whole contract.  */

#ifndef GCC_DEFER_H
#define GCC_DEFER_H


/* Nested, not one #if: cppcheck's preprocessor gives up on an #if that
   names __has_attribute when it does not know it.  */
#ifdef GCC_DEFER_PARSE_ONLY
# if !defined (__has_attribute)
#  define __GCC_DEFER_PARSE_ONLY 1
# elif !__has_attribute (gcc_defer)
#  define __GCC_DEFER_PARSE_ONLY 1
# endif
#endif

#if defined (__STDC_VERSION_STDDEFER_H__)
# error "<defer.h> and <stddefer.h> both define 'defer' (function-scoped and block-scoped): include one of them, and write '_Defer' for the block-scoped defer beside <defer.h>"
#elif defined (__GCC_DEFER_PARSE_ONLY)

/* For tools that parse C without GCC and the plugin -- clangd,
   clang-tidy, cppcheck -- told so with -DGCC_DEFER_PARSE_ONLY (README,
   "Editors and static tools"): the same names, declared so that code
   using them parses and type-checks.  A deferred statement is checked
   but never reached, so these tools do not know when it runs.  Compiled
   for real this way, a program must not link: the reference below is
   undefined, and its name says what to do.  */
#ifdef __cplusplus
extern "C" {
#endif
void defer_panic (const char *message) __attribute__ ((__noreturn__));
void defer_panicf (const char *format, ...) __attribute__ ((__noreturn__))
  __attribute__ ((__format__ (__printf__, 1, 2)));
const char *defer_recover (void);
extern int gcc_defer_parse_only__compile_with_fplugin_defer (void);
static int __attribute__ ((__used__))
__gcc_defer_parse_only (void)
{
  return gcc_defer_parse_only__compile_with_fplugin_defer ();
}
#ifdef __cplusplus
}
#endif
/* An lvalue, of the right type for integer returns only.  */
extern long long gcc_defer_parse_only__result;
#define defer_result gcc_defer_parse_only__result
#define defer if (1) {} else

#elif !defined (__has_attribute)
# error "defer.h needs GCC with the gcc-defer plugin: add $(pkg-config --cflags libdefer) (or -fplugin=/path/to/plugin/defer.so)"
#elif !__has_attribute (gcc_defer)
# error "defer.h needs the gcc-defer plugin loaded: add $(pkg-config --cflags libdefer) (or -fplugin=/path/to/plugin/defer.so)"
#elif !defined (__GCC_DEFER_TOKEN_FORM__)
# error "defer.h is newer than the gcc-defer plugin loaded: install the plugin built with this defer.h"
#else

#ifdef __cplusplus
extern "C" {
#endif

/* Start a panic (SPEC S7, S9): the stack unwinds and every pending
   deferred statement of every frame runs, innermost frame first.  When
   the unwinding reaches the bottom of the thread's stack, the process
   prints "panic: MESSAGE" and a backtrace to stderr and exits with
   status 2, unless a deferred statement recovers it (defer_recover).  */
void defer_panic (const char *message) __attribute__ ((__noreturn__));
void defer_panicf (const char *format, ...) __attribute__ ((__noreturn__))
  __attribute__ ((__format__ (__printf__, 1, 2)));

/* Called directly in a deferred statement while a panic unwinds through
   the function: stop the panic and return its message; the function's
   remaining deferred statements run and it returns defer_result to its
   caller.  Anywhere else (no panic, a helper function, ordinary code) it
   returns NULL.  The message lives until the next panic recovered on
   the same thread.  */
const char *defer_recover (void);

/* defer_result: inside a deferred statement, an lvalue of the function's
   return type holding the value about to be returned (SPEC S5); assigning
   it changes what the caller receives.  It starts at zero.  The plugin
   gives the typedef below the return type of each function while the
   function is parsed, and replaces the call by the function's result.  */
typedef struct __gcc_defer_outside_function __gcc_defer_return_type;
extern void *__gcc_defer_result_addr (void)
  __attribute__ ((__gcc_defer__, __const__));
#define defer_result (*(__gcc_defer_return_type *) __gcc_defer_result_addr ())

/* The plugin recognises the loops below by this function and replaces
   them; it is never called.  Its argument says which form was written.  */
extern int __gcc_defer_site (int __block_form) __attribute__ ((__gcc_defer__));

#ifdef __cplusplus
}
#endif

/* `defer' expands to `__gcc_defer', which the plugin defines: it looks at
   the tokens after it, after macro expansion, and expands the first of
   these when they begin with `{' and the second otherwise (SPEC S12).  */
#define __gcc_defer_block_form for (; __gcc_defer_site (1); )
#define __gcc_defer_call_form for (; __gcc_defer_site (0); )
#define defer __gcc_defer

#endif /* the plugin is loaded, or GCC_DEFER_PARSE_ONLY */
#endif /* GCC_DEFER_H */
