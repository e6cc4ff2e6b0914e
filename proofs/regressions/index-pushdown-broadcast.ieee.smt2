; no query was needed: refuted (defined query fails)
