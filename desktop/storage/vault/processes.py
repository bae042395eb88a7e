"""Whether another process still runs, to tell a leftover of a killed process from work in progress.

A process id can be reused: a leftover whose id now belongs to another program is taken for work in
progress and kept until a later start. That errs on the safe side: nothing in use is ever removed.
"""

from __future__ import annotations

import os


def process_alive(pid: int) -> bool:
    """True when a process with ``pid`` runs now (or may: when the system will not say, it is assumed)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    """``OpenProcess`` fails with ERROR_INVALID_PARAMETER for an id no process has; a process that has
    ended but is still referenced has an exit code other than STILL_ACTIVE."""
    import ctypes
    from ctypes import wintypes

    process_query_limited_information = 0x1000
    error_invalid_parameter = 87
    still_active = 259
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() != error_invalid_parameter  # type: ignore[attr-defined]  # denied: it exists
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
