/* -fanalyzer on defers, at every -O level: a resource released by a
   defer is not reported as leaked, and a real leak still is.  A call
   before the first defer statement has no exception edge (the try
   starts where the first defer can be reached), so the analyzer does not
   take its unwinding as losing what it returned.  */
/* { dg-do compile } */
/* { dg-options "-fanalyzer -fdiagnostics-path-format=none" } */
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

int
first_char (const char *path)
{
  FILE *fp = fopen (path, "r");
  if (!fp)
    return -1;
  defer fclose (fp);
  return fgetc (fp);
}

/* The analyzer of GCC 12 and later also reports the same FILE as leaked
   memory; GCC 11 does not.  */
/* { dg-prune-output "Wanalyzer-malloc-leak" } */

int
leaks_when_empty (const char *path, int empty)
{
  FILE *fp = fopen (path, "r");
  if (!fp)
    return -1;
  if (empty) return 0; /* { dg-warning "leak of FILE" } */
  defer fclose (fp);
  return fgetc (fp);
}

/* The analyzer of GCC 12 and later also reports the same FILE as leaked
   memory; GCC 11 does not.  */
/* { dg-prune-output "Wanalyzer-malloc-leak" } */

