/* copy-file.c -- copy SRC to DST: two files and a buffer, released by
   defer on every path, in reverse order.

     copy-file SRC DST  */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

static int
copy (const char *from, const char *to)
{
  FILE *in = fopen (from, "rb");
  if (!in)
    {
      perror (from);
      return 1;
    }
  defer fclose (in);

  FILE *out = fopen (to, "wb");
  if (!out)
    {
      perror (to);
      return 1;
    }
  defer {
    if (fclose (out) != 0)
      perror (to);
  }

  char *buf = malloc (1 << 16);
  if (!buf)
    return 1;
  defer free (buf);

  size_t n;
  while ((n = fread (buf, 1, 1 << 16, in)) > 0)
    if (fwrite (buf, 1, n, out) != n)
      {
	perror (to);
	return 1;
      }
  return ferror (in) ? 1 : 0;
}

int
main (int argc, char **argv)
{
  if (argc != 3)
    {
      fprintf (stderr, "usage: %s SRC DST\n", argv[0]);
      return 2;
    }
  return copy (argv[1], argv[2]);
}
