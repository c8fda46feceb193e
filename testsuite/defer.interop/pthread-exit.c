/* S10: pthread_exit unwinds the thread: every pending deferred statement
   of every frame runs, innermost first; the thread's cleanup handlers run
   in stack order with them.  */
/* { dg-do run } */
#include <pthread.h>
#include <defer.h>
#include "defer-test.h"

static void
leaf (void)
{
  defer trace ("leaf");
  pthread_exit ((void *) 7);
  trace ("not reached");
}

static void cleanup (void *arg) { trace ((const char *) arg); }

static void
middle (void)
{
  defer trace ("middle");
  pthread_cleanup_push (cleanup, "cleanup-handler");
  leaf ();
  pthread_cleanup_pop (0);
}

static char result[256];

static void *
thread (void *arg)
{
  defer { trace ("thread"); strcpy (result, trace_buf); }
  middle ();
  return arg;
}

int
main (void)
{
  pthread_t t;
  void *ret;
  pthread_create (&t, NULL, thread, NULL);
  pthread_join (t, &ret);
  trace (result);
  trace_int ((int) (long) ret);
  expect_trace ("leaf cleanup-handler middle thread  7");
  return trace_status ();
}
