/* plugin-abi.h -- every libdefer function that code the plugin generates
   calls.  Not installed: no user calls these.  The plugin names them
   (plugin/lower-runtime.cc, plugin/unwind-path.cc, plugin/recover.cc);
   each file that defines one includes this header, so that a definition
   and what the plugin emits cannot drift apart unseen.  */

#ifndef LIBDEFER_PLUGIN_ABI_H
#define LIBDEFER_PLUGIN_ABI_H

#include <stddef.h>
#include <unwind.h>

/* records.c: a function with a defer in a loop (SPEC O2).  SLOT is the
   function's frame slot, cleared at entry.  */
void *__defer_push (void **slot, size_t size);
void *__defer_run_next (void **slot);

/* landing.c and held.c: a landing pad that runs deferred statements while
   the stack unwinds.  */
void __defer_unwind_hold (struct _Unwind_Exception *);
void __defer_unwind_rehold (struct _Unwind_Exception *);
void __defer_unwind_resume (void) __attribute__ ((__noreturn__));
/* A direct defer_recover () call in the landing pad's copy of the
   deferred statements.  */
const char *__defer_recover_held (void);
/* After the statements: nonzero if a panic was recovered and the pad
   must return normally.  */
int __defer_unwind_recovered (void);

#endif
