/* S6: goto (and a label's address) into a deferred statement.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu11" } */
#include <defer.h>
void g (void);
void
f (int x)
{
  if (x)
    goto inside;		/* { dg-error "jump into a deferred statement at label 'inside'" } */
  void *p = &&inside2;		/* { dg-error "jump into a deferred statement at label 'inside2'" } */
  (void) p;
  defer {			/* { dg-message "in the statement deferred here" } */
  inside:
    g ();
  inside2:
    g ();
  }
}
