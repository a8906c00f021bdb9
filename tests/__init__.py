"""The test suite (a package, so that `tests.common` is ours even when a library installs a top-level `tests`)."""
