/* SPEC S11 with records: threads defer in loops at the same time, each
   sees only its own records, in its own order; a thread that exits gives
   its free records back (many short-lived threads in sequence use
   bounded memory); pthread_exit through a loop frame runs its records.  */
/* { dg-do run } */
#include <pthread.h>
#include <stdio.h>
#include <defer.h>
#include "heap-count.h"

#define THREADS 4
#define ROUNDS 2000

struct state
{
  int id;
  int expected;
  long errors;
  long ran;
};

static void
check (struct state *s, int id, int i)
{
  if (id != s->id || i != s->expected--)
    s->errors++;
  s->ran++;
}

static void
round_of (struct state *s, int n)
{
  s->expected = n - 1;
  for (int i = 0; i < n; i++)
    defer check (s, s->id, i);
}

static void *
worker (void *arg)
{
  struct state *s = arg;
  for (int r = 0; r < ROUNDS; r++)
    round_of (s, 1 + r % 150);
  return NULL;
}

static void *
short_lived (void *arg)
{
  struct state *s = arg;
  round_of (s, 1000);
  return NULL;
}

static int exited_records;

static void
exiting (void)
{
  for (int i = 0; i < 5; i++)
    defer { __atomic_fetch_add (&exited_records, 1, __ATOMIC_RELAXED); }
  pthread_exit (NULL);
}

static void *
exit_thread (void *arg)
{
  (void) arg;
  exiting ();
  return NULL;
}

int
main (void)
{
  pthread_t th[THREADS];
  struct state st[THREADS];
  for (int i = 0; i < THREADS; i++)
    {
      st[i] = (struct state) { i, 0, 0, 0 };
      pthread_create (&th[i], NULL, worker, &st[i]);
    }
  long errors = 0, ran = 0, want = 0;
  for (int i = 0; i < THREADS; i++)
    {
      pthread_join (th[i], NULL);
      errors += st[i].errors;
      ran += st[i].ran;
    }
  for (int r = 0; r < ROUNDS; r++)
    want += THREADS * (1 + r % 150);
  printf ("concurrent: %s\n", errors == 0 && ran == want ? "ok" : "FAIL");

  /* Short-lived threads, one after another.  */
  struct state s = { 7, 0, 0, 0 };
  pthread_t t;
  pthread_create (&t, NULL, short_lived, &s);
  pthread_join (t, NULL);
  size_t before = heap_in_use ();
  for (int i = 0; i < 300; i++)
    {
      pthread_create (&t, NULL, short_lived, &s);
      pthread_join (t, NULL);
    }
  long grown = (long) heap_in_use () - (long) before;
  printf ("thread exit: %s\n", grown < 256 * 1024 && s.errors == 0
	  ? "records given back" : "FAIL");
  if (grown >= 256 * 1024)
    printf ("%ld bytes more after 300 threads\n", grown);

  pthread_create (&t, NULL, exit_thread, NULL);
  pthread_join (t, NULL);
  printf ("pthread_exit: %d records ran\n", exited_records);
  return errors != 0 || s.errors != 0 || grown >= 256 * 1024
	 || exited_records != 5;
}
/* { dg-output "concurrent: ok\nthread exit: records given back\npthread_exit: 5 records ran\n" } */
