/* symbolize.c -- function names for a panic's backtrace.

   dladdr only knows exported (dynamic) symbols, and would name a static
   function after whatever exported one precedes it.  For addresses in the
   executable this reads its full symbol table (.symtab, present unless the
   program is stripped) and names the function whose range holds the
   address; elsewhere it falls back to dladdr.  It runs once, when an
   unrecovered panic is printed, so it favours simplicity over speed.  */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

/* Look PC up in the ELF file PATH loaded at BASE; on success write
   "name+0xoff" to OUT and return 1.  */

static int
lookup_symtab (const char *path, const char *base, const char *pc,
	       char *out, size_t outlen)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return 0;
  struct stat st;
  int found = 0;
  if (fstat (fd, &st) == 0 && st.st_size > (off_t) sizeof (Elf64_Ehdr))
    {
      const char *map = mmap (NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
      if (map != MAP_FAILED)
	{
	  const Elf64_Ehdr *eh = (const Elf64_Ehdr *) map;
	  /* Addresses in a position-independent executable are relative.  */
	  unsigned long addr = (unsigned long) (pc - (eh->e_type == ET_DYN
						     ? base : NULL));
	  const Elf64_Shdr *sh = (const Elf64_Shdr *) (map + eh->e_shoff);
	  for (int i = 0; !found && i < eh->e_shnum; i++)
	    {
	      if (sh[i].sh_type != SHT_SYMTAB)
		continue;
	      const Elf64_Sym *sym = (const Elf64_Sym *) (map + sh[i].sh_offset);
	      const char *names = map + sh[sh[i].sh_link].sh_offset;
	      size_t n = sh[i].sh_size / sizeof *sym;
	      for (size_t k = 0; k < n; k++)
		if (ELF64_ST_TYPE (sym[k].st_info) == STT_FUNC
		    && addr >= sym[k].st_value
		    && addr < sym[k].st_value + sym[k].st_size)
		  {
		    snprintf (out, outlen, "%s+0x%lx", names + sym[k].st_name,
			      addr - sym[k].st_value);
		    found = 1;
		    break;
		  }
	    }
	  munmap ((void *) map, st.st_size);
	}
    }
  close (fd);
  return found;
}

void
__defer_symbolize (const void *pc, char *out, size_t outlen)
{
  Dl_info info;
  struct link_map *lm = NULL;
  if (!dladdr1 (pc, &info, (void **) &lm, RTLD_DL_LINKMAP))
    {
      snprintf (out, outlen, "%p", pc);
      return;
    }
  /* The executable is the link map entry with an empty name.  */
  const char *path = info.dli_fname;
  char exe[4096];
  if (lm && lm->l_name && lm->l_name[0] == 0)
    {
      ssize_t len = readlink ("/proc/self/exe", exe, sizeof exe - 1);
      if (len > 0)
	{
	  exe[len] = 0;
	  path = exe;
	}
    }
  if (path && lookup_symtab (path, info.dli_fbase, pc, out, outlen))
    return;
  if (info.dli_sname)
    snprintf (out, outlen, "%s+0x%lx", info.dli_sname,
	      (unsigned long) ((const char *) pc
			       - (const char *) info.dli_saddr));
  else
    snprintf (out, outlen, "%s+0x%lx", info.dli_fname ? info.dli_fname : "?",
	      (unsigned long) ((const char *) pc
			       - (const char *) info.dli_fbase));
}
