/* S6: a defer nested inside a deferred statement.  */
/* { dg-do compile } */
#include <defer.h>
void g (int);
void
f (void)
{
  defer {			/* { dg-message "in the statement deferred here" } */
    defer g (1);		/* { dg-error "'defer' inside a deferred statement" } */
  }
}
