"""Importers from other gateways' configurations (``bastion import ...``)."""
