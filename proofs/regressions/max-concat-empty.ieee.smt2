; no query was needed: refuted (wf query fails)
