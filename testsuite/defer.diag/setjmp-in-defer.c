/* S6: setjmp inside a deferred statement.  */
/* { dg-do compile } */
#include <setjmp.h>
#include <defer.h>
jmp_buf env;
void g (int);
void
f (void)
{
  defer {			/* { dg-message "in the statement deferred here" } */
    if (setjmp (env))		/* { dg-error "inside a deferred statement" } */
      g (1);
  }
}
