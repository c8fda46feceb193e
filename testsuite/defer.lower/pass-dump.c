/* O1, O4: the "defer" pass gives the function a deferBits word: set at
   each defer statement, tested and cleared before each deferred
   statement runs; its dump shows it (-fplugin-arg-defer-dump, since GCC
   12 rejects -fdump-tree-defer for a plugin's pass).  No marker call
   survives the pass.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dump" } */
/* { dg-final { scan-tree-dump-times "defer_bits\\.\[0-9\]+ = 0;" 1 "defer" } } */
/* { dg-final { scan-tree-dump "defer_bits\\.\[0-9\]+ = defer_bits\\.\[0-9\]+ \\| 1;" "defer" } } */
/* { dg-final { scan-tree-dump "defer_bits\\.\[0-9\]+ = defer_bits\\.\[0-9\]+ \\| 2;" "defer" } } */
/* { dg-final { scan-tree-dump "= defer_bits\\.\[0-9\]+ & 2;" "defer" } } */
/* { dg-final { scan-tree-dump "defer_bits\\.\[0-9\]+ = defer_bits\\.\[0-9\]+ & 18446744073709551613;" "defer" } } */
/* { dg-final { scan-tree-dump "__defer_unwind_hold" "defer" } } */
/* { dg-final { scan-tree-dump-not "__gcc_defer_" "defer" } } */
#include <stdlib.h>
#include <defer.h>

void use (void *, void *);

void
f (size_t n)
{
  void *a = malloc (n);
  defer free (a);
  void *b = malloc (n);
  defer free (b);
  use (a, b);
}
