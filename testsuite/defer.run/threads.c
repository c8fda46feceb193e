/* S11: each thread's defers are its own.  */
/* { dg-do run } */
#include <pthread.h>
#include <defer.h>
#include "defer-test.h"

static void
work (int id, int *out)
{
  defer *out = id * 10;
  defer trace_int (id);
  trace ("working");
}

static void *
thread (void *arg)
{
  int *slot = arg;
  for (int i = 0; i < 1000; i++)
    {
      work (slot[0], &slot[1]);
      if (slot[1] != slot[0] * 10)
	return "bad";
      slot[1] = 0;
      trace_len = 0;
    }
  work (slot[0], &slot[1]);
  char want[32];
  snprintf (want, sizeof want, "working %d ", slot[0]);
  return strcmp (trace_buf, want) == 0 ? NULL : "bad trace";
}

int
main (void)
{
  pthread_t t[4];
  int slots[4][2];
  for (int i = 0; i < 4; i++)
    {
      slots[i][0] = i + 1;
      pthread_create (&t[i], NULL, thread, slots[i]);
    }
  for (int i = 0; i < 4; i++)
    {
      void *r;
      pthread_join (t[i], &r);
      trace (r ? (const char *) r : "joined");
    }
  expect_trace ("joined joined joined joined");
  return trace_status ();
}
