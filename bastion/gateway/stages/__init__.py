"""The pipeline's stages, one module each. See ``bastion.gateway.pipeline`` for the order."""
