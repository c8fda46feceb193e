/* Count a directory's regular entries: the directory is closed on the
   loop's early exit too.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le count_entries count_entries_twin 2 } } */
/* { dg-final { scan-function-not count_entries "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only count_entries "defer_bits" "optimized" } } */
#include <dirent.h>
#include <string.h>
#include <defer.h>

int
count_entries (const char *path, int limit)
{
  DIR *d = opendir (path);
  if (!d)
    return -1;
  defer closedir (d);
  int n = 0;
  struct dirent *e;
  while ((e = readdir (d)) != NULL)
    {
      if (e->d_name[0] == '.')
	continue;
      if (++n > limit)
	return -2;
    }
  return n;
}

int
count_entries_twin (const char *path, int limit)
{
  DIR *d = opendir (path);
  if (!d)
    return -1;
  int n = 0;
  struct dirent *e;
  while ((e = readdir (d)) != NULL)
    {
      if (e->d_name[0] == '.')
	continue;
      if (++n > limit)
	{
	  n = -2;
	  break;
	}
    }
  closedir (d);
  return n;
}
