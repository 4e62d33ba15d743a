# Bastion gateway image (used by the Helm chart in helm/bastion).
FROM python:3.11-slim
ENV PIP_NO_CACHE_DIR=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False \
    BASTION_MODEL_CACHE=/opt/bastion/models
WORKDIR /app
# xmlsec1: the saml identity provider verifies XML signatures with it. bubblewrap: stdio MCP
# servers run in a sandbox of their own where the pod allows user namespaces (docs/mcp.md).
RUN apt-get update && apt-get install -y --no-install-recommends xmlsec1 bubblewrap \
 && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md constraints.txt ./
COPY bastion ./bastion
COPY sdk ./sdk
# The CPU build of torch first, so that the project's torch==2.13.0 pin is already satisfied
# and pip never pulls a CUDA build.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu \
 && pip install -c constraints.txt './sdk[cli]' . \
 && useradd --uid 10001 --create-home bastion
# Export the embedding model to ONNX, build the cache's static encoder and the injection
# detector's fine-tuned MiniLM (the PyPI model plus the shipped delta) once, into the image:
# pods run with a read-only root filesystem and start without the build (the chart points
# BASTION_MODEL_CACHE here).
RUN python -c "from bastion.gateway.embeddings import Embedder; Embedder().load()" \
 && python -m bastion.gateway.semcache.static_encoder prepare \
 && python -m bastion.gateway.policy.detectors.injection_head prepare \
 && chmod -R a+rX /opt/bastion
USER 10001
EXPOSE 8787
ENTRYPOINT ["bastion"]
CMD ["serve", "--host", "0.0.0.0"]
