"""The skills vocabulary of C and C++ systems work, in the format of `skills_table.TABLE` (issue #9).

Postings for C++ and embedded developers name the language's libraries (Qt, Boost), its build and debugging
tools (CMake, gdb, valgrind), threads and the Linux layers such software runs on (drivers, Yocto, an RTOS). A
recruiter hiring for one reads "Qt 5 on i.MX6, Buildroot" as C++ systems work even where the line does not
spell out the language. Qt and Boost imply C++ as Django implies Python (Python's bindings are named apart:
PyQt, PySide). No alias is an ordinary word alone: "boost" and "make" are anyone's verbs, so Boost is matched
only in a phrase ("Boost libraries"), make only as GNU make or a makefile, and gdb only as the debugger is
written ("gdb", "GDB": a German CV's "GdB 50" is a degree of disability).
"""

# No leading newline: the table joins a line that starts with blanks to the one above.
SYSTEMS = """\
Qt | =Qt, qt5, qt6, qt4, qt framework, qt creator, qt widgets, qml, qt quick | C++ |
Boost libraries | boost libraries, boost c++, boost.asio, boost asio | C++ |
C/C++ build tools | cmake, gnu make, makefile, makefiles, autotools, autoconf, automake, bazel, ninja build,
    meson build, conan, vcpkg | |
Native debugging | =gdb, =GDB, lldb, valgrind, windbg, addresssanitizer, address sanitizer, sanitizers,
    core dumps, core dump, memory leaks, memory leak | Problem solving |
Concurrency | multithreading, multi-threading, multithreaded, multi-threaded, multithread, concurrency,
    concurrent programming, pthreads, pthread, posix threads, thread pool, thread pools, lock-free,
    mutexes, synchronization primitives | |
Linux systems programming | posix, linux kernel, kernel modules, kernel module, device drivers,
    device driver, linux drivers, system calls, syscalls, embedded linux, yocto, yocto project,
    buildroot, u-boot, uboot | Linux |
Embedded systems | embedded systems, embedded software, embedded development, firmware, rtos, freertos,
    microcontrollers, microcontroller, =MCU, stm32, arm cortex, bare metal, bare-metal | |
"""
