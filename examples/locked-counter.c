/* locked-counter.c -- four threads update a shared table under a mutex;
   every early return releases it through defer.  */

#include <pthread.h>
#include <stdio.h>
#include <defer.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long table[16];
static long rejected;

static int
add (int slot, long amount)
{
  pthread_mutex_lock (&lock);
  defer pthread_mutex_unlock (&lock);
  if (slot < 0 || slot >= 16)
    {
      rejected++;
      return -1;
    }
  if (amount == 0)
    return 0;
  table[slot] += amount;
  return 1;
}

static void *
worker (void *arg)
{
  long id = (long) arg;
  for (int i = 0; i < 100000; i++)
    add ((int) ((i + id) % 20) - 2, i % 3);
  return NULL;
}

int
main (void)
{
  pthread_t t[4];
  for (long i = 0; i < 4; i++)
    pthread_create (&t[i], NULL, worker, (void *) i);
  for (int i = 0; i < 4; i++)
    pthread_join (t[i], NULL);
  long sum = 0;
  for (int i = 0; i < 16; i++)
    sum += table[i];
  printf ("sum %ld, rejected %ld\n", sum, rejected);
  /* The lock is free: every return released it.  */
  return pthread_mutex_trylock (&lock) == 0 ? 0 : 1;
}
