-- The portal's directory names each office with the unit in force today: an agency still valid but
-- attached to a unit that has since been succeeded (TTYT quân - dân y Lý Sơn on the former district,
-- dissolved 1/7/2025) is shown under its successor (Đặc khu Lý Sơn). Same columns as before.
create or replace view portal_agency_contact as
  with recursive chain(agency_id, unit_id, depth) as (
    select a.id, a.unit_id, 0 from agency a
     where a.phone is not null
       and a.valid_from <= current_date and (a.valid_to is null or a.valid_to >= current_date)
    union all
    select c.agency_id, s.to_unit_id, c.depth + 1
      from chain c join unit_succession s on s.from_unit_id = c.unit_id
     where s.effective_date <= current_date and c.depth < 10),
  today as (
    select distinct on (c.agency_id) c.agency_id, c.unit_id
      from chain c join admin_unit u on u.id = c.unit_id
     order by c.agency_id,
              (u.valid_from <= current_date and (u.valid_to is null or u.valid_to >= current_date)) desc,
              c.depth desc)
  select a.id, a.name, u.name as unit_name, u.type as unit_type, a.phone, a.email, a.address
    from today t join agency a on a.id = t.agency_id join admin_unit u on u.id = t.unit_id;
