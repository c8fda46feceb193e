/* S14: cleanup-attribute variables of the function's outermost block and
   deferred statements unwind in reverse order of establishment -- on a
   return, falling off the end, an early return before the variable, a
   panic, and in a function whose defers are records -- so a deferred
   statement never sees a variable whose cleanup has run.  */
/* { dg-do run } */
#include <stdlib.h>
#include <string.h>
#include <defer.h>
#include "defer-test.h"

static void
freep (char **p)
{
  trace ("free");
  free (*p);
  *p = NULL;
}

static void
clean_int (int *v)
{
  char b[16];
  snprintf (b, sizeof b, "clean%d", *v);
  trace (b);
}

static int
reads_after_cleanup_var (void)
{
  defer trace ("defer-before");
  char *p __attribute__ ((cleanup (freep))) = strdup ("data");
  defer { trace (p ? p : "FREED"); }
  return 1;
}

static void
interleaved (void)
{
  defer trace ("d0");
  int a __attribute__ ((cleanup (clean_int))) = 1;
  defer trace ("d1");
  int b __attribute__ ((cleanup (clean_int))) = 2;
  defer trace ("d2");
  (void) a;
  (void) b;
}

static int
early (int n)
{
  defer trace ("e0");
  if (n)
    return 1;
  char *p __attribute__ ((cleanup (freep))) = strdup ("late");
  defer { trace (p ? p : "FREED"); }
  return 0;
}

static void
in_loop (int n)
{
  char *p __attribute__ ((cleanup (freep))) = strdup ("loop-data");
  for (int i = 0; i < n; i++)
    defer {
      trace_int (i);
      trace (p ? p : "FREED");
    }
}

static void __attribute__ ((noinline))
panics (void)
{
  char *p __attribute__ ((cleanup (freep))) = strdup ("panic-data");
  defer { trace (p ? p : "FREED"); }
  defer_panic ("boom");
}

static void
recovers (void)
{
  defer {
    const char *m = defer_recover ();
    trace (m ? m : "nil");
  }
  panics ();
}

int
main (void)
{
  reads_after_cleanup_var ();
  expect_trace ("data free defer-before");
  interleaved ();
  expect_trace ("d2 clean2 d1 clean1 d0");
  early (1);
  expect_trace ("e0");
  early (0);
  expect_trace ("late free e0");
  in_loop (2);
  expect_trace ("1 loop-data 0 loop-data free");
  recovers ();
  expect_trace ("panic-data free boom");
  return trace_status ();
}
/* { dg-output "^(ok \[0-9\]+\n){6}$" } */
