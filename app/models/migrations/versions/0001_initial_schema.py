"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-21 20:01:03.008147
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_journal',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('partition', sa.String(length=24), nullable=False),
    sa.Column('op', sa.String(length=6), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_journal'))
    )
    with op.batch_alter_table('change_journal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_journal_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_journal_partition'), ['partition'], unique=False)
        batch_op.create_index('ix_change_journal_row_hlc', ['row_id', 'hlc'], unique=False)

    op.create_table('device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('province_code', sa.String(length=2), nullable=False),
    sa.Column('communes_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('clock_wall_ms', sa.Integer(), nullable=False),
    sa.Column('clock_counter', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device'))
    )
    op.create_table('equipment_category',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('is_computer', sa.Boolean(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_equipment_category'))
    )
    op.create_table('ethnic_group',
    sa.Column('code', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('variants', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_ethnic_group'))
    )
    op.create_table('it_certificate_kind',
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('standard', sa.String(length=10), nullable=True),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_it_certificate_kind'))
    )
    op.create_table('province',
    sa.Column('code', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('division_type', sa.String(length=40), nullable=False),
    sa.Column('code_system', sa.String(length=8), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_province'))
    )
    op.create_table('qualification_level',
    sa.Column('scale', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('scale', 'code', name=op.f('pk_qualification_level'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('commune',
    sa.Column('code', sa.String(length=5), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('division_type', sa.String(length=40), nullable=False),
    sa.Column('province_code', sa.String(length=2), nullable=False),
    sa.Column('code_system', sa.String(length=8), nullable=False),
    sa.Column('search_key', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['province_code'], ['province.code'], name=op.f('fk_commune_province_code_province')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_commune'))
    )
    with op.batch_alter_table('commune', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commune_province_code'), ['province_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_commune_search_key'), ['search_key'], unique=False)

    op.create_table('commune_lineage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commune_code', sa.String(length=5), nullable=False),
    sa.Column('old_code', sa.String(length=5), nullable=False),
    sa.Column('old_code_system', sa.String(length=8), nullable=False),
    sa.Column('old_name', sa.String(length=120), nullable=False),
    sa.Column('old_district_code', sa.String(length=3), nullable=True),
    sa.Column('old_district_name', sa.String(length=120), nullable=True),
    sa.ForeignKeyConstraint(['commune_code'], ['commune.code'], name=op.f('fk_commune_lineage_commune_code_commune')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commune_lineage'))
    )
    with op.batch_alter_table('commune_lineage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commune_lineage_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_commune_lineage_old_code'), ['old_code'], unique=False)

    op.create_table('course',
    sa.Column('commune_code', sa.String(length=5), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('title_key', sa.String(length=200), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=True),
    sa.Column('organiser', sa.String(length=200), nullable=True),
    sa.Column('trainer', sa.String(length=120), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('hours', sa.Float(), nullable=True),
    sa.Column('funding', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partition', sa.String(length=24), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['commune_code'], ['commune.code'], name=op.f('fk_course_commune_code_commune')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course'))
    )
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_partition'), ['partition'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_title_key'), ['title_key'], unique=False)

    op.create_table('staff',
    sa.Column('commune_code', sa.String(length=5), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('name_key', sa.String(length=120), nullable=False),
    sa.Column('gender', sa.String(length=6), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('ethnicity_code', sa.String(length=2), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=True),
    sa.Column('position', sa.String(length=120), nullable=True),
    sa.Column('legacy_title', sa.String(length=20), nullable=True),
    sa.Column('general_education', sa.String(length=10), nullable=True),
    sa.Column('professional_level', sa.String(length=12), nullable=False),
    sa.Column('professional_field', sa.String(length=120), nullable=True),
    sa.Column('political_theory_level', sa.String(length=12), nullable=True),
    sa.Column('state_management_level', sa.String(length=12), nullable=True),
    sa.Column('it_certificate', sa.String(length=10), nullable=False),
    sa.Column('it_certificate_date', sa.Date(), nullable=True),
    sa.Column('it_certificate_issuer', sa.String(length=160), nullable=True),
    sa.Column('minority_languages', sa.String(length=160), nullable=True),
    sa.Column('uses_official_email', sa.Boolean(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('service_start', sa.Date(), nullable=True),
    sa.Column('service_end', sa.Date(), nullable=True),
    sa.Column('former_district', sa.String(length=120), nullable=True),
    sa.Column('former_commune', sa.String(length=120), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partition', sa.String(length=24), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['commune_code'], ['commune.code'], name=op.f('fk_staff_commune_code_commune')),
    sa.ForeignKeyConstraint(['ethnicity_code'], ['ethnic_group.code'], name=op.f('fk_staff_ethnicity_code_ethnic_group')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff'))
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_partition'), ['partition'], unique=False)

    op.create_table('course_session',
    sa.Column('course_id', sa.String(length=36), nullable=False),
    sa.Column('session_date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=True),
    sa.Column('topic', sa.String(length=200), nullable=True),
    sa.Column('hours', sa.Float(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partition', sa.String(length=24), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_course_session_course_id_course')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course_session'))
    )
    with op.batch_alter_table('course_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_session_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_session_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_session_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_session_partition'), ['partition'], unique=False)

    op.create_table('enrollment',
    sa.Column('course_id', sa.String(length=36), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=True),
    sa.Column('participant_name', sa.String(length=120), nullable=True),
    sa.Column('participant_unit', sa.String(length=160), nullable=True),
    sa.Column('result', sa.String(length=10), nullable=True),
    sa.Column('certificate_no', sa.String(length=40), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partition', sa.String(length=24), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_enrollment_course_id_course')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_enrollment_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrollment'))
    )
    with op.batch_alter_table('enrollment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrollment_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrollment_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrollment_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrollment_partition'), ['partition'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrollment_staff_id'), ['staff_id'], unique=False)

    op.create_table('equipment',
    sa.Column('commune_code', sa.String(length=5), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('brand', sa.String(length=80), nullable=True),
    sa.Column('model', sa.String(length=120), nullable=True),
    sa.Column('serial', sa.String(length=80), nullable=True),
    sa.Column('asset_tag', sa.String(length=40), nullable=True),
    sa.Column('acquired_date', sa.Date(), nullable=True),
    sa.Column('funding_source', sa.String(length=160), nullable=True),
    sa.Column('value_vnd', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.String(length=14), nullable=False),
    sa.Column('holder_id', sa.String(length=36), nullable=True),
    sa.Column('location', sa.String(length=120), nullable=True),
    sa.Column('lan', sa.Boolean(), nullable=False),
    sa.Column('internet', sa.Boolean(), nullable=False),
    sa.Column('warranty_end', sa.Date(), nullable=True),
    sa.Column('last_inventory_check', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partition', sa.String(length=24), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['category'], ['equipment_category.code'], name=op.f('fk_equipment_category_equipment_category')),
    sa.ForeignKeyConstraint(['commune_code'], ['commune.code'], name=op.f('fk_equipment_commune_code_commune')),
    sa.ForeignKeyConstraint(['holder_id'], ['staff.id'], name=op.f('fk_equipment_holder_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment'))
    )
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_holder_id'), ['holder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_partition'), ['partition'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_status'), ['status'], unique=False)

    op.create_table('attendance',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('enrollment_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partition', sa.String(length=24), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['enrollment_id'], ['enrollment.id'], name=op.f('fk_attendance_enrollment_id_enrollment')),
    sa.ForeignKeyConstraint(['session_id'], ['course_session.id'], name=op.f('fk_attendance_session_id_course_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('session_id', 'enrollment_id', name=op.f('uq_attendance_session_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_enrollment_id'), ['enrollment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_partition'), ['partition'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_session_id'), ['session_id'], unique=False)

    op.create_table('equipment_status_event',
    sa.Column('equipment_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=14), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=240), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partition', sa.String(length=24), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_equipment_status_event_equipment_id_equipment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_status_event'))
    )
    with op.batch_alter_table('equipment_status_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_status_event_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_status_event_equipment_id'), ['equipment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_status_event_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_status_event_partition'), ['partition'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('equipment_status_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_status_event_partition'))
        batch_op.drop_index(batch_op.f('ix_equipment_status_event_hlc'))
        batch_op.drop_index(batch_op.f('ix_equipment_status_event_equipment_id'))
        batch_op.drop_index(batch_op.f('ix_equipment_status_event_deleted'))

    op.drop_table('equipment_status_event')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_session_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_partition'))
        batch_op.drop_index(batch_op.f('ix_attendance_hlc'))
        batch_op.drop_index(batch_op.f('ix_attendance_enrollment_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_deleted'))

    op.drop_table('attendance')
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_status'))
        batch_op.drop_index(batch_op.f('ix_equipment_partition'))
        batch_op.drop_index(batch_op.f('ix_equipment_holder_id'))
        batch_op.drop_index(batch_op.f('ix_equipment_hlc'))
        batch_op.drop_index(batch_op.f('ix_equipment_deleted'))
        batch_op.drop_index(batch_op.f('ix_equipment_commune_code'))
        batch_op.drop_index(batch_op.f('ix_equipment_category'))

    op.drop_table('equipment')
    with op.batch_alter_table('enrollment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrollment_staff_id'))
        batch_op.drop_index(batch_op.f('ix_enrollment_partition'))
        batch_op.drop_index(batch_op.f('ix_enrollment_hlc'))
        batch_op.drop_index(batch_op.f('ix_enrollment_deleted'))
        batch_op.drop_index(batch_op.f('ix_enrollment_course_id'))

    op.drop_table('enrollment')
    with op.batch_alter_table('course_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_session_partition'))
        batch_op.drop_index(batch_op.f('ix_course_session_hlc'))
        batch_op.drop_index(batch_op.f('ix_course_session_deleted'))
        batch_op.drop_index(batch_op.f('ix_course_session_course_id'))

    op.drop_table('course_session')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_partition'))
        batch_op.drop_index(batch_op.f('ix_staff_name_key'))
        batch_op.drop_index(batch_op.f('ix_staff_hlc'))
        batch_op.drop_index(batch_op.f('ix_staff_deleted'))
        batch_op.drop_index(batch_op.f('ix_staff_commune_code'))

    op.drop_table('staff')
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_title_key'))
        batch_op.drop_index(batch_op.f('ix_course_start_date'))
        batch_op.drop_index(batch_op.f('ix_course_partition'))
        batch_op.drop_index(batch_op.f('ix_course_hlc'))
        batch_op.drop_index(batch_op.f('ix_course_deleted'))
        batch_op.drop_index(batch_op.f('ix_course_commune_code'))

    op.drop_table('course')
    with op.batch_alter_table('commune_lineage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commune_lineage_old_code'))
        batch_op.drop_index(batch_op.f('ix_commune_lineage_commune_code'))

    op.drop_table('commune_lineage')
    with op.batch_alter_table('commune', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commune_search_key'))
        batch_op.drop_index(batch_op.f('ix_commune_province_code'))

    op.drop_table('commune')
    op.drop_table('setting')
    op.drop_table('qualification_level')
    op.drop_table('province')
    op.drop_table('it_certificate_kind')
    op.drop_table('ethnic_group')
    op.drop_table('equipment_category')
    op.drop_table('device')
    with op.batch_alter_table('change_journal', schema=None) as batch_op:
        batch_op.drop_index('ix_change_journal_row_hlc')
        batch_op.drop_index(batch_op.f('ix_change_journal_partition'))
        batch_op.drop_index(batch_op.f('ix_change_journal_hlc'))

    op.drop_table('change_journal')
