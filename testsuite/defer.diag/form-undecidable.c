/* S12: when the first token of the deferred statement comes from a macro
   the plugin cannot look through (here a token pasted with ##), the form
   is an error, never a guess.  */
/* { dg-do compile } */
#include <defer.h>

void show (int);
#define PASTE(a, b) a##b

void
f (int x)
{
  defer PASTE (sh, ow) (x);	/* { dg-error "cannot tell whether this deferred statement is a block" } */
  /* { dg-message "write 'defer \\{ \\.\\.\\. \\}'" "" { target *-*-* } .-1 } */
}
