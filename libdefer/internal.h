/* internal.h -- what libdefer's files share; not installed.  */

#ifndef LIBDEFER_INTERNAL_H
#define LIBDEFER_INTERNAL_H

#include <stddef.h>
#include <unwind.h>

/* unwind.c: the exceptions of the landing pads running on this thread.  */
struct _Unwind_Exception *__defer_held_top (void);
int __defer_held_contains (const struct _Unwind_Exception *);
void __defer_held_drop_top (void);
void __defer_unwind_hold (struct _Unwind_Exception *);
void __defer_unwind_resume (void) __attribute__ ((__noreturn__));

/* symbolize.c: "function+0xoffset" for PC.  */
void __defer_symbolize (const void *pc, char *out, size_t outlen);

/* panic.c */
int __defer_is_panic (const struct _Unwind_Exception *);
/* NEWER replaced OLDER in a landing pad (a deferred statement unwound).  */
void __defer_panic_replaces (struct _Unwind_Exception *newer,
			     struct _Unwind_Exception *older);

#endif
