"""Benchmarks (``make bench``): each runs in its own process so its peak memory is its own."""
