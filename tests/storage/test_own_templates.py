"""Own templates are stored in the database, listed by name and deleted for good."""

from __future__ import annotations

from cdo_workshop.domain.templates import OwnTemplate, TemplateArea, TemplateTask
from cdo_workshop.storage.repository import SessionRepository


def test_own_templates_survive_reopening_and_can_be_deleted(repo, db_path):
    first = OwnTemplate(name="Zweckverband-Set", tasks=[TemplateTask("e_files", "E-Akte", "x")])
    second = OwnTemplate(name="Amt-Set", decision_areas=[TemplateArea("procurement", "B", 2, 7)])
    repo.save_template(first)
    repo.save_template(second)
    first.name = "Zweckverband-Set 2027"
    repo.save_template(first)  # saving again updates, never duplicates
    reopened = SessionRepository.open(db_path)
    try:
        assert [t.name for t in reopened.list_templates()] == ["Amt-Set", "Zweckverband-Set 2027"]
        assert reopened.list_templates()[1] == first
        reopened.delete_template(second.id)
        assert [t.id for t in reopened.list_templates()] == [first.id]
    finally:
        reopened.close()
