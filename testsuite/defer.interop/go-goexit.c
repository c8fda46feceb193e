/* Go's crash_test.go Goexit cases, with pthread_exit for runtime.Goexit
   (in a thread: Go's "main called Goexit - deadlock" has no C analogue).
   RecoverBeforePanicAfterGoexit: a deferred statement panics while the
   thread exit unwinds, another recovers it -- the thread exit goes on, it
   does not turn into a normal return.  RecoveredPanicAfterGoexit: a panic
   raised and recovered inside a deferred call leaves the exit going.  */
/* { dg-do run } */
#include <pthread.h>
#include <defer.h>
#include "defer-test.h"

static int bad;

static void
recover_before_panic_after_exit (void)
{
  defer { if (!defer_recover ()) bad++; }
  defer defer_panic ("hello");
  pthread_exit ((void *) 11);
}

static void *
thread1 (void *arg)
{
  recover_before_panic_after_exit ();
  bad++;			/* The exit must not disappear.  */
  return arg;
}

static void
inner_recovers (void)
{
  defer { if (!defer_recover ()) bad++; }
  defer_panic ("hello");
}

static void *
thread2 (void *arg)
{
  defer inner_recovers ();
  pthread_exit ((void *) 22);
  return arg;
}

int
main (void)
{
  void *r1, *r2;
  pthread_t t;
  pthread_create (&t, NULL, thread1, NULL);
  pthread_join (t, &r1);
  pthread_create (&t, NULL, thread2, NULL);
  pthread_join (t, &r2);
  trace_int ((int) (long) r1);
  trace_int ((int) (long) r2);
  trace_int (bad);
  expect_trace ("11 22 0");
  return trace_status ();
}
