"""One module per workshop step, each a StepPage."""
