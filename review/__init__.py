"""Review: the web app where reps work the lead queue and managers check reorders."""
