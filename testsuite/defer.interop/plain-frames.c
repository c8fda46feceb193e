/* A panic unwinds through frames compiled without the plugin (a library
   built by plain gcc, no -fexceptions): they run nothing and are passed
   through; the pending defers of the plugin's frames on both sides of
   them run -- open-coded ones and records -- and a recover further out
   stops the panic.  */
/* { dg-do run } */
/* { dg-defer-plain-sources "plain-frames-helper.c" } */
#include <defer.h>
#include "defer-test.h"

extern int plain_depth;
void plain_call (void (*) (int), int);
void plain_twice (void (*) (int), int);

static void
inner (int n)
{
  for (int i = 0; i < n; i++)
    defer trace_int (i);
  defer_panic ("through plain frames");
}

static void
middle (int n)
{
  defer trace ("middle");
  plain_twice (inner, n);
  trace ("not reached");
}

static int
outer (int n)
{
  defer {
    /* NULL on the normal path (S7), which GCC sees even if it never runs.  */
    const char *msg = defer_recover ();
    trace (msg ? msg : "no panic");
    defer_result = 7;
  }
  defer trace ("outer");
  plain_call (middle, n);
  return 0;
}

int
main (void)
{
  trace_int (outer (2));
  expect_trace ("1 0 middle outer through plain frames 7");
  trace_int (plain_depth);		/* Two plain_call frames were entered,
					   and none was finished.  */
  expect_trace ("2");
  return trace_status ();
}
