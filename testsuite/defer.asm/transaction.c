/* A transaction rolled back unless it was committed: the deferred
   statement reads the flag at exit.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le transfer transfer_twin 7 gcc13=9 } } */
/* { dg-final { scan-function-not transfer "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only transfer "defer_bits" "optimized" } } */
#include <defer.h>

struct db;
int db_begin (struct db *);
void db_rollback (struct db *);
int db_commit (struct db *);
int db_add (struct db *, int account, long amount);

int
transfer (struct db *db, int from, int to, long amount)
{
  if (db_begin (db) != 0)
    return -1;
  int committed = 0;
  defer {
    if (!committed)
      db_rollback (db);
  }
  if (db_add (db, from, -amount) != 0)
    return -2;
  if (db_add (db, to, amount) != 0)
    return -3;
  if (db_commit (db) != 0)
    return -4;
  committed = 1;
  return 0;
}

int
transfer_twin (struct db *db, int from, int to, long amount)
{
  int ret;
  if (db_begin (db) != 0)
    return -1;
  if (db_add (db, from, -amount) != 0)
    {
      ret = -2;
      goto rollback;
    }
  if (db_add (db, to, amount) != 0)
    {
      ret = -3;
      goto rollback;
    }
  if (db_commit (db) != 0)
    {
      ret = -4;
      goto rollback;
    }
  return 0;
rollback:
  db_rollback (db);
  return ret;
}
