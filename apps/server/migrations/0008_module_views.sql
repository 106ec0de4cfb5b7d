-- Cross-module reads go through these views (DESIGN.md §5.4): each exposes only what a label needs.
create view agency_label as
  select id, province_id, unit_id, name, name_sort from agency;
--> statement-breakpoint
create view unit_label as
  select id, name, type from admin_unit;
--> statement-breakpoint
create view agency_group_label as
  select id, name from agency_group;
--> statement-breakpoint
create view agency_group_membership as
  select group_id, agency_id from agency_group_member;
--> statement-breakpoint
create view user_label as
  select id, full_name from app_user;
--> statement-breakpoint
create view plan_label as
  select id, title from plan;
--> statement-breakpoint
create view report_period_span as
  select id, unit_id, cutoff_to, due_date from report_period;
--> statement-breakpoint
-- The portal's whole read of org: public office data of agencies with a phone, valid today.
create view portal_agency_contact as
  select a.id, a.name, u.name as unit_name, u.type as unit_type, a.phone, a.email, a.address
    from agency a join admin_unit u on u.id = a.unit_id
   where a.phone is not null
     and a.valid_from <= current_date and (a.valid_to is null or a.valid_to >= current_date);
