"""Hypothesis profiles for the differential op tests.

``ci`` (the default) is deterministic -- ``derandomize=True`` seeds every test from its name, so a
run is reproducible and needs no example database -- with no deadline (the reference evaluator is
slow by design) and ``print_blob=True`` so a failure prints its reproduction blob. Its
``max_examples=100`` is the scale unit: each op test asks for its own count through
``strategies.examples(n)`` (see the table there), and ``HYPOTHESIS_PROFILE=thorough`` runs 10x as
many examples, randomized.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

# The op tests import their shared helpers as ``strategies``, with or without a tests/__init__.py.
sys.path.insert(0, str(Path(__file__).resolve().parent))

settings.register_profile(
    "ci",
    max_examples=100,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=1000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
