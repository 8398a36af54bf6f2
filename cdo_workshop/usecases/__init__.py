"""What the CLI and the window both do, written once: each use case ties domain, storage and
export together (no Qt), and the two front ends only ask for input their own way."""
