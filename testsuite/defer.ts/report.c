/* T6: -fplugin-arg-defer-report notes each _Defer as block-scoped.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */
void f (int);

void
g (int n)
{
  _Defer f (0);			/* { dg-message "'_Defer' block-scoped" } */
  for (int i = 0; i < n; i++)
    _Defer f (i);		/* { dg-message "'_Defer' block-scoped" } */
}
