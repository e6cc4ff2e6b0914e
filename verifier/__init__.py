"""Z3 verification of rewrite rules: ``verify(rule, domain)`` gives a ``Verdict``.

Only this package imports z3. The verdicts are ``proved``, ``proved-bounded``, ``refuted`` (with a
counterexample NumPy replays) and ``unknown`` (with the reason); see ``verifier.pipeline``.
"""

from verifier.pipeline import verify
from verifier.verdict import Counterexample, Verdict

__all__ = ["Counterexample", "Verdict", "verify"]
