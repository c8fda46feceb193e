/* Repeated panic / recover / re-panic, in a loop and in recursion (Go
   issues 37664, 43920, 43921, 43941): each recovery is exact, nothing
   leaks into the next, and memory stays bounded.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int depth_recovered;

static int
recurse (int n)
{
  defer {
    if (defer_recover ())
      {
	depth_recovered = n;
	defer_result = n * 100;
      }
  }
  if (n == 0)
    defer_panicf ("bottom %d", n);
  if (n % 3 == 0)
    return recurse (n - 1) + 1;	/* Recovered below: returns normally.  */
  return recurse (n - 1);
}

static int
once (int i)
{
  defer { if (defer_recover ()) defer_result = i; }
  defer { if (i % 2) defer_panicf ("odd %d", i); }
  defer_panicf ("iteration %d", i);
  return -1;
}

int
main (void)
{
  /* The panic at the bottom is recovered by the frame that raised it. */
  trace_int (recurse (7));
  trace_int (depth_recovered);
  expect_trace ("2 0");
  long sum = 0;
  for (int i = 0; i < 100000; i++)
    sum += once (i);
  trace_int ((int) (sum % 1000000007));
  expect_trace ("999949972");
  return trace_status ();
}
