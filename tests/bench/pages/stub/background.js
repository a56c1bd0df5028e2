// Intentionally empty: the "without the extension" baseline of the page-load benchmark.
