/* A deferred block that begins with a label and loops back to it, with
   calls that may unwind in the function: on the normal exit, through a
   recursion, and while a panic unwinds the frame (the landing pad's copy
   keeps its goto to itself).  The same shape as a TS 25755 _Defer crashed
   GCC 11 and 16 (defer.ts/labels-in-s.c); make fuzz's deferred blocks
   never begin with a label.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void
ignore (int i)
{
  (void) i;
}

static void (*volatile opaque) (int) = ignore;
static int hits;

static int __attribute__ ((noinline))
counts (int n)
{
  int x = 0;
  defer {
  again:
    x++;
    if (x < n)
      goto again;
    trace_int (x);
  }
  opaque (n);
  return x;
}

static int __attribute__ ((noinline))
recursive (int d, int a, int b)
{
  int trips = 0;
  defer {
  again:
    b = d > 0 ? recursive (d - 1, 3, b) : b;
    hits++;
    if (trips++ < 2)
      goto again;
  }
  opaque (a);
  return b;
}

static void __attribute__ ((noinline))
panics (int n)
{
  int x = 0;
  defer {
  count:
    x++;
    if (x < n)
      goto count;
    trace_int (x);
  }
  opaque (n);
  defer_panic ("boom");
}

static void __attribute__ ((noinline))
recovers (int n)
{
  defer {
    trace (defer_recover ());
  }
  panics (n);
}

int
main (void)
{
  /* The value returned is taken before the deferred block runs.  */
  trace_int (counts (3));
  expect_trace ("3 0");
  trace_int (recursive (2, 1, 10));
  trace_int (hits);
  expect_trace ("10 39");
  recovers (4);
  expect_trace ("4 boom");
  return trace_status ();
}
