/* Link-time inlining into a file built without the plugin (so without
   -fexceptions): plain-caller-helper.c's main calls safe () once, and
   GCC would inline it there at -O1 and above, work () with it.  Inlined, they
   lose their landing pads: the panic skips work's deferred statement and
   safe's recovery ("panic: boom", exit 2).  They must stay calls
   (plugin/keep-personality.cc).  main and the output are in the plain
   file; this file has no main.  */
/* { dg-do run } */
/* { dg-options "-flto" } */
/* { dg-defer-plain-sources "plain-caller-helper.c" } */
/* { dg-defer-plain-flags "-flto" } */
#include <stdio.h>
#include <defer.h>

void
work (int n)
{
  defer puts ("work's defer");
  if (n)
    defer_panic ("boom");
}

int
safe (int n)
{
  defer {
    if (defer_recover ())
      {
	puts ("recovered");
	defer_result = -1;
      }
  };
  work (n);
  return 1;
}
/* { dg-output "work's defer\nrecovered\n-1\n" } */
