/* Labels inside S, also as its first statement, with a call in the
   defer's scope: GCC copies S for every exit and for the landing pad, and
   a goto inside S stays within its copy -- on the normal exits and while
   a panic unwinds the block.  GCC 11 (cfg pass) and GCC 16
   (local-fnsummary, S calling its own function) crashed on a finally
   beginning with a label until lower-block.cc's finally_body.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int calls;

static void __attribute__ ((noinline))
step (int i)
{
  calls += i;
}

static int __attribute__ ((noinline))
normal_exits (int n)
{
  int x = 0;
  {
    _Defer {
    again:
      x++;
      if (x < n)
	goto again;
      trace_int (x);
    }
    step (1);
    if (n == 2)
      return x;
    step (2);
  }
  {
    _Defer {
      { first: __attribute__ ((unused)); }
      trace ("nested-first");
    }
    step (3);
  }
  {
    _Defer {
      int y;
    set: __attribute__ ((unused));
      y = x;
      trace_int (y);
    }
    step (4);
  }
  return x;
}

/* GCC 16's shape: S calls its own function with a constant argument,
   and a call GCC cannot prove nothrow follows in the loop body.  */
static int hits;

static void
ignore (int i)
{
  (void) i;
}

static void (*volatile opaque) (int) = ignore;

static int __attribute__ ((noinline))
recursive (int d, int a, int b)
{
  int trips = 0;
  for (int i = 0; i < 1; i++)
    {
      _Defer {
      again:
	b = d > 0 ? recursive (d - 1, 3, b + i) : b;
	hits++;
	if (trips++ < 2)
	  goto again;
      }
      opaque (a);
    }
  return b;
}

static void __attribute__ ((noinline))
panics (int n)
{
  int x = 0;
  _Defer {
  count:
    x++;
    if (x < n)
      goto count;
    trace_int (x);
  }
  step (1);
  defer_panic ("boom");
}

static int __attribute__ ((noinline))
recovers (int n)
{
  defer {
    trace (defer_recover ());
  }
  panics (n);
  return 0;
}

int
main (void)
{
  /* return x gives 0: S runs after the value is taken (T3).  */
  trace_int (normal_exits (2));
  expect_trace ("2 0");
  trace_int (normal_exits (3));
  expect_trace ("3 nested-first 3 3");
  /* Three trips through S a call: 3 at depth 0, 3 * (3 + 1) at depth 1,
     3 * (12 + 1) at depth 2.  */
  trace_int (recursive (2, 1, 10));
  trace_int (hits);
  expect_trace ("10 39");
  recovers (4);
  expect_trace ("4 boom");
  trace_int (calls);
  expect_trace ("12");
  return trace_status ();
}
