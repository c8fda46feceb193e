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
   start of the function's frame area, DEFER_LOCAL_SIZE bytes aligned to
   DEFER_LOCAL_ALIGN on its stack: a pointer, the frame slot, cleared at
   entry, then the frame's own record, at DEFER_LOCAL_RECORD_OFFSET.
   __defer_push puts a frame's first record there when its payload fits
   (DEFER_LOCAL_PAYLOAD_MAX bytes, at DEFER_LOCAL_PAYLOAD_OFFSET) and
   sets the slot to DEFER_LOCAL_OWN; while the slot holds that, the
   generated code takes the record back itself (sets the slot to null)
   instead of calling __defer_run_next.  plugin/lower-runtime.cc has the
   same numbers.  */
#define DEFER_LOCAL_SIZE 80
#define DEFER_LOCAL_ALIGN 16
#define DEFER_LOCAL_RECORD_OFFSET 16
#define DEFER_LOCAL_PAYLOAD_OFFSET 32
#define DEFER_LOCAL_PAYLOAD_MAX 48
#define DEFER_LOCAL_OWN ((void *) 1)
void *__defer_push (void **slot, size_t size);
void *__defer_run_next (void **slot);
/* At exit, while the slot holds a frame descriptor, the generated code
   pops the newest record itself when the record is a pooled one: R, the
   pointer at DEFER_FRAME_TOP_OFFSET in the descriptor, not null, whose
   unsigned int at DEFER_RECORD_CLS_OFFSET is at most
   DEFER_RECORD_CLS_INLINE_MAX; it stores R's pointer at
   DEFER_RECORD_NEXT_OFFSET in the descriptor's and runs the payload at
   DEFER_RECORD_PAYLOAD_OFFSET.  Any other case is __defer_run_next's.  */
#define DEFER_FRAME_TOP_OFFSET 0
#define DEFER_RECORD_NEXT_OFFSET 0
#define DEFER_RECORD_CLS_OFFSET 8
#define DEFER_RECORD_PAYLOAD_OFFSET 16
#define DEFER_RECORD_CLS_INLINE_MAX 6

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

/* panic.c: a direct call defer_panic (MESSAGE) in a unit the plugin
   compiles becomes `__defer_panic_start (MESSAGE);
   __defer_panic_failed ();' (plugin/panic-calls.cc).  The first starts
   the panic and returns only if the unwinder failed; the second reports
   that and exits.  */
void __defer_panic_start (const char *message);
void __defer_panic_failed (void) __attribute__ ((__noreturn__, __cold__));

#endif
