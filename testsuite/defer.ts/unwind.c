/* T5: defer_panic, pthread_exit and pthread_cancel unwinding through a
   block run its pending deferred blocks, innermost first; longjmp, exit
   and noreturn calls do not run them.  */
/* { dg-do run } */
#include <defer.h>
#include <pthread.h>
#include <setjmp.h>
#include <unistd.h>
#include "defer-test.h"

static void __attribute__ ((noinline))
panics (void)
{
  _Defer trace ("panics-s");
  {
    _Defer trace ("inner-s");
    defer_panic ("boom");
  }
}

static int
recovers (void)
{
  defer {
    trace (defer_recover ());
  }
  {
    _Defer trace ("block-s");
    panics ();
  }
  return 1;
}

static void *
exits (void *arg)
{
  (void) arg;
  _Defer trace ("exit-s");
  {
    _Defer trace ("exit-inner");
    pthread_exit (NULL);
  }
  return NULL;
}

static void *
cancelled (void *arg)
{
  (void) arg;
  _Defer trace ("cancel-s");
  for (;;)
    pause ();			/* a cancellation point */
  return NULL;
}

static char thread_trace[256];

/* The thread's trace is its own: copy it out when the thread's last
   block is left, after the blocks ARG's function left.  */
static void *
thread_main (void *arg)
{
  void *(*fn) (void *) = (void *(*) (void *)) arg;
  {
    _Defer {
      size_t n = trace_len ? trace_len - 1 : 0;	/* without its blank */
      memcpy (thread_trace, trace_buf, n);
      thread_trace[n] = 0;
    }
    fn (NULL);
  }
  return NULL;
}

static jmp_buf env;

static void __attribute__ ((noinline))
jumps (void)
{
  _Defer trace ("never");
  longjmp (env, 1);
}

int
main (void)
{
  trace_int (recovers ());
  expect_trace ("inner-s panics-s block-s boom 0");

  pthread_t t;
  pthread_create (&t, NULL, thread_main, (void *) exits);
  pthread_join (t, NULL);
  trace (thread_trace);
  expect_trace ("exit-inner exit-s");

  pthread_create (&t, NULL, thread_main, (void *) cancelled);
  usleep (10000);
  pthread_cancel (t);
  pthread_join (t, NULL);
  trace (thread_trace);
  expect_trace ("cancel-s");

  if (!setjmp (env))
    jumps ();
  expect_trace ("");
  return trace_status ();
}
