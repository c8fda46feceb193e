/* T5: exit, _Exit, abort and noreturn calls do not run pending deferred
   blocks: here exit, with an atexit handler that checks nothing ran.  */
/* { dg-do run } */
#include "defer-test.h"

static void
check (void)
{
  if (trace_len != 0)
    {
      printf ("FAIL: a deferred block ran at exit: %s\n", trace_buf);
      _Exit (1);
    }
  printf ("ok\n");
}

static void __attribute__ ((noinline))
leave (void)
{
  _Defer trace ("inner");
  exit (0);
}

int
main (void)
{
  atexit (check);
  _Defer trace ("outer");
  {
    _Defer trace ("block");
    leave ();
  }
  return 1;
}
/* { dg-output "ok" } */
