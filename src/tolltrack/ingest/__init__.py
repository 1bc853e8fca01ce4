"""Stage 1 of the pipeline: read documents from files, streams and (later) the web."""

from tolltrack.ingest.readers import InputProblem, read_inputs

__all__ = ["InputProblem", "read_inputs"]
