/* cancel.c -- a thread cancelled while it holds a lock and a buffer:
   its deferred statements run as the cancellation unwinds it, so the
   lock is released and the buffer freed.  (exit () and abort () would
   not run them; see README.md.)  */

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <defer.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_int waiting;

static void *
worker (void *arg)
{
  (void) arg;
  char *buf = malloc (4096);
  defer { free (buf); printf ("worker: buffer freed\n"); }
  pthread_mutex_lock (&lock);
  defer { pthread_mutex_unlock (&lock); printf ("worker: lock released\n"); }
  atomic_store (&waiting, 1);
  for (;;)
    sleep (1);			/* A cancellation point.  */
  return NULL;
}

int
main (void)
{
  pthread_t t;
  pthread_create (&t, NULL, worker, NULL);
  while (!atomic_load (&waiting))
    usleep (1000);
  pthread_cancel (t);
  void *ret;
  pthread_join (t, &ret);
  printf ("main: worker %s, lock %s\n",
	  ret == PTHREAD_CANCELED ? "cancelled" : "returned",
	  pthread_mutex_trylock (&lock) == 0 ? "free" : "still held");
  return 0;
}
