/* A panic through a function of a file built without the plugin (so
   without -fexceptions), all of it with -flto and the plugin on the link
   line: guard () calls plain_worker () there, which calls work (), which
   panics.  GCC takes plain_worker as unable to throw and would drop
   guard's landing pad for the call: work's deferred statement runs, but
   guard's does not, and the panic is not recovered ("panic: boom").
   lto1 must keep it (plugin/lto-throw.cc).  */
/* { dg-do run } */
/* { dg-options "-flto" } */
/* { dg-defer-plain-sources "plain-callee-helper.c" } */
/* { dg-defer-plain-flags "-flto" } */
#include <stdio.h>
#include <defer.h>

int plain_worker (int n);

void
work (int n)
{
  defer puts ("work's defer");
  if (n)
    defer_panic ("boom");
}

static int
guard (int n)
{
  defer {
    if (defer_recover ())
      {
	puts ("guard recovered");
	defer_result = -7;
      }
  };
  return plain_worker (n);
}

int
main (void)
{
  printf ("%d\n", guard (0));
  printf ("%d\n", guard (1));
  return 0;
}
/* { dg-output "work's defer\n1\nwork's defer\nguard recovered\n-7\n" } */
