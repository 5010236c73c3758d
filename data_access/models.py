"""SQLAlchemy 2 declarative models: the database schema of the monitor."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Partner(Base):
    """A municipality or a housing corporation that signed the agreement."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # "municipality" | "corporation"


class ParameterSet(Base):
    """A version of the agreement parameters, in force from `valid_from`."""

    __tablename__ = "parameter_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date)
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))


class Submission(Base):
    """One uploaded quarterly report: the original file and its version for that quarter."""

    __tablename__ = "submissions"
    __table_args__ = (
        UniqueConstraint("corporation_id", "year", "quarter", "version", name="uq_submission_version"),
        # At most one active version per corporation × quarter, enforced by the database itself.
        Index(
            "uq_submission_active",
            "corporation_id",
            "year",
            "quarter",
            unique=True,
            sqlite_where=text("is_active"),
            postgresql_where=text("is_active"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    corporation_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    is_active: Mapped[bool] = mapped_column(Boolean)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    file_name: Mapped[str] = mapped_column(String(255))
    file_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    uploaded_by: Mapped[str] = mapped_column(String(200))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    warnings: Mapped[list] = mapped_column(JSON, default=list)

    corporation: Mapped[Partner] = relationship()


class ActivityRow(Base):
    """A report's figures for one municipality in one quarter."""

    __tablename__ = "activity_rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    households_contacted: Mapped[int | None] = mapped_column(Integer)
    conversations: Mapped[int] = mapped_column(Integer)
    moves: Mapped[int] = mapped_column(Integer)
    priority_moves: Mapped[int] = mapped_column(Integer)
    freed_family_homes: Mapped[int | None] = mapped_column(Integer)
    senior_homes: Mapped[int] = mapped_column(Integer)
    senior_homes_labelled: Mapped[int] = mapped_column(Integer)


class MonthlyHours(Base):
    """Coach hours worked in one month of the report's quarter."""

    __tablename__ = "monthly_hours"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    month: Mapped[int] = mapped_column(Integer)
    hours: Mapped[float] = mapped_column(Float)


class MoveRecord(Base):
    """One anonymous move (optional sheet `Verhuizingen`)."""

    __tablename__ = "move_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    move_date: Mapped[date | None] = mapped_column(Date)
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))
    from_type: Mapped[str | None] = mapped_column(String(40))
    from_bedrooms: Mapped[int | None] = mapped_column(Integer)
    to_type: Mapped[str | None] = mapped_column(String(40))
    to_bedrooms: Mapped[int | None] = mapped_column(Integer)
    age_band: Mapped[str | None] = mapped_column(String(10))
    priority: Mapped[bool | None] = mapped_column(Boolean)
    freed_home_to: Mapped[str | None] = mapped_column(String(40))


class BarrierCount(Base):
    """How many people did not move for a reason (optional sheet `Belemmeringen`)."""

    __tablename__ = "barrier_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(80))
    count: Mapped[int] = mapped_column(Integer)


class AuditEntry(Base):
    """Who changed what, when: every write goes through here."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class Setting(Base):
    """Small named facts about this installation (for example when demo data was loaded)."""

    __tablename__ = "settings"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Scenario(Base):
    """A named what-if scenario: parameter overrides on top of the agreement (domain.whatif)."""

    __tablename__ = "scenarios"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EvaluationRow(Base):
    """An evaluation of the agreement (art. 4; domain.evaluation): a draft is edited in place, a final
    one is never changed again, only superseded by a new evaluation that names it."""

    __tablename__ = "evaluations"
    __table_args__ = (
        # One regular evaluation per year and one closing evaluation; a superseding one names the
        # evaluation it replaces instead, and each evaluation is replaced at most once.
        Index(
            "uq_evaluation_period",
            "kind",
            "year",
            unique=True,
            sqlite_where=text("supersedes_id IS NULL AND kind <> 'extra'"),
            postgresql_where=text("supersedes_id IS NULL AND kind <> 'extra'"),
        ),
        CheckConstraint("kind IN ('regular', 'closing', 'extra')", name="ck_evaluation_kind"),
        CheckConstraint("status IN ('draft', 'final')", name="ck_evaluation_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("evaluations.id"), unique=True)
    supersede_reason: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(200))
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finalised_by: Mapped[str | None] = mapped_column(String(200))

    aspects: Mapped[list[EvaluationAspectRow]] = relationship(
        order_by="EvaluationAspectRow.position", cascade="all, delete-orphan"
    )


class EvaluationAspectRow(Base):
    """One judged aspect of an evaluation: art. 4c's four by key, or one a user added (with a title)."""

    __tablename__ = "evaluation_aspects"
    __table_args__ = (
        UniqueConstraint("evaluation_id", "position", name="uq_evaluation_aspect_position"),
        CheckConstraint(
            "verdict IS NULL OR verdict IN ('positive', 'neutral', 'negative')", name="ck_aspect_verdict"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(100), default="")
    verdict: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    proposed: Mapped[str | None] = mapped_column(String(20))
