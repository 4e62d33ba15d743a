"""The four-phase semantic cache for LLM calls (exact, normalised, semantic, predictive).

A core service configured by the ``semcache`` section. The LLM front door asks for it when it
builds its chat pipeline, and the app factory mounts its admin routes::

    cache = cache_for_core(core)                 # cache.py; None when semcache.enabled is false
    pipeline = core.pipeline("llm", cache=cache)
    app.include_router(build_admin_router(core)) # admin.py: /admin/cache/llm

It talks to the pipeline only through the call's typed facts (:mod:`bastion.gateway.semcache.facts`).
"""
