; no query was needed: refuted (shape query fails)
