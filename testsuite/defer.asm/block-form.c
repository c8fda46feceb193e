/* The block form: several statements deferred together, reading the
   function's variables at exit.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le transaction transaction_twin 2 } } */
/* { dg-final { scan-function-not transaction "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only transaction "defer_bits" "optimized" } } */
#include <defer.h>

struct db { int depth; long ops; };
int step (struct db *, int);
void log_end (struct db *, int);

int
transaction (struct db *db, int n)
{
  int done = 0;
  db->depth++;
  defer { db->depth--; db->ops += done; log_end (db, done); }
  for (int i = 0; i < n; i++)
    {
      if (step (db, i) < 0)
	return -1;
      done++;
    }
  return done;
}

int
transaction_twin (struct db *db, int n)
{
  int done = 0, ret;
  db->depth++;
  for (int i = 0; i < n; i++)
    {
      if (step (db, i) < 0)
	{
	  ret = -1;
	  goto out;
	}
      done++;
    }
  ret = done;
out:
  db->depth--;
  db->ops += done;
  log_end (db, done);
  return ret;
}
