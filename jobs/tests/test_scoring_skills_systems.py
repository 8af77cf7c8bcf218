"""The vocabulary of C and C++ systems work, as a recruiter hiring a C++ developer reads it."""

from jobs.scoring import skills


def test_qt_and_boost_are_cpp_work() -> None:
    assert "C++" in skills.expand(skills.find_skills("Qt 5, Buildroot, Debian GNU/Linux, Jenkins"))
    assert "C++" in skills.expand(skills.find_skills("Networking with Boost.Asio and the Boost libraries"))


def test_qt_from_python_and_boosting_sales_are_no_cpp() -> None:
    assert "C++" not in skills.expand(skills.find_skills("Desktop tools in PyQt and PySide"))
    assert "C++" not in skills.expand(skills.find_skills("Boost sales by 20% through promotions"))
    assert "Qt" not in skills.find_skills("QT team lead: quality testing of releases")


def test_build_debugging_and_threads_have_their_names() -> None:
    assert skills.find_skills("Builds with CMake and GNU make") == {"C/C++ build tools"}
    assert "Native debugging" in skills.find_skills("Hunted memory leaks with valgrind and gdb")
    assert "Concurrency" in skills.find_skills("Multithreaded services on pthreads")


def test_linux_layers_are_linux_systems_work() -> None:
    found = skills.expand(skills.find_skills("Ported device drivers and maintained Yocto layers"))
    assert {"Linux systems programming", "Linux"} <= found


def test_making_and_driving_are_no_build_tools_or_drivers() -> None:
    assert skills.find_skills("Make sure the drivers make their deliveries") == set()


def test_a_german_degree_of_disability_is_no_debugger() -> None:
    assert "Native debugging" not in skills.find_skills("Schwerbehindert (GdB 50)")
    assert "Native debugging" in skills.find_skills("Debugged crashes in GDB")
