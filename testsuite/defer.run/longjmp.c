/* S10: longjmp over frames with pending defers: they do not run, and the
   program goes on working (defers after the jump run normally).  */
/* { dg-do run } */
#include <setjmp.h>
#include <defer.h>
#include "defer-test.h"

static jmp_buf env;

static void
deep (int n)
{
  defer trace ("deep-defer: must not run");
  if (n < 0)
    return;
  if (n == 0)
    longjmp (env, 1);
  deep (n - 1);
}

static void
after (void)
{
  defer trace ("after-defer");
}

static int
jump_once (void)
{
  if (setjmp (env) == 0)
    {
      deep (3);
      return 0;
    }
  return 1;
}

int
main (void)
{
  int jumps = 0;
  for (int i = 0; i < 1000; i++)
    jumps += jump_once ();
  if (jumps == 1000)
    trace ("jumped");
  after ();
  expect_trace ("jumped after-defer");
  return trace_status ();
}
