# Bastion gateway image (used by the Helm chart in helm/bastion).
FROM python:3.11-slim
ENV PIP_NO_CACHE_DIR=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bastion ./bastion
# The CPU build of torch first, so that the project's torch==2.13.0 pin is already satisfied
# and pip never pulls a CUDA build.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu \
 && pip install . \
 && useradd --uid 10001 --create-home bastion
USER 10001
EXPOSE 8787
ENTRYPOINT ["bastion"]
CMD ["serve", "--host", "0.0.0.0"]
