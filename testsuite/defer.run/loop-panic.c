/* Panics through frames with records (SPEC S7, S8, O3): every pending
   record of every frame runs exactly once, innermost frame first, also
   through open-coded frames and frames with no defers in between; a
   recover in a frame with records stops the panic there, its remaining
   records run and it returns defer_result; a record whose statement
   panics in turn does not run again and the frame's other records still
   run; and repeated panics leave no record behind (bounded memory).  */
/* { dg-do run } */
#include <stdio.h>
#include <string.h>
#include <defer.h>
#include "defer-test.h"
#include "heap-count.h"

static void
loop_frame (int n)
{
  for (int i = 0; i < n; i++)
    defer trace_int (i);
  defer_panic ("boom");
}

static void __attribute__ ((noinline))
no_defers (int n)
{
  loop_frame (n);
  trace ("not reached");
}

static void
open_frame (int n)
{
  defer trace ("open");
  no_defers (n);
}

static int
recovering (int n)
{
  defer {
    const char *m = defer_recover ();
    trace (m ? m : "nil");
    defer_result = 100 + n;
  }
  for (int i = 0; i < 2; i++)
    defer { trace ("outer"); trace_int (i); }
  open_frame (n);
  return -1;
}

/* Recovering from inside a loop of deferred statements: the record with
   the recover is one of many.  */
static int
recover_in_loop (void)
{
  for (int i = 0; i < 3; i++)
    defer {
      trace_int (i);
      if (i == 1)
	trace (defer_recover () ? "recovered" : "nothing");
    }
  defer_panic ("in loop");
}

/* A deferred statement that panics while its frame's records run on the
   normal path, and one that panics during a panic (S8).  */
static void
repanic (int during_panic)
{
  for (int i = 0; i < 4; i++)
    defer {
      trace_int (i);
      if (i == 2)
	defer_panicf ("second %d", i);
    }
  if (during_panic)
    defer_panic ("first");
}

static int
catch_repanic (int during_panic)
{
  defer {
    const char *m = defer_recover ();
    trace (m ? m : "nil");
  }
  repanic (during_panic);
  return 0;
}

int
main (void)
{
  trace_int (recovering (3));
  expect_trace ("2 1 0 open outer 1 outer 0 boom 103");
  trace_int (recover_in_loop ());
  expect_trace ("2 1 recovered 0 0");
  catch_repanic (0);
  expect_trace ("3 2 1 0 second 2");
  catch_repanic (1);
  expect_trace ("3 2 1 0 second 2");

  for (int i = 0; i < 100; i++)
    recovering (5);
  size_t before = heap_in_use ();
  for (int i = 0; i < 10000; i++)
    {
      recovering (5);
      trace_len = 0;
    }
  long grown = (long) heap_in_use () - (long) before;
  printf ("%s\n", grown < 256 * 1024 ? "memory bounded" : "FAIL: memory grew");
  return trace_status () || grown >= 256 * 1024;
}
/* { dg-output "ok \[0-9\]+\nok \[0-9\]+\nok \[0-9\]+\nok \[0-9\]+\nmemory bounded\n" } */
