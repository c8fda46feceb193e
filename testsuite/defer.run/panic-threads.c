/* S11: panics are per thread.  Threads panic and recover concurrently;
   an unrecovered panic in a thread other than main ends the process with
   status 2 after that thread's deferred statements ran.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "recovered 4000\nworker-defer\npanic: in worker\n" } */
#include <pthread.h>
#include <stdio.h>
#include <defer.h>

static int
guarded (int i)
{
  defer { if (defer_recover ()) defer_result = 1; }
  if (i % 2 == 0)
    defer_panicf ("panic %d", i);
  return 1;
}

static void *
recoverer (void *arg)
{
  long n = 0;
  for (int i = 0; i < 1000; i++)
    n += guarded (i);
  *(long *) arg = n;
  return NULL;
}

static void *
dies (void *arg)
{
  defer { printf ("worker-defer\n"); fflush (stdout); }
  defer_panic ("in worker");
  return arg;
}

int
main (void)
{
  pthread_t t[4];
  long n[4];
  for (int i = 0; i < 4; i++)
    pthread_create (&t[i], NULL, recoverer, &n[i]);
  for (int i = 0; i < 4; i++)
    pthread_join (t[i], NULL);
  printf ("recovered %ld\n", n[0] + n[1] + n[2] + n[3]);
  fflush (stdout);
  pthread_t w;
  pthread_create (&w, NULL, dies, NULL);
  pthread_join (w, NULL);
  printf ("not reached\n");
  return 0;
}
