"""Z3 verification of rewrite rules."""
