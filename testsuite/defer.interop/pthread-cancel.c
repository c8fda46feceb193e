/* S10: a cancelled thread runs its pending deferred statements when it
   acts on the cancellation at a cancellation point (here, pause in a
   loop inside a function with defers).  */
/* { dg-do run } */
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#include <defer.h>
#include "defer-test.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int unlocked_by_defer;
static atomic_int started;

static void
hold_lock_and_wait (void)
{
  pthread_mutex_lock (&lock);
  defer { pthread_mutex_unlock (&lock); unlocked_by_defer = 1; }
  atomic_store (&started, 1);
  for (;;)
    pause ();
}

static void *
thread (void *arg)
{
  defer trace ("thread-defer");
  hold_lock_and_wait ();
  return arg;
}

int
main (void)
{
  pthread_t t;
  void *ret;
  pthread_create (&t, NULL, thread, NULL);
  while (!atomic_load (&started))
    usleep (1000);
  pthread_cancel (t);
  pthread_join (t, &ret);
  if (ret == PTHREAD_CANCELED)
    trace ("canceled");
  if (unlocked_by_defer && pthread_mutex_trylock (&lock) == 0)
    trace ("lock-free");
  /* The thread's trace buffer was its own: only main's entries here.  */
  expect_trace ("canceled lock-free");
  return trace_status ();
}
