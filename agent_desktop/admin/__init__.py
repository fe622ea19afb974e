"""Admin tab (管理): agents, teams, queues, numbers, codes, prompts and roles for admins
(leads read their teams' part). Qt-free at the package root; embed `tab.AdminTab` over
`presenter.AdminPresenter` (docs/administration.md, "The Admin tab")."""

from agent_desktop.admin.resources import RESOURCES, FieldSpec, ResourceSpec

__all__ = ["RESOURCES", "FieldSpec", "ResourceSpec"]
