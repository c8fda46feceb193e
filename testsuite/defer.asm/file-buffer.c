/* A file and a buffer, three exits.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le read_config read_config_twin 2 gcc16=4 } } */
/* { dg-final { scan-function-not read_config "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only read_config "defer_bits" "optimized" } } */
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

int parse (FILE *, char *, size_t);

int
read_config (const char *path)
{
  FILE *fp = fopen (path, "r");
  if (!fp)
    return -1;
  defer fclose (fp);
  char *buf = malloc (4096);
  if (!buf)
    return -2;
  defer free (buf);
  if (parse (fp, buf, 4096) < 0)
    return -3;
  return parse (fp, buf, 4096);
}

int
read_config_twin (const char *path)
{
  int ret;
  FILE *fp = fopen (path, "r");
  if (!fp)
    return -1;
  char *buf = malloc (4096);
  if (!buf)
    {
      ret = -2;
      goto out_file;
    }
  if (parse (fp, buf, 4096) < 0)
    {
      ret = -3;
      goto out_buf;
    }
  ret = parse (fp, buf, 4096);
out_buf:
  free (buf);
out_file:
  fclose (fp);
  return ret;
}
