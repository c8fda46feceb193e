/* Slurp a whole file into a buffer the caller owns: the file is closed
   on every path, the buffer freed only where it is not returned.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le slurp slurp_twin 2 } } */
/* { dg-final { scan-function-not slurp "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only slurp "defer_bits" "optimized" } } */
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

char *
slurp (const char *path, size_t *len)
{
  FILE *fp = fopen (path, "rb");
  if (!fp)
    return NULL;
  defer fclose (fp);
  if (fseek (fp, 0, SEEK_END) != 0)
    return NULL;
  long n = ftell (fp);
  if (n < 0)
    return NULL;
  rewind (fp);
  char *buf = malloc ((size_t) n + 1);
  if (!buf)
    return NULL;
  if (fread (buf, 1, (size_t) n, fp) != (size_t) n)
    {
      free (buf);
      return NULL;
    }
  buf[n] = 0;
  *len = (size_t) n;
  return buf;
}

char *
slurp_twin (const char *path, size_t *len)
{
  char *buf = NULL;
  long n;
  FILE *fp = fopen (path, "rb");
  if (!fp)
    return NULL;
  if (fseek (fp, 0, SEEK_END) != 0)
    goto out;
  n = ftell (fp);
  if (n < 0)
    goto out;
  rewind (fp);
  buf = malloc ((size_t) n + 1);
  if (!buf)
    goto out;
  if (fread (buf, 1, (size_t) n, fp) != (size_t) n)
    {
      free (buf);
      buf = NULL;
      goto out;
    }
  buf[n] = 0;
  *len = (size_t) n;
out:
  fclose (fp);
  return buf;
}
