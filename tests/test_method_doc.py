"""docs/method.md cannot drift from the code: its numbers are generated blocks, and every
constant of the analysis is in its table."""

from __future__ import annotations

from cdo_workshop import method_doc


def test_every_generated_block_of_the_method_is_up_to_date() -> None:
    text = method_doc.DOC.read_text(encoding="utf-8")
    found = {m.group(2) for m in method_doc.BLOCK.finditer(text)}
    assert found == set(method_doc.GENERATORS), "a block is missing from docs/method.md"
    assert method_doc.regenerate(text) == text, (
        "docs/method.md is out of date: .venv/bin/python -m cdo_workshop.domain.analysis.method_doc"
    )


def test_every_constant_of_the_analysis_is_documented() -> None:
    documented = {name for _, name in method_doc.MEANINGS}
    for module_name, module in method_doc.MODULES.items():
        for name in method_doc.documented_constants(module):
            own = (module_name, name) in method_doc.MEANINGS
            imported = name in documented and not own  # documented where it is defined
            assert own or imported, f"{module_name}.{name} is not in docs/method.md's table"


def test_the_table_shows_the_codes_values() -> None:
    table = method_doc.constants("en")
    assert "| `scores.COORDINATION_ONLY_LOAD` | 70 |" in table
    assert "| `scores.CORE_DEPENDENCY_SHARES` | 0 / 0.1 / 0.3 / 0.7 |" in table
