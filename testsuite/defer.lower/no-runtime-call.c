/* O1: on the normal path a function with defers calls nothing of
   libdefer's, and marker calls never reach the assembly; the only
   libdefer calls are in landing pads.  At every -O level.  */
/* { dg-do compile } */
/* { dg-final { function-normal-path-not f "call\t(__defer|defer_|__gcc_defer)" } } */
/* { dg-final { scan-assembler-not "__gcc_defer_" } } */
/* { dg-final { scan-assembler "__defer_unwind_hold" } } */
#include <stdio.h>
#include <defer.h>

int work (FILE *);

int
f (const char *path, int flag)
{
  FILE *fp = fopen (path, "r");
  if (!fp)
    return -1;
  defer fclose (fp);
  if (flag)
    defer puts ("flagged");
  return work (fp);
}
