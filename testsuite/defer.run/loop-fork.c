/* fork while other threads push and run records: the child, with one
   thread, defers in loops too -- it must not find a global pool's lock
   held by a thread that does not exist in it.  */
/* { dg-do run } */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <defer.h>

static atomic_int stop;
static long sink;

static void
add (long v)
{
  sink += v;
}

/* Enough records at once to make the thread's lists refill and spill
   through the global pool, under its lock.  */
static void
burst (int n)
{
  for (int i = 0; i < n; i++)
    defer add (i);
}

static void *
churn (void *arg)
{
  (void) arg;
  while (!atomic_load (&stop))
    burst (500);
  return NULL;
}

int
main (void)
{
  pthread_t th[2];
  for (int i = 0; i < 2; i++)
    pthread_create (&th[i], NULL, churn, NULL);
  int ok = 0;
  for (int round = 0; round < 50; round++)
    {
      pid_t pid = fork ();
      if (pid == 0)
	{
	  sink = 0;
	  burst (1000);
	  _exit (sink == 1000L * 999 / 2 ? 0 : 1);
	}
      int status;
      waitpid (pid, &status, 0);
      ok += WIFEXITED (status) && WEXITSTATUS (status) == 0;
    }
  atomic_store (&stop, 1);
  for (int i = 0; i < 2; i++)
    pthread_join (th[i], NULL);
  printf ("%d of 50 children ran their records\n", ok);
  return ok != 50;
}
/* { dg-output "50 of 50 children ran their records\n" } */
