; no query was needed: refuted (value query fails)
