"""The dependency rules of the code base, checked on the source (every module's AST, every
import statement, including those under ``TYPE_CHECKING`` and inside functions):

* the core (``bastion.gateway``) imports no front door and not the composition root;
* a front door (``bastion.llm``, ``bastion.mcp_bridge``, ``bastion.a2a``) imports no other
  front door and not the composition root (``bastion.app``, ``bastion.cli``,
  ``bastion.settings``): front doors meet only through the core;
* inside the core, an import of the project's own code sits at the top of its module: a
  function-level import is never used to break a cycle. The few that stay are listed below,
  each with its reason, so that a new one fails here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bastion"
FRONT_DOORS = ("bastion.llm", "bastion.mcp_bridge", "bastion.a2a")
COMPOSITION_ROOT = ("bastion.app", "bastion.cli", "bastion.settings", "bastion.__main__")

#: Function-level imports of project code inside the core that stay, and why.
DEFERRED_IN_CORE = {
    # pysaml2 and ldap3 take seconds to import: only when such a provider is configured.
    ("bastion.gateway.oauth.signin", "bastion.gateway.identity.ldap"),
    ("bastion.gateway.oauth.signin", "bastion.gateway.identity.oidc"),
    ("bastion.gateway.oauth.signin", "bastion.gateway.identity.saml"),
    # `bastion policy test` only: the CLI's help does not load the policy model.
    ("bastion.gateway.policy.cli", "bastion.gateway.policy.model"),
    # The learned head is fitted on the detector's own signals (a cycle within the detector).
    ("bastion.gateway.policy.detectors.injection", "bastion.gateway.policy.detectors.injection_head"),
    # Training only (`make train-semcache`): the labelled pairs live with the tests.
    ("bastion.gateway.semcache.train", "tests.semcache"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> Iterator[tuple[str, bool]]:
    """``(imported module, inside a function)`` for every import statement of ``path``."""
    tree = ast.parse(path.read_text(), filename=str(path))
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]

    def visit(node: ast.AST, in_function: bool) -> Iterator[tuple[str, bool]]:
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name, in_function
            elif isinstance(child, ast.ImportFrom):
                if child.level:  # relative: resolve against this module's package
                    base = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    target = ".".join([*base, child.module] if child.module else base)
                else:
                    target = child.module or ""
                yield target, in_function
                for alias in child.names:  # "from bastion import llm" imports bastion.llm
                    yield f"{target}.{alias.name}", in_function
            yield from visit(child, inner)

    yield from visit(tree, False)


def within(name: str, packages: tuple[str, ...] | str) -> bool:
    packages = (packages,) if isinstance(packages, str) else packages
    return any(name == p or name.startswith(p + ".") for p in packages)


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_the_walk_sees_every_part() -> None:
    names = {module_name(p) for p in MODULES}
    for part in ("bastion.gateway.core", "bastion.app", "bastion.cli", "bastion.settings", *FRONT_DOORS):
        assert part in names
    # The walk does find imports (a rule checked on nothing would always pass).
    assert ("bastion.gateway.core", False) in set(imports(PACKAGE / "app.py"))
    assert ("bastion.mcp_bridge", False) in set(imports(PACKAGE / "app.py"))


def test_the_core_imports_no_front_door_and_not_the_composition_root() -> None:
    bad = [
        f"{module_name(p)} imports {target}"
        for p in MODULES
        if within(module_name(p), "bastion.gateway")
        for target, _ in imports(p)
        if within(target, FRONT_DOORS + COMPOSITION_ROOT)
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("door", FRONT_DOORS)
def test_a_front_door_imports_no_other_front_door(door: str) -> None:
    others = tuple(d for d in FRONT_DOORS if d != door) + COMPOSITION_ROOT
    bad = [
        f"{module_name(p)} imports {target}"
        for p in MODULES
        if within(module_name(p), door)
        for target, _ in imports(p)
        if within(target, others)
    ]
    assert not bad, "\n".join(bad)


def test_the_core_breaks_no_cycle_with_a_function_level_import() -> None:
    found = set()
    for p in MODULES:
        me = module_name(p)
        if not within(me, "bastion.gateway"):
            continue
        for target, in_function in imports(p):
            if in_function and (within(target, "bastion") or within(target, "tests")):
                # "from a.b import c" yields a.b and a.b.c: keep the module itself.
                found.add((me, target))
    modules = {name for name, _ in found}
    allowed = {(m, t) for m, t in DEFERRED_IN_CORE}
    unexpected = sorted(
        (m, t) for m, t in found if not any(m == am and (t == at or t.startswith(at + ".")) for am, at in allowed)
    )
    assert not unexpected, "function-level imports in the core (move them to the top of the module):\n" + "\n".join(
        f"{m}: {t}" for m, t in unexpected
    )
    # The list only shrinks: an entry that no longer matches anything is removed.
    stale = sorted(
        (m, t)
        for m, t in allowed
        if m not in modules or not any(ft == t or ft.startswith(t + ".") for fm, ft in found if fm == m)
    )
    assert not stale, f"stale entries in DEFERRED_IN_CORE: {stale}"
