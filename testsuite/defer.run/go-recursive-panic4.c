/* Go's crash_test.go TestRecursivePanic4.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^panic: first panic \\\[recovered\\\]\n\tpanic: second panic\n" } */
#include <defer.h>

int
main (void)
{
  defer { defer_recover (); defer_panic ("second panic"); }
  defer_panic ("first panic");
}
