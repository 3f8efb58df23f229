"""Every lifecycle transition, allowed and refused, for both levels."""

from __future__ import annotations

import itertools

import pytest

from dvk_desktop.domain.lifecycle import TRANSITIONS, allowed_targets, check_transition, is_final
from dvk_desktop.domain.vocab import Status, WorkspaceRole

ALLOWED = {(t.source, t.target): t for t in TRANSITIONS}
PAIRS = list(itertools.product(Status, Status))


@pytest.mark.parametrize(("source", "target"), [p for p in PAIRS if p not in ALLOWED])
@pytest.mark.parametrize("role", list(WorkspaceRole))
def test_transitions_not_in_the_lifecycle_are_refused(
    source: Status, target: Status, role: WorkspaceRole
) -> None:
    with pytest.raises(Exception) as info:
        check_transition(source, target, role, has_decision=True)
    assert f"“{source.label}”" in str(info.value)
    assert f"“{target.label}”" in str(info.value)


@pytest.mark.parametrize("transition", TRANSITIONS, ids=lambda t: f"{t.source}->{t.target}")
@pytest.mark.parametrize("role", list(WorkspaceRole))
def test_each_transition_is_allowed_only_to_its_levels(transition, role: WorkspaceRole) -> None:  # type: ignore[no-untyped-def]
    if role in transition.roles:
        assert check_transition(transition.source, transition.target, role, has_decision=True)
    else:
        with pytest.raises(Exception, match="chỉ"):
            check_transition(transition.source, transition.target, role, has_decision=True)


@pytest.mark.parametrize(
    "transition", [t for t in TRANSITIONS if t.decision], ids=lambda t: f"{t.source}->{t.target}"
)
def test_recognition_and_awards_need_a_decision(transition) -> None:  # type: ignore[no-untyped-def]
    role = next(iter(transition.roles))
    with pytest.raises(Exception, match="quyết định"):
        check_transition(transition.source, transition.target, role, has_decision=False)


def test_the_main_path_of_the_movement_exists() -> None:
    path = [
        (Status.REGISTERED, Status.IMPLEMENTING, WorkspaceRole.COMMUNE),
        (Status.IMPLEMENTING, Status.INTERIM_REVIEWED, WorkspaceRole.COMMUNE),
        (Status.INTERIM_REVIEWED, Status.PROPOSED, WorkspaceRole.COMMUNE),
        (Status.PROPOSED, Status.RECOGNISED, WorkspaceRole.UPPER),
        (Status.RECOGNISED, Status.EXEMPLARY, WorkspaceRole.UPPER),
        (Status.EXEMPLARY, Status.PROPOSED_AWARD, WorkspaceRole.COMMUNE),
        (Status.PROPOSED_AWARD, Status.AWARDED, WorkspaceRole.UPPER),
        (Status.AWARDED, Status.REPLICATED, WorkspaceRole.UPPER),
    ]
    for source, target, role in path:
        check_transition(source, target, role, has_decision=True)


def test_commune_cannot_recognise_its_own_model() -> None:
    with pytest.raises(Exception, match="cấp trên"):
        check_transition(
            Status.PROPOSED, Status.RECOGNISED, WorkspaceRole.COMMUNE, has_decision=True
        )


def test_stopped_and_replicated_models_are_final() -> None:
    assert is_final(Status.STOPPED)
    assert is_final(Status.REPLICATED)
    assert allowed_targets(Status.STOPPED, WorkspaceRole.UPPER) == []
