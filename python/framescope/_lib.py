"""Locating and declaring libframescope's simple.h entry point."""
import ctypes
import ctypes.util
import glob
import os

ABI = 1


class FramescopeError(RuntimeError):
    """A failure reported by the C library (status code and message)."""

    def __init__(self, status, message):
        super().__init__(f"{message} (status {status})")
        self.status = status


def _candidates():
    env = os.environ.get("FRAMESCOPE_LIB")
    if env:
        yield env
        return
    here = os.path.dirname(os.path.abspath(__file__))
    for pat in ("libframescope.so", "libframescope.so.*", "libframescope.dylib"):
        for p in sorted(glob.glob(os.path.join(here, pat))):
            yield p
    found = ctypes.util.find_library("framescope")
    if found:
        yield found
    yield "libframescope.so.0"


_lib = None
_path = None


def library_path():
    """The path of the loaded libframescope (loading it if needed)."""
    load()
    return _path


def load():
    global _lib, _path
    if _lib is not None:
        return _lib
    errors = []
    for cand in _candidates():
        try:
            lib = ctypes.CDLL(cand)
        except OSError as e:
            errors.append(f"{cand}: {e}")
            continue
        if not hasattr(lib, "fsc_simple_abi"):
            errors.append(f"{cand}: no fsc_simple_abi (too old a library)")
            continue
        _declare(lib)
        if lib.fsc_simple_abi() != ABI:
            errors.append(f"{cand}: ABI {lib.fsc_simple_abi()}, want {ABI}")
            continue
        _lib, _path = lib, cand
        return lib
    raise OSError("cannot load libframescope (set FRAMESCOPE_LIB to the "
                  "library file): " + "; ".join(errors))


def _declare(lib):
    c = ctypes
    lib.fsc_simple_abi.restype = c.c_int
    lib.fsc_simple_abi.argtypes = []
    lib.fsc_simple_default_lexicons.restype = c.c_char_p
    lib.fsc_simple_default_lexicons.argtypes = []
    lib.fsc_simple_open.restype = c.c_int
    lib.fsc_simple_open.argtypes = [c.POINTER(c.c_char_p), c.c_size_t, c.c_int,
                                    c.POINTER(c.c_void_p), c.c_char_p, c.c_size_t]
    lib.fsc_simple_close.restype = None
    lib.fsc_simple_close.argtypes = [c.c_void_p]
    lib.fsc_simple_score.restype = c.c_int
    lib.fsc_simple_score.argtypes = [
        c.c_void_p, c.c_char_p, c.c_size_t,
        c.c_char_p, c.c_char_p, c.c_char_p, c.c_char_p, c.c_char_p, c.c_int,
        c.POINTER(c.c_void_p), c.POINTER(c.c_size_t), c.c_char_p, c.c_size_t]
    lib.fsc_simple_free.restype = None
    lib.fsc_simple_free.argtypes = [c.c_void_p]
    lib.fsc_simple_n_categories.restype = c.c_size_t
    lib.fsc_simple_n_categories.argtypes = [c.c_void_p]
    lib.fsc_simple_category.restype = c.c_char_p
    lib.fsc_simple_category.argtypes = [c.c_void_p, c.c_size_t]
