/* T5: with -fplugin-arg-defer-no-exceptions, unwinding does not run
   deferred blocks (there is no landing pad); leaving a block still
   does.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-defer-no-exceptions" } */
#include <pthread.h>
#include "defer-test.h"

static char thread_trace[256];

static void *
thread_main (void *arg)
{
  (void) arg;
  {
    _Defer trace ("left");
  }
  memcpy (thread_trace, trace_buf, trace_len - 1);	/* without its blank */
  _Defer trace ("unwound");
  pthread_exit (NULL);
  return NULL;
}

int
main (void)
{
  pthread_t t;
  pthread_create (&t, NULL, thread_main, NULL);
  pthread_join (t, NULL);
  trace (thread_trace);
  expect_trace ("left");
  return trace_status ();
}
