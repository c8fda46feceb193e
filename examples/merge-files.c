/* merge-files.c -- interleave the lines of several files, one line of
   each in turn, until all are done.  Every file is opened first, with a
   defer per file inside the loop that opens them: each one is closed when
   merge () returns, on every path, last opened first (a defer in a loop
   is a libdefer record; -fplugin-arg-defer-report says so).

     merge-files FILE...  */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

static int
merge (int n, char **names)
{
  FILE **files = calloc (n, sizeof *files);
  if (!files)
    return 1;
  defer free (files);

  for (int i = 0; i < n; i++)
    {
      FILE *fp = fopen (names[i], "r");
      if (!fp)
	{
	  perror (names[i]);
	  return 1;		/* Closes the files opened so far.  */
	}
      defer {			/* Sees this iteration's fp and i.  */
	fclose (fp);
	fprintf (stderr, "closed %s\n", names[i]);
      }
      files[i] = fp;
    }

  char line[4096];
  for (int open = n; open > 0;)
    {
      open = 0;
      for (int i = 0; i < n; i++)
	if (fgets (line, sizeof line, files[i]))
	  {
	    fputs (line, stdout);
	    open++;
	  }
    }
  return 0;
}

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: %s FILE...\n", argv[0]);
      return 2;
    }
  return merge (argc - 1, argv + 1);
}
