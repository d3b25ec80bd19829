"""Stage 5, regeneration: writing a generated tree safely and comparing it with what is there."""
