/* A defer before a switch with a return in every case.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le dispatch dispatch_twin 2 } } */
/* { dg-final { scan-function-not dispatch "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only dispatch "defer_bits" "optimized" } } */
#include <defer.h>

struct req { int op; int arg; };
void begin (struct req *);
void end (struct req *);
int get (int), put (int), del (int);

int
dispatch (struct req *r)
{
  begin (r);
  defer end (r);
  switch (r->op)
    {
    case 0: return get (r->arg);
    case 1: return put (r->arg);
    case 2: return del (r->arg);
    default: return -1;
    }
}

int
dispatch_twin (struct req *r)
{
  int ret;
  begin (r);
  switch (r->op)
    {
    case 0: ret = get (r->arg); break;
    case 1: ret = put (r->arg); break;
    case 2: ret = del (r->arg); break;
    default: ret = -1; break;
    }
  end (r);
  return ret;
}
