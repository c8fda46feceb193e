/* At exit, the generated code pops the records of the pools itself and
   calls __defer_run_next only for the others -- the frame's own record,
   a big one -- and to end the frame (lower-runtime.cc, RUN): ten
   records, the first in the frame's own room, make one call; a big
   first record and nine small ones, two.  Calls are counted through the
   linker's --wrap; the order is LIFO either way.  */
/* { dg-do run } */
/* { dg-options "-Wl,--wrap=__defer_run_next" } */
#include <stdio.h>
#include <string.h>
#include <defer.h>
#include "defer-test.h"

void *__real___defer_run_next (void **);
static long pops;

void *
__wrap___defer_run_next (void **slot)
{
  pops++;
  return __real___defer_run_next (slot);
}

static void
ten (void)
{
  for (int i = 0; i < 10; i++)
    defer trace_int (i);
}

struct big { char bytes[5000]; };

static void
big_first (void)
{
  for (int i = 0; i < 10; i++)
    {
      struct big b;
      memset (&b, '0' + i, sizeof b);
      if (i == 0)
	defer { char s[2] = { b.bytes[4999], 0 }; trace (s); }
      else
	defer trace_int (i);
    }
}

int
main (void)
{
  ten ();
  expect_trace ("9 8 7 6 5 4 3 2 1 0");
  printf ("ten: %ld call\n", pops);
  pops = 0;
  big_first ();
  expect_trace ("9 8 7 6 5 4 3 2 1 0");
  printf ("big first: %ld calls\n", pops);
  return trace_status ();
}
/* { dg-output "^ok \[0-9\]+\nten: 1 call\nok \[0-9\]+\nbig first: 2 calls\n$" } */
