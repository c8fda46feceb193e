/* S14 where the plugin cannot order a cleanup among the defers: a
   variable of an inner block, cleaned up when its block ends, read by a
   deferred statement; and an outermost-block variable that can be
   established twice in one call.  Both warn.  */
/* { dg-do compile } */
#include <stdlib.h>
#include <defer.h>

void freep (char **);
void use (const char *);

void
inner_block (int n)
{
  if (n)
    {
      char *q __attribute__ ((cleanup (freep))) = malloc (4);	/* { dg-message "'q' is declared in an inner block; declare it in the outermost block" } */
      defer { use (q); }	/* { dg-warning "deferred statement uses 'q', whose cleanup runs when its block ends" } */
    }
}

void
established_twice (int n)
{
again:;
  char *p __attribute__ ((cleanup (freep))) = malloc (4);	/* { dg-warning "cleanup of 'p' runs before the deferred statements that follow it" } */
  defer use (p);
  if (--n > 0)
    goto again;		/* { dg-message "it can be established more than once in a call, from here" } */
}

/* No warning: a variable of the outermost block declared once.  */
void
quiet (void)
{
  char *p __attribute__ ((cleanup (freep))) = malloc (4);
  defer use (p);
}
