/* A reference taken on entry and dropped on every exit, with a search
   loop that returns from inside.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le find_child find_child_twin 2 } } */
/* { dg-final { scan-function-not find_child "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only find_child "defer_bits" "optimized" } } */
#include <defer.h>

struct node { int key; int nchildren; struct node **children; };
void node_get (struct node *), node_put (struct node *);

int
find_child (struct node *parent, int key)
{
  node_get (parent);
  defer node_put (parent);
  for (int i = 0; i < parent->nchildren; i++)
    if (parent->children[i]->key == key)
      return i;
  return -1;
}

int
find_child_twin (struct node *parent, int key)
{
  int ret = -1;
  node_get (parent);
  for (int i = 0; i < parent->nchildren; i++)
    if (parent->children[i]->key == key)
      {
	ret = i;
	break;
      }
  node_put (parent);
  return ret;
}
