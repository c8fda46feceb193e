/* O6: the "defer" pass runs only on functions the plugin left marker
   calls in -- those with defer statements or direct defer_recover
   calls -- so its dump names them and no other.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dump" } */
/* { dg-final { scan-tree-dump "Function with_defer " "defer" } } */
/* { dg-final { scan-tree-dump "Function recovering " "defer" } } */
/* { dg-final { scan-tree-dump-not "Function plain " "defer" } } */
/* { dg-final { scan-tree-dump-not "Function also_plain " "defer" } } */
#include <stdlib.h>
#include <defer.h>

void use (void *);

void
with_defer (size_t n)
{
  void *a = malloc (n);
  defer free (a);
  use (a);
}

int
recovering (void)
{
  defer {
    if (defer_recover ())
      defer_result = -1;
  };
  use (0);
  return 0;
}

void
plain (size_t n)
{
  void *a = malloc (n);
  use (a);
  free (a);
}

int
also_plain (int x)
{
  return x * 2;
}
