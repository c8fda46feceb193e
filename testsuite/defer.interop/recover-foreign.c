/* defer_recover does not stop what is not a panic: a C++ exception and
   pthread_exit go on (Go: recover does not stop Goexit), and the
   function's deferred statements still run.  */
/* { dg-do run } */
/* { dg-additional-sources "cxx-exception-helper.cc" } */
/* { dg-options "-lstdc++" } */
#include <pthread.h>
#include <defer.h>
#include "defer-test.h"

void c_trace (const char *s) { trace (s); }
void cxx_throw (int);
int cxx_catch (void (*) (int), int);

static void
tries_to_recover (int x)
{
  defer { const char *m = defer_recover (); trace (m ? m : "null"); }
  cxx_throw (x);
}

static char thread_trace[128];

static void *
thread (void *arg)
{
  defer { strcpy (thread_trace, trace_buf); }
  defer { const char *m = defer_recover (); trace (m ? m : "null"); }
  pthread_exit (arg);
  return NULL;
}

int
main (void)
{
  trace_int (cxx_catch (tries_to_recover, 0));
  expect_trace ("null caught 1");
  pthread_t t;
  void *ret;
  pthread_create (&t, NULL, thread, (void *) 5);
  pthread_join (t, &ret);
  trace (thread_trace);
  trace_int ((int) (long) ret);
  expect_trace ("null  5");
  return trace_status ();
}
