/* S6: a case label inside a deferred statement, belonging to a switch
   outside it; a switch wholly inside is fine.  */
/* { dg-do compile } */
#include <defer.h>
void g (int);
void
f (int x)
{
  switch (x)
    {
    case 0:
      defer {			/* { dg-message "in the statement deferred here" } */
      case 1:			/* { dg-error "'case' label inside a deferred statement belongs to a 'switch' outside it" } */
	g (x);
	switch (x) { case 2: g (2); break; default: break; }
      }
      break;
    }
}
