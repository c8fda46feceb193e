/* O1 beside O2: a function whose defers are records calls libdefer to
   push and to run them, and is never inlined (libdefer tells live frames
   from ones a longjmp skipped by their place on the stack); in the same
   file, a function whose defers are open-coded still calls nothing of
   libdefer's on its normal path, inlined into its caller or not.  The
   "defer" pass dump shows the frame area, cleared at entry, and the
   test for the frame's own record, taken back without a call.  At every
   -O level.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dump" } */
/* { dg-final { function-normal-path-not open_coded "call\t(__defer|defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-not open_coded "__defer_push|__defer_run_next" } } */
/* { dg-final { scan-assembler "call\t__defer_push" } } */
/* { dg-final { scan-assembler "call\t__defer_run_next" } } */
/* { dg-final { scan-assembler "call\tlooper" } } */
/* { dg-final { scan-function-not caller "__defer_push|__defer_run_next" } } */
/* { dg-final { scan-assembler-not "__gcc_defer_" } } */
/* { dg-final { scan-tree-dump "defer_frame\\.\[0-9\]+\\.frame = 0B;" "defer" } } */
/* { dg-final { scan-tree-dump "__defer_push \\(&defer_frame\\.\[0-9\]+\\.frame" "defer" } } */
/* { dg-final { scan-tree-dump "if \\(_\[0-9\]+ == 1B\\)" "defer" } } */
#include <stdio.h>
#include <defer.h>

void use (int);

static void
looper (int n)
{
  for (int i = 0; i < n; i++)
    defer use (i);
}

int
open_coded (FILE *fp, int x)
{
  defer fclose (fp);
  if (x)
    defer use (x);
  return x + 1;
}

int
caller (FILE *fp, int n)
{
  looper (n);
  return open_coded (fp, n);
}
