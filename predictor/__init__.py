"""Predictor: reorder timing and next actions from order history. Built in issue 6."""
