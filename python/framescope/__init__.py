"""framescope from Python: a thin ctypes layer over libframescope.

Each article is scored by the C library and comes back as the very JSON row
that ``framescope score -f jsonl`` writes for it, so the numbers are the
CLI's by construction. ctypes releases the GIL during each C call; Ctrl-C
is honoured between articles.
"""
from ._lib import FramescopeError, library_path
from .model import Model, read_rows

__all__ = ["Model", "FramescopeError", "read_rows", "library_path"]
__version__ = "0.1.0"
