/* A non-local goto from a GNU nested function back to a label of its
   parent that comes before a defer reaches that defer again (S2): it runs
   once for each time it was reached, newest first, with its own
   arguments -- the site is lowered to records, as for a backward goto.
   Sites before the label are reached once.  */
/* { dg-do run } */
/* Passing a nested function's address makes a trampoline on the stack:
   say so, or the linker warns.  */
/* { dg-options "-Wl,-z,execstack" } */
#include <defer.h>
#include "defer-test.h"

static int __attribute__ ((noinline))
retry (int times)
{
  __label__ again;
  int n = 0;
  void jump (void) { goto again; }
  defer trace ("first");
again:
  n++;
  defer trace_int (n);
  defer {			/* block form: reads n at exit */
    if (n == times)
      trace ("last");
  }
  if (n < times)
    jump ();
  return n;
}

/* Through a deeper nesting, and a caller in between.  */
static void __attribute__ ((noinline))
call (void (*f) (void))
{
  f ();
}

static int __attribute__ ((noinline))
retry_deep (int times)
{
  __label__ again;
  int n = 0;
  void outer (void)
  {
    void inner (void) { goto again; }
    call (inner);
  }
again:
  n++;
  defer trace_int (10 * n);
  if (n < times)
    call (outer);
  return n;
}

static void
show_clean (int *v)
{
  trace_int (100 + *v);
}

/* The nested function is called only in its block: after the block a
   cleanup variable and a defer are reached once, and keep S14's order.  */
static void __attribute__ ((noinline))
scoped (int times)
{
  {
    __label__ again;
    int n = 0;
    void jump (void) { goto again; }
  again:
    n++;
    if (n < times)
      jump ();
  }
  int c __attribute__ ((cleanup (show_clean))) = times;
  defer trace ("after-block");
}

int
main (void)
{
  retry (3);
  expect_trace ("last 3 last 2 last 1 first");
  retry (1);
  expect_trace ("last 1 first");
  retry_deep (2);
  expect_trace ("20 10");
  scoped (3);
  expect_trace ("after-block 103");
  return trace_status ();
}
/* { dg-output "^(ok \[0-9\]+\n){4}$" } */
