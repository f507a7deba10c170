"""Extractors: plain functions over a spaCy ``Doc`` that yield table rows and never mutate it."""
