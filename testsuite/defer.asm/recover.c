/* S7, issue 4: a function that can recover pays nothing on its normal
   path: beside the same function without the recovering defer.  */
/* { dg-do compile } */
/* { dg-final { function-insns-le guarded_parse guarded_parse_twin 2 } } */
/* { dg-final { function-normal-path-not guarded_parse "call\t(__defer|defer_|__gcc_defer)" } } */
#include <defer.h>

int parse (const char *, int *);

int
guarded_parse (const char *text)
{
  defer { if (defer_recover ()) defer_result = -1; }
  int value;
  if (parse (text, &value) != 0)
    return -2;
  return value;
}

int
guarded_parse_twin (const char *text)
{
  int value;
  if (parse (text, &value) != 0)
    return -2;
  return value;
}
