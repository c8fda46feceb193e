/* S10 with records: pthread_exit and pthread_cancel unwind a thread
   through frames whose defers are records; every pending record runs
   once, innermost frame first.  */
/* { dg-do run } */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>
#include <defer.h>

static char log_buf[256];
static atomic_int log_len;
static atomic_int started;

static void
note (int v)
{
  int at = atomic_fetch_add (&log_len, 3);
  snprintf (log_buf + at, sizeof log_buf - at, "%2d ", v);
}

static void
wait_forever (int n)
{
  for (int i = 0; i < n; i++)
    defer note (i);
  atomic_store (&started, 1);
  for (;;)
    pause ();
}

static void *
cancelled (void *arg)
{
  for (int i = 0; i < 2; i++)
    defer note (50 + i);
  wait_forever (3);
  return arg;
}

static void
exit_now (int n)
{
  for (int i = 0; i < n; i++)
    defer note (20 + i);
  pthread_exit (NULL);
}

static void *
exiting (void *arg)
{
  defer note (99);
  for (int i = 0; i < 2; i++)
    defer note (30 + i);
  exit_now (2);
  return arg;
}

int
main (void)
{
  pthread_t t;
  void *ret;
  pthread_create (&t, NULL, cancelled, NULL);
  while (!atomic_load (&started))
    usleep (1000);
  pthread_cancel (t);
  pthread_join (t, &ret);
  printf ("cancel: %s%s\n", log_buf, ret == PTHREAD_CANCELED ? "canceled" : "");
  atomic_store (&log_len, 0);
  pthread_create (&t, NULL, exiting, NULL);
  pthread_join (t, NULL);
  printf ("exit: %s\n", log_buf);
  return 0;
}
/* { dg-output "cancel:  2  1  0 51 50 canceled\nexit: 21 20 31 30 99 \n" } */
