/* examples/merge-files.c written without defer, as a C programmer would:
   the files opened so far are closed, last first, on the one way out.
   defer.analyzer/analyzer.exp compiles it as plain C -- no plugin -- and
   holds the example to what -fanalyzer says of it: the analyzer of GCC
   11 and 12 loses track of a FILE stored at a symbolic index of a heap
   array, and reports it leaked here too.  */

#include <stdio.h>
#include <stdlib.h>

int
merge (int n, char **names)
{
  int ret = 1;
  int opened = 0;
  FILE **files = calloc (n, sizeof *files);
  if (!files)
    return 1;

  for (; opened < n; opened++)
    {
      files[opened] = fopen (names[opened], "r");
      if (!files[opened])
	{
	  perror (names[opened]);
	  goto out;
	}
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
  ret = 0;
out:
  while (opened-- > 0)
    {
      fclose (files[opened]);
      fprintf (stderr, "closed %s\n", names[opened]);
    }
  free (files);
  return ret;
}
