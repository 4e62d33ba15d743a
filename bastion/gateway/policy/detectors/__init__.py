"""Detectors: each finds one kind of thing in a text and returns ``Match`` spans."""

from bastion.gateway.policy.detectors.base import Detector, DetectorError, Match, SemanticDetector

__all__ = ["Detector", "DetectorError", "Match", "SemanticDetector"]
