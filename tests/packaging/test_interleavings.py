"""Property: any interleaving of both levels' work, packages imported in any order, loses nothing.

A commune edits, proposes and exports; the upper level imports (any package, stale ones too),
returns, accepts, decides and sends decisions down; the commune imports any of those. After a
final round of exchange, every commune edit is at the upper level (applied, or waiting there as
a change request), every upper-level decision holds at both levels, and both levels agree.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import DecisionKind, Status
from dvk_desktop.errors import DvkError
from dvk_desktop.packaging import keys
from dvk_desktop.services import evidence, exchange, models, review, workspace_keys
from dvk_desktop.services.decisions import DecisionInput, record_decision
from dvk_desktop.storage.models import ChangeRequest, DvkModel, Evidence
from dvk_desktop.storage.queries.models import ModelFilter, list_models
from dvk_desktop.storage.workspace import WorkspaceHandle
from tests.factories import complete_input
from tests.packaging.exchange import (
    COMMUNE,
    COMMUNE_PASS,
    UPPER_PASS,
    Exchange,
    build_exchange,
    copy_exchange,
)

pytestmark = pytest.mark.sqlite_only("file copies of a prepared exchange per example")

ACTIONS = (
    "c_edit", "c_propose", "c_stop", "c_unattach", "c_export", "c_import",
    "u_import", "u_return", "u_accept", "u_decide", "u_export",
)  # fmt: skip
DAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Exchange:
    ex = build_exchange(tmp_path_factory.mktemp("interleave") / "ex")
    # Keys re-wrapped at the cheapest scrypt cost (kept as is on unlock): each export unlocks
    # the key, and a few dozen exports at the real cost would take most of a minute.
    for folder, passphrase in ((ex.commune_dir, COMMUNE_PASS), (ex.upper_dir, UPPER_PASS)):
        path = folder / "keys" / workspace_keys.KEY_FILE
        keys.change_passphrase(path, passphrase, passphrase, scrypt_n=keys.MIN_SCRYPT_N)
    # A fourth model still being carried out (the commune may edit it), and the upper level
    # already holding the first package (so it has something to review from the start).
    with ex.commune() as commune:
        data = complete_input(commune, name="Sân chơi thiếu nhi tổ dân phố 5")
        models.change_status(commune, models.create_model(commune, data), Status.IMPLEMENTING)
        first = exchange.export_package(
            commune, ex.root, passphrase=COMMUNE_PASS, encrypt=False
        ).path
    with ex.upper() as upper:
        exchange.import_package(upper, first)
    return ex


class Run:
    """One interleaving on a private copy of the exchange, and what must survive it."""

    def __init__(self, ex: Exchange) -> None:
        self.ex = ex
        self.commune, self.upper = ex.commune(), ex.upper()  # open once: opening costs most
        with self.commune.sessions() as session:
            rows = sorted(list_models(session, ModelFilter()), key=lambda r: r.name)
            self.uuids = [r.uuid for r in rows]  # by name: the same model for n in every run
        self.up: list[Path] = []  # records packages the commune made, oldest first
        self.down: list[Path] = []  # decisions packages the upper level made
        self.edits: dict[str, str] = {}  # model -> the commune's last saved goals
        self.decided: set[str] = set()
        self.dossiers: dict[str, set[str]] = {}  # model -> evidence the upper level decided on
        self.counter = 0
        self.done: list[str] = []  # the actions that went through (to see the test bites)

    def step(self, action: str, n: int) -> None:
        uuid = self.uuids[n % len(self.uuids)]
        self.counter += 1
        with contextlib.suppress(DvkError):  # refused (locked, stale…): nothing changed
            getattr(self, action)(uuid, n)
            self.done.append(action)

    def c_edit(self, uuid: str, _n: int) -> None:
        goals = f"Mục tiêu sửa lần {self.counter}"
        data = dataclasses.replace(models.get_input(self.commune, uuid), goals=goals)
        models.update_model(self.commune, uuid, data)
        self.edits[uuid] = goals

    def c_propose(self, uuid: str, _n: int) -> None:
        models.change_status(self.commune, uuid, Status.PROPOSED)

    def c_stop(self, uuid: str, _n: int) -> None:
        models.change_status(self.commune, uuid, Status.STOPPED, note="Không đủ kinh phí")

    def c_unattach(self, uuid: str, _n: int) -> None:
        held = evidence.list_evidence(self.commune, uuid)
        if held:
            evidence.remove_evidence(self.commune, held[0].uuid)

    def c_export(self, _uuid: str, _n: int) -> None:
        folder = self.ex.root / f"up-{self.counter}"
        folder.mkdir()
        self.up.append(
            exchange.export_package(
                self.commune, folder, passphrase=COMMUNE_PASS, encrypt=False
            ).path
        )

    def c_import(self, _uuid: str, n: int) -> None:
        if self.down:
            exchange.import_package(self.commune, self.down[n % len(self.down)])

    def u_import(self, _uuid: str, n: int) -> None:
        if self.up:
            exchange.import_package(self.upper, self.up[n % len(self.up)])

    def u_return(self, uuid: str, _n: int) -> None:
        models.change_status(self.upper, uuid, Status.IMPLEMENTING, note="Bổ sung minh chứng")

    def u_accept(self, uuid: str, _n: int) -> None:
        review.set_review(self.upper, uuid, ReviewState.ACCEPTED, actor="Nguyễn Văn Bình")

    def u_decide(self, uuid: str, _n: int) -> None:
        record_decision(
            self.upper,
            DecisionInput(
                DecisionKind.RECOGNITION, f"{self.counter}/QĐ-BTGDVTU", DAY,
                "Ban Tuyên giáo và Dân vận Thành ủy", [uuid],
            ),
            today=DAY,
        )  # fmt: skip
        self.decided.add(uuid)
        self.dossiers.setdefault(uuid, _evidence(self.upper)[uuid])

    def u_export(self, _uuid: str, _n: int) -> None:
        folder = self.ex.root / f"down-{self.counter}"
        folder.mkdir()
        package = exchange.export_package(
            self.upper, folder, passphrase=UPPER_PASS, kind="decisions", recipient_code=COMMUNE,
            encrypt=False,
        )  # fmt: skip
        self.down.append(package.path)

    def settle(self) -> None:
        """The final round: each side sends what it has and takes in the other's newest."""
        for action in ("c_export", "u_import", "u_export", "c_import", "c_export", "u_import"):
            self.counter += 1
            newest = {"u_import": len(self.up) - 1, "c_import": len(self.down) - 1}
            getattr(self, action)("", newest.get(action, 0))


def _models(handle: WorkspaceHandle) -> dict[str, tuple[str, str]]:
    with handle.readers() as session:
        return {
            m.uuid: (m.status, m.goals)
            for m in session.scalars(select(DvkModel).where(DvkModel.source_unit_code == COMMUNE))
        }


def _evidence(handle: WorkspaceHandle) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with handle.readers() as session:
        for uuid, sha, removed in session.execute(
            select(DvkModel.uuid, Evidence.sha256, Evidence.removed_at).outerjoin(
                Evidence, Evidence.model_id == DvkModel.id
            )
        ):
            out.setdefault(uuid, set())
            if sha is not None and removed is None:
                out[uuid].add(sha)
    return out


def _requested_goals(handle: WorkspaceHandle) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with handle.readers() as session:
        for cr, uuid in session.execute(
            select(ChangeRequest, DvkModel.uuid).join(
                DvkModel, ChangeRequest.model_id == DvkModel.id
            )
        ):
            goals: Any = json.loads(cr.proposed_json).get("goals")
            out.setdefault(uuid, set()).add(str(goals))
    return out


@settings(
    max_examples=int(os.environ.get("DVK_INTERLEAVINGS", "3")),
    deadline=None,
    derandomize="DVK_INTERLEAVINGS" not in os.environ,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@example(steps=[("c_unattach", 0)])  # a proposed dossier silently thinned at the commune
@example(  # the commune stops a model the upper level is recognising at the same time
    steps=[("u_accept", 0), ("u_decide", 0), ("c_stop", 0), ("c_export", 0), ("u_import", 0),
           ("u_export", 0), ("c_import", 0), ("c_edit", 3)]
)  # fmt: skip
@given(steps=st.lists(st.tuples(st.sampled_from(ACTIONS), st.integers(0, 5)), max_size=7))
def test_no_interleaving_loses_a_commune_change_or_a_decision(
    template: Exchange, steps: list[tuple[str, int]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        run = Run(copy_exchange(template, Path(tmp) / "ex"))
        for action, n in steps:
            run.step(action, n)
        try:
            run.settle()
            below, above = _models(run.commune), _models(run.upper)
            held_below, held_above = _evidence(run.commune), _evidence(run.upper)
            requested = _requested_goals(run.upper)
        finally:
            run.commune.close()
            run.upper.close()
    for uuid in run.decided:  # an upper-level decision is never undone by a package
        assert below[uuid][0] == above[uuid][0] == Status.RECOGNISED.value, steps
    for uuid, dossier in run.dossiers.items():  # nor is the dossier it decided on emptied
        assert dossier <= held_above[uuid], steps
    for uuid, goals in run.edits.items():  # a commune edit reached the upper level
        assert above[uuid][1] == goals or goals in requested.get(uuid, set()), steps
    for uuid in run.uuids:  # and both levels agree on status and registration
        assert below[uuid][0] == above[uuid][0], (uuid, steps)
        pending = requested.get(uuid, set())
        assert below[uuid][1] == above[uuid][1] or below[uuid][1] in pending, (uuid, steps)
        if uuid not in run.dossiers:
            assert held_below[uuid] == held_above[uuid], (uuid, steps)


def test_evidence_removed_from_a_returned_model_is_removed_above_too(template: Exchange) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        run = Run(copy_exchange(template, Path(tmp) / "ex"))
        try:
            for action in ("u_return", "u_export", "c_import", "c_unattach"):
                run.step(action, 0)
            assert run.done[-1] == "c_unattach"
            run.settle()
            below, above = _evidence(run.commune), _evidence(run.upper)
        finally:
            run.commune.close()
            run.upper.close()
    uuid = run.uuids[0]
    assert below[uuid] == set() and above[uuid] == set()
