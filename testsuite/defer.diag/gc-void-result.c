/* S5: defer_result in a void function is an error, in every such function
   of the file -- also when GCC's garbage collector runs between them (the
   type the plugin gives defer_result there must survive collection;
   the params make GCC collect at every opportunity).  */
/* { dg-do compile } */
/* { dg-options "--param ggc-min-heapsize=0 --param ggc-min-expand=0" } */
#include <defer.h>

int sink;

void
first (void)
{
  defer { defer_result = sink; }	/* { dg-error "defer_result_in_a_void_function" } */
}

struct big1 { int a[10]; double d; char *p; };
static int use1 (struct big1 *b) { return b->a[3] + (int) b->d; }
int g1 (int x) { struct big1 b = { { x, x + 1, x * 2 }, 1.5, 0 }; return use1 (&b); }
struct big2 { long a[20]; float f; };
static long use2 (struct big2 *b) { return b->a[7] * (long) b->f; }
long g2 (int x) { struct big2 b = { { x, x, x }, 2.5f }; return use2 (&b); }

void
second (void)
{
  defer { defer_result = sink; }	/* { dg-error "defer_result_in_a_void_function" } */
}

struct big3 { short s[30]; union { int i; float f; } u; };
static int use3 (struct big3 *b) { return b->s[2] + b->u.i; }
int g3 (int x) { struct big3 b = { { (short) x }, { x } }; return use3 (&b); }

void
third (void)
{
  defer { defer_result = sink; }	/* { dg-error "defer_result_in_a_void_function" } */
}
