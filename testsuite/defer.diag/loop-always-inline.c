/* A function whose defers are records must have a frame of its own: a
   defer in a loop in an always_inline function is an error that says
   what to do.  */
/* { dg-do compile } */
#include <defer.h>
void g (int);

static inline __attribute__ ((always_inline)) void
f (int n)			/* { dg-message "drop 'always_inline', or move the loop into a helper function" } */
{
  for (int i = 0; i < n; i++)
    defer g (i);		/* { dg-error "'defer' in a loop in 'f', which is declared 'always_inline'" } */
}

void
call (void)
{
  f (3);
}
