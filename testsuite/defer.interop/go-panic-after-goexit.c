/* Go's TestPanicAfterGoexit, with pthread_exit: a deferred statement that
   panics while the thread exits starts a panic that is reported as usual.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^panic: hello\n" } */
#include <pthread.h>
#include <defer.h>

static void *
thread (void *arg)
{
  defer defer_panic ("hello");
  pthread_exit (arg);
  return arg;
}

int
main (void)
{
  pthread_t t;
  pthread_create (&t, NULL, thread, NULL);
  pthread_join (t, NULL);
  return 0;
}
