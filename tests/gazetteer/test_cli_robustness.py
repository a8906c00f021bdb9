"""``python -m gazetteer``: hostile stdin and options give error lines, never tracebacks (issue 13)."""

import subprocess
import sys
import time

import pytest

from tests.common import ROOT


def resolve(data: bytes, *args):
    return subprocess.run([sys.executable, "-m", "gazetteer", "resolve", *args], cwd=ROOT, input=data,
                          capture_output=True, timeout=300)


def test_cp1256_and_binary_stdin_keep_one_output_line_per_input_line():
    data = "حلب\n".encode("utf-8") + "أغدام\n".encode("cp1256") + b"\x00\x81\xff\xfe\x01\n" + "ترتر\n".encode()
    r = resolve(data)
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    out = r.stdout.decode("utf-8").splitlines()
    assert len(out) == 4
    assert out[0].startswith("حلب\t36.") and "Aghdam" in out[1] and out[2] == "\t\t\t\t\t" and "Tartar" in out[3]
    err = r.stderr.decode().splitlines()
    assert err == ["error: stdin line 3: not UTF-8 or Windows Arabic (cp1256) text; skipped"]


def test_a_huge_line_is_refused_in_linear_time():
    start = time.perf_counter()
    r = resolve(("ب" * 200_000 + "\nحلب\n").encode("utf-8"))
    assert time.perf_counter() - start < 60  # was killed by the OOM killer (quadratic typo search)
    assert r.returncode == 2 and b"at most 200" in r.stderr
    out = r.stdout.decode().splitlines()
    assert len(out) == 2 and out[1].startswith("حلب\t")


@pytest.mark.parametrize("profile", ["../../../tmp/x", "/etc/passwd.json", "x" * 300, "nosuch"])
def test_profile_is_a_name_never_a_path(profile):
    r = resolve("حلب\n".encode(), "--profile", profile)
    assert r.returncode == 2 and b"--profile must be the name of a conflict profile" in r.stderr
    assert b"karabakh" in r.stderr and b"Traceback" not in r.stderr


def test_candidates_of_a_too_long_name_and_a_closed_pipe():
    r = subprocess.run([sys.executable, "-m", "gazetteer", "candidates", "ب" * 1000], cwd=ROOT, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 2 and "at most 200" in r.stderr
    r = subprocess.run(f"yes حلب | head -n 3000 | {sys.executable} -m gazetteer resolve | head -n 1", shell=True,
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.stdout.startswith("حلب\t") and "Traceback" not in r.stderr


def test_a_2gb_line_costs_bounded_memory_and_utf16_or_utf32_stdin_is_read(tmp_path):
    sparse = tmp_path / "sparse.txt"
    with open(sparse, "wb") as fh:
        fh.truncate(2 * 1024 ** 3)  # one line of 2 GB of NUL bytes: was read whole (4.4 GB) and said nothing
    with open(sparse, "rb") as stdin:
        r = subprocess.run(f"ulimit -v 3000000; {sys.executable} -m gazetteer resolve", shell=True, cwd=ROOT,
                           stdin=stdin, capture_output=True, timeout=300)
    assert r.returncode == 2 and b"stdin line 1: 2,147,483,648 bytes" in r.stderr and b"Traceback" not in r.stderr
    assert r.stdout == b"\t\t\t\t\t\n"
    for codec in ("utf-16", "utf-32"):
        r = resolve("أغدام\r\nترتر\n".encode(codec))
        out = r.stdout.decode().splitlines()
        assert r.returncode == 0 and len(out) == 2 and "Aghdam" in out[0] and "Tartar" in out[1], (codec, r.stderr)


def test_direction_controls_in_a_name_do_not_hide_it():
    r = resolve("\u202eأغدام\u202c\n\u2067ترتر\u2069\n".encode())
    out = r.stdout.decode().splitlines()
    assert "Aghdam" in out[0] and "Tartar" in out[1]


def test_a_cache_folder_that_cannot_be_written_is_a_warning_not_a_traceback():
    import os

    env = {**os.environ, "CONFLICTMAP_CACHE_DIR": "/proc/conflictmap-no-such-cache"}
    r = subprocess.run([sys.executable, "-m", "gazetteer", "resolve"], cwd=ROOT, input="حلب\n".encode(),
                       capture_output=True, timeout=300, env=env)
    assert r.returncode == 0 and r.stdout.decode().startswith("حلب\t36.")
    assert r.stderr.decode().splitlines() == [
        "warning: /proc/conflictmap-no-such-cache: the gazetteer index cannot be cached (No such file or directory); "
        "set CONFLICTMAP_CACHE_DIR to a writable folder"]
