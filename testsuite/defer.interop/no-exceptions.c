/* -fplugin-arg-defer-no-exceptions: the plugin leaves -fexceptions off,
   so no unwind data runs deferred statements: pthread_exit skips them
   (what the flag gives up), while returns still run them.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-defer-no-exceptions" } */
#include <pthread.h>
#include <defer.h>
#include "defer-test.h"

static int ran;

static void
leaf (int quit)
{
  defer ran++;
  if (quit)
    pthread_exit (NULL);
}

static void *
thread (void *arg)
{
  leaf (0);
  leaf (1);
  return arg;
}

int
main (void)
{
  pthread_t t;
  pthread_create (&t, NULL, thread, NULL);
  pthread_join (t, NULL);
  trace_int (ran);
  expect_trace ("1");
  return trace_status ();
}
