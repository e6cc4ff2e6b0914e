"""egglog optimizer: proved rules only, deterministic extraction."""
