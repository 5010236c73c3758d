"""evaluations: evaluations of the agreement (art. 4) and their judged aspects

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-30 10:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0002'
branch_labels = None
depends_on = None

PERIOD_CONDITION = "supersedes_id IS NULL AND kind <> 'extra'"


def upgrade() -> None:
    op.create_table('evaluations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('supersedes_id', sa.Integer(), nullable=True),
    sa.Column('supersede_reason', sa.Text(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('finalised_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finalised_by', sa.String(length=200), nullable=True),
    sa.CheckConstraint("kind IN ('regular', 'closing', 'extra')", name='ck_evaluation_kind'),
    sa.CheckConstraint("status IN ('draft', 'final')", name='ck_evaluation_status'),
    sa.ForeignKeyConstraint(['supersedes_id'], ['evaluations.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('supersedes_id')
    )
    op.create_index('uq_evaluation_period', 'evaluations', ['kind', 'year'], unique=True,
                    sqlite_where=sa.text(PERIOD_CONDITION), postgresql_where=sa.text(PERIOD_CONDITION))
    op.create_table('evaluation_aspects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('evaluation_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('verdict', sa.String(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('proposed', sa.String(length=20), nullable=True),
    sa.CheckConstraint("verdict IS NULL OR verdict IN ('positive', 'neutral', 'negative')",
                       name='ck_aspect_verdict'),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('evaluation_id', 'position', name='uq_evaluation_aspect_position')
    )
    op.create_index(op.f('ix_evaluation_aspects_evaluation_id'), 'evaluation_aspects', ['evaluation_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_evaluation_aspects_evaluation_id'), table_name='evaluation_aspects')
    op.drop_table('evaluation_aspects')
    op.drop_index('uq_evaluation_period', table_name='evaluations')
    op.drop_table('evaluations')
