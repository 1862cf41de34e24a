-- A growth area's name is unique within its programme (#4): two "Ruoka" sections on the
-- portfolio page, in the timeline and in the dashboard's charts could not be told apart. Case
-- and surrounding spaces do not make a new name. A unique index (an expression cannot be a table
-- constraint); a duplicate is refused with SQLSTATE 23505 naming growth_areas_programme_name_key,
-- which the growth area forms show beside the name field.

create unique index growth_areas_programme_name_key
  on public.growth_areas (programme_id, lower(btrim(name)));
comment on index public.growth_areas_programme_name_key is
  'Growth area names are unique within a programme, ignoring case and surrounding spaces.';
