/* A defer whose statement is cut off by the end of the file.  */
/* { dg-do compile } */
/* { dg-error "expected declaration or statement at end of input" "" { target *-*-* } 0 } */
#include <defer.h>
void g (int);
void
f (int x)
{
  defer {
    g (x);
