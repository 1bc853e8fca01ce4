"""Stage 2 of the pipeline: from report text to casualty and control claims.

Components, in order: normalize → segment → time → numbers → actors → places →
mentions → claims → merge → tallies → control (see ``pipeline.default_components``).
"""

from tolltrack.extract.pipeline import Component, Pipeline, default_components

__all__ = ["Component", "Pipeline", "default_components"]
