-- Salkku demo portfolio.
--
-- Sources (verbatim in /shared/seeds, public material of the City of Helsinki):
--   * the page of "Uudenmaan kiertotalouslaakso -esiselvityshanke" — reproduced exactly below;
--   * the slides on the circular-economy cluster programme turning into the construction
--     circular-economy growth area of Elinvoimaohjelma 2025–2029 — programme, growth areas,
--     leads (NULL where the slides say NN), and that growth area's three projects.
-- Everything marked DEMO CONTENT is invented so the timeline and dashboards show something
-- real: plausible projects, tasks (done, overdue, in progress and upcoming relative to
-- 2026-11-22), fictional people with .example e-mail addresses, and the sign-in accounts.
--
-- Runs as postgres with no JWT (auth.uid() is NULL): the bookkeeping trigger then keeps the
-- created_at / updated_at / updated_by values given here and starts every version at 1.
-- Fixed UUIDs so tests can refer to rows:
--   users        a0000000-0000-4000-8000-0000000000NN
--   programmes   10000000-0000-4000-8000-0000000000NN
--   growth areas 20000000-0000-4000-8000-0000000000NN
--   projects     30000000-0000-4000-8000-0000000000NN
--   tasks        40000000-0000-4000-8000-000000000PNN (P = project number)
--   people       50000000-0000-4000-8000-0000000000NN
--   organisations 60000000-0000-4000-8000-0000000000NN
--   funding      70000000-0000-4000-8000-0000000000NN
--   follow-ups   80000000-0000-4000-8000-0000000000NN
--   indicators   b1000000-0000-4000-8000-0000000000NN

-- Sign-in accounts (DEMO CONTENT, local only). Password for all: salkku-demo -----------------

insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
  confirmation_token, recovery_token, email_change_token_new, email_change
)
select
  '00000000-0000-0000-0000-000000000000', u.id, 'authenticated', 'authenticated', u.email,
  extensions.crypt('salkku-demo', extensions.gen_salt('bf', 10)), '2025-01-02 09:00+02',
  '{"provider": "email", "providers": ["email"]}'::jsonb,
  jsonb_build_object('full_name', u.full_name), '2025-01-02 09:00+02', '2025-01-02 09:00+02',
  '', '', '', ''
from (values
  ('a0000000-0000-4000-8000-000000000001'::uuid, 'admin@salkku.test', 'Demo Ylläpitäjä'),
  ('a0000000-0000-4000-8000-000000000002'::uuid, 'director@salkku.test', 'Demo Ohjelmajohtaja'),
  ('a0000000-0000-4000-8000-000000000003'::uuid, 'lead@salkku.test', 'Ronny Rantamäki'),
  ('a0000000-0000-4000-8000-000000000004'::uuid, 'viewer@salkku.test', 'Demo Katselija'),
  ('a0000000-0000-4000-8000-000000000005'::uuid, 'lead2@salkku.test', 'Mikko Lehtinen'),
  ('a0000000-0000-4000-8000-000000000006'::uuid, 'staff@salkku.test', 'Demo Kaupunkilainen')
) as u (id, email, full_name);

insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select u.id::text, u.id,
  jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true, 'phone_verified', false),
  'email', null, u.created_at, u.created_at
from auth.users u
where u.email like '%@salkku.test';

insert into public.user_roles (user_id, role) values
  ('a0000000-0000-4000-8000-000000000001', 'admin'),
  ('a0000000-0000-4000-8000-000000000002', 'director'),
  ('a0000000-0000-4000-8000-000000000004', 'viewer');
-- lead@ and lead2@ have no organisation-wide role: their rights come from project_members.
-- staff@ is signed in with no role and no project: it sees what the public sees (+ e-mail).

-- Programmes ----------------------------------------------------------------------------------

insert into public.programmes (id, slug, name, description, starts_on, ends_on, published, sort_order, created_at, updated_at) values
  ('10000000-0000-4000-8000-000000000001', 'elinvoimaohjelma-2025-2029', 'Elinvoimaohjelma 2025–2029',
   'Kaupunkistrategian mukaisesti valtuustokauden ajaksi valmisteltava elinvoimaohjelma, jossa on viisi '
   'kasvualuetta. Kasvualueet muodostavat jatkossa Helsingin elinvoiman kehittämisen ja elinkeinopolitiikan ytimen.',
   '2025-01-01', '2029-12-31', true, 1, '2024-12-01 09:00+02', '2025-01-02 09:00+02'),
  ('10000000-0000-4000-8000-000000000002', 'kiertotalouden-klusteriohjelma', 'Kiertotalouden klusteriohjelma',
   'Toimikausi määriteltiin alkuperäisessä päätöksessä 2021–2024; vuosi 2025 on ollut jatkoaikaa '
   'valtuustokauden vaihtuessa. Jatkuu Elinvoimaohjelman Rakentamisen kiertotalous -kasvualueena.',
   '2021-01-01', '2025-12-31', true, 2, '2021-01-01 09:00+02', '2025-01-02 09:00+02'),
  -- DEMO CONTENT: the sources name this programme but not its dates.
  ('10000000-0000-4000-8000-000000000003', 'kestavan-kaupunkielaman-ohjelma', 'Kestävän kaupunkielämän ohjelma',
   null, '2021-01-01', '2025-12-31', true, 3, '2021-01-01 09:00+02', '2021-01-01 09:00+02');

-- People ---------------------------------------------------------------------------------------
-- Names and roles from the sources; e-mail addresses are DEMO CONTENT (reserved .example domain).

insert into public.people (id, full_name, title, organisation, email, user_id) values
  ('50000000-0000-4000-8000-000000000001', 'Jani Jalonen', 'Projektijohtaja', 'Helsingin kaupunki',
   'jani.jalonen@hel.example', null),
  ('50000000-0000-4000-8000-000000000002', 'Lari Sirén', 'Projektijohtaja', 'Helsingin kaupunki',
   'lari.siren@hel.example', null),
  ('50000000-0000-4000-8000-000000000003', 'Noora Haavisto', 'Erityissuunnittelija', 'Helsingin kaupunki',
   'noora.haavisto@hel.example', null),
  ('50000000-0000-4000-8000-000000000004', 'Ronny Rantamäki', 'Projektipäällikkö', 'Helsingin kaupunki',
   'ronny.rantamaki@hel.example', 'a0000000-0000-4000-8000-000000000003'),
  ('50000000-0000-4000-8000-000000000005', 'Laura Majoinen', 'Projektipäällikkö', 'Helsingin kaupunki',
   'laura.majoinen@hel.example', null),
  ('50000000-0000-4000-8000-000000000006', 'Elise Sorvari', 'Projektiasiantuntija', 'Helsingin kaupunki',
   'elise.sorvari@hel.example', null),
  ('50000000-0000-4000-8000-000000000007', 'Nea Metsänranta', 'Projektipäällikkö',
   'HSY Helsingin seudun ympäristöpalvelut -kuntayhtymä', 'nea.metsanranta@hsy.example', null),
  -- DEMO CONTENT: fictional people.
  ('50000000-0000-4000-8000-000000000008', 'Mikko Lehtinen', 'Projektipäällikkö', 'Helsingin kaupunki',
   'mikko.lehtinen@hel.example', 'a0000000-0000-4000-8000-000000000005'),
  ('50000000-0000-4000-8000-000000000009', 'Sanna Korhonen', 'Erityisasiantuntija', 'Helsingin kaupunki',
   'sanna.korhonen@hel.example', null),
  ('50000000-0000-4000-8000-000000000010', 'Pekka Nieminen', 'Projektipäällikkö', 'Helsingin Satama Oy',
   'pekka.nieminen@satama.example', null),
  ('50000000-0000-4000-8000-000000000011', 'Aino Laine', 'Projektikoordinaattori', 'Helsingin kaupunki',
   'aino.laine@hel.example', null),
  ('50000000-0000-4000-8000-000000000012', 'Tuomas Virtanen', 'Kehittämispäällikkö', 'Helsingin kaupunki',
   'tuomas.virtanen@hel.example', null);

-- Growth areas of Elinvoimaohjelma, in the slides' order -----------------------------------

insert into public.growth_areas (id, programme_id, slug, name, description, color, sort_order, lead_person_id, created_at, updated_at) values
  ('20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'terveys-ja-hyvinvointi',
   'Terveys & hyvinvointi', null, '#0072c6', 1, null, '2025-01-02 09:00+02', '2025-01-02 09:00+02'),
  ('20000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', 'luovat-alat',
   'Luovat alat', null, '#bd2719', 2, '50000000-0000-4000-8000-000000000001', '2025-01-02 09:00+02', '2025-01-02 09:00+02'),
  ('20000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', 'rakentamisen-kiertotalous',
   'Rakentamisen kiertotalous',
   'Kattaa Kiertotalouden klusteriohjelman työkentän; klusteri säilyy nimenä käytössä. Kasvualue on '
   '"sateenvarjo", jonka alle kootaan kaikki rakentamisen kiertotalouteen liittyvät hankkeet ja toimenpiteet.',
   '#008741', 3, '50000000-0000-4000-8000-000000000002', '2025-01-02 09:00+02', '2025-01-02 09:00+02'),
  ('20000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000001', 'meriklusteri',
   'Meriklusteri', null, '#1f3c88', 4, null, '2025-01-02 09:00+02', '2025-01-02 09:00+02'),
  ('20000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000001', 'ruoka',
   'Ruoka', null, '#b45d00', 5, null, '2025-01-02 09:00+02', '2025-01-02 09:00+02');

insert into public.growth_area_people (growth_area_id, person_id, role, sort_order) values
  ('20000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000003', 'Erityissuunnittelija', 1);

-- Partner organisations --------------------------------------------------------------------------

insert into public.organisations (id, name, short_name, website) values
  ('60000000-0000-4000-8000-000000000001', 'Green Net Finland', 'GNF', null),
  ('60000000-0000-4000-8000-000000000002', 'HSY Helsingin seudun ympäristöpalvelut -kuntayhtymä', 'HSY', null),
  ('60000000-0000-4000-8000-000000000003', 'Teknologian tutkimuskeskus VTT', 'VTT', null),
  ('60000000-0000-4000-8000-000000000004', 'Clic Innovation', 'Clic Innovation', null),
  -- DEMO CONTENT
  ('60000000-0000-4000-8000-000000000005', 'Forum Virium Helsinki', 'FVH', null),
  ('60000000-0000-4000-8000-000000000006', 'Helsingin Satama Oy', 'Satama', null);

-- Projects --------------------------------------------------------------------------------------

insert into public.projects (
  id, programme_id, growth_area_id, slug, name, summary, official_description, stage,
  schedule_status, schedule_note, starts_on, ends_on, published, created_at, updated_at, updated_by
) values
  -- The construction circular-economy projects from the slides (summaries are DEMO CONTENT).
  ('30000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000003',
   'kiertotalot', 'Kiertotalot',
   'Kiertotalot-hankkeessa edistetään rakennusosien uudelleenkäyttöä purku- ja korjauskohteissa.',
   null, 'implementation', null, null, '2025-01-01', '2029-12-31', true,
   '2025-01-02 09:00+02', '2026-11-16 10:12+02', 'a0000000-0000-4000-8000-000000000003'),
  ('30000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000003',
   'rakentamisen-kiertotalouden-kokeiluymparistot', 'Rakentamisen kiertotalouden kokeiluympäristöt',
   'Kokeiluympäristöissä yritykset testaavat rakentamisen kiertotalouden ratkaisuja todellisissa kohteissa.',
   null, 'planning', null, null, '2025-08-01', '2029-12-31', true,
   '2025-06-15 09:00+03', '2026-10-20 14:30+03', 'a0000000-0000-4000-8000-000000000003'),
  ('30000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000003',
   'arabian-kiertotaloushubi', 'Arabian kiertotaloushubi',
   'Arabianrantaan kehitetään rakentamisen kiertotalouden hubia yrityksille, oppilaitoksille ja asukkaille.',
   null, 'planning', null, null, '2026-01-01', '2029-12-31', true,
   '2025-11-01 09:00+02', '2026-09-16 11:00+03', 'a0000000-0000-4000-8000-000000000005'),
  -- Exactly as its public page shows it (stage Valmis: the page says the project has ended).
  ('30000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000002', null,
   'uudenmaan-kiertotalouslaakso-esiselvityshanke', 'Uudenmaan kiertotalouslaakso -esiselvityshanke',
   'Uudenmaan kiertotalouslaakso -esiselvityshanke (GNF, HSY, VTT, Clic Innovation) on päättynyt. Hankkeessa '
   'luotiin alustava konsepti Uudenmaan laajuisesta kiertotalousekosysteemistä sekä uusia hankeavauksia '
   'konseptin ja yhteistyön toimeenpanoon. Uudenmaan kiertotalouslaakso on eri alojen asiantuntijoiden, '
   'yritysten, kuntien ja organisaatioiden yhteisö. Käynnissä kaksi jatkohankehakemusta "Circular Valley" '
   '(Central Baltic) ja Kaikki muovi kiertää -jatkohanke (EAKR).',
   E'Tunnistetaan ja vahvistetaan kiertotalouden yritysekosysteemejä pääkaupunkiseudulla.\n\n'
   'Tunnistetaan olemassa olevat seudulliset mahdollisuudet erilaisille kiertotalouden ekosysteemeille '
   'yhdessä seudun eri toimijoiden ja yritysten kanssa. Tarjotaan yrityksille mahdollisuuksia keskinäiseen '
   'kiertotalousyhteistyöhön, jotta sivuvirrat löytävät sujuvasti käyttäjänsä. Toimenpide tukee myös '
   'kaupunkien tavoitteita luoda edellytyksiä teollisille ja urbaaneille symbiooseille, joissa toimijat '
   'tuottavat toisilleen lisäarvoa hyödyntämällä tehokkaasti toistensa sivuvirtoja, teknologiaa, palveluja '
   'ja energiaa. Tuetaan julkisilla hankinnoilla kierrätysmateriaalien ja -tuotteiden markkinoita. '
   'Jatketaan Ekomon toiminnan kehittämistä, ja mm. 6Aika Tulevaisuuden kiertotalouskeskukset -hankkeen '
   'kokemuksia ja tuloksia hyödynnetään myös muissa seudun kiertotalousekosysteemeissä. Ekomon toiminnan '
   'kehittämisessä mahdollistetaan entistä paremmin erilaisten kokeilujen ja pilottien toteuttaminen '
   'alueella. Piloteista tiedotetaan ja kerrotaan laajasti verkostoille, asiantuntijoille ja asukkaille.'
   || E'\n(Kestävän kaupunkielämän ohjelman mukaisesti)',
   'completed', 'on_schedule', 'Aikataulussa hankkeen sivun mukaan (tiedot päivitetty 11.08.2022).',
   '2021-04-01', '2023-12-31', true, '2021-04-01 09:00+03', '2022-08-11 12:00+03', null),
  -- DEMO CONTENT from here on.
  ('30000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001',
   'terveysteknologian-testiymparisto', 'Terveysteknologian testiympäristö',
   'Terveysteknologiayritykset pilotoivat ratkaisujaan kaupungin sosiaali- ja terveyspalveluissa.',
   null, 'implementation', null, null, '2025-03-01', '2026-06-30', true,
   '2025-02-01 09:00+02', '2026-04-10 13:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('30000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001',
   'hyvinvointidatan-yhteiskehittamo', 'Hyvinvointidatan yhteiskehittämö',
   'Luonnos: yritykset ja kaupunki kehittävät yhdessä hyvinvointidatan turvallista hyödyntämistä.',
   null, 'planning', null, null, '2026-09-01', '2028-12-31', false,
   '2026-08-20 09:00+03', '2026-11-05 15:00+02', 'a0000000-0000-4000-8000-000000000002'),
  ('30000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000002',
   'luovien-alojen-kasvupolku', 'Luovien alojen kasvupolku',
   'Sparrausohjelma luovien alojen yrityksille kasvuun ja kansainvälistymiseen.',
   null, 'implementation', null, null, '2025-04-01', '2028-12-31', true,
   '2025-03-01 09:00+02', '2026-11-12 09:30+02', 'a0000000-0000-4000-8000-000000000002'),
  ('30000000-0000-4000-8000-000000000008', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000002',
   'pelialan-kansainvalistyminen', 'Pelialan kansainvälistymisohjelma',
   'Helsinkiläisten pelistudioiden yhteiset messu- ja investorimatkat.',
   null, 'completed', null, null, '2025-01-15', '2026-06-30', true,
   '2025-01-10 09:00+02', '2026-06-22 10:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('30000000-0000-4000-8000-000000000009', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000004',
   'vahahiilinen-satamalogistiikka', 'Vähähiilinen satamalogistiikka',
   'Satamien työkoneiden ja raskaan liikenteen sähköistyksen pilotti.',
   null, 'implementation', 'late', 'EU-rahoituspäätös viivästyi; pilotin aloitus siirtyy kevääseen 2027.',
   '2025-09-01', '2028-08-31', true,
   '2025-08-15 09:00+03', '2026-10-02 16:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('30000000-0000-4000-8000-000000000010', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000004',
   'meriklusterin-tiekartta', 'Meriklusterin tiekartta',
   'Meriklusterin toimijoiden yhteinen tiekartta vuosille 2027–2029.',
   null, 'planning', null, null, '2026-01-01', '2026-12-31', true,
   '2025-12-01 09:00+02', '2026-11-18 08:45+02', 'a0000000-0000-4000-8000-000000000002'),
  ('30000000-0000-4000-8000-000000000011', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000005',
   'ruokahubi-teurastamo', 'Ruokahubin kehittäminen Teurastamolla',
   'Teurastamon alueesta kehitetään ruoka-alan yritysten kasvualusta.',
   null, 'not_started', null, null, '2027-01-01', '2029-06-30', true,
   '2026-06-01 09:00+03', '2026-06-01 09:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('30000000-0000-4000-8000-000000000012', '10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000005',
   'havikkiruoan-kiertoalusta', 'Hävikkiruoan kiertoalusta',
   'Digitaalinen alusta, jolla ravintoloiden ylijäämäruoka ohjataan kiertoon.',
   null, 'planning', 'not_pursued', 'Rahoitusta ei saatu; ei toteuteta tässä vaiheessa.',
   '2025-05-01', '2026-12-31', true,
   '2025-04-01 09:00+03', '2026-03-12 12:00+02', 'a0000000-0000-4000-8000-000000000002'),
  ('30000000-0000-4000-8000-000000000013', '10000000-0000-4000-8000-000000000001', null,
   'elinvoimaohjelman-seurantamalli', 'Elinvoimaohjelman seurantamalli',
   'Ohjelman mittaristo ja salkkutyökalu, joilla kasvualueiden eteneminen raportoidaan.',
   null, 'implementation', null, null, '2025-02-01', '2029-12-31', true,
   '2025-01-20 09:00+02', '2026-11-19 13:15+02', 'a0000000-0000-4000-8000-000000000002'),
  ('30000000-0000-4000-8000-000000000014', '10000000-0000-4000-8000-000000000001', null,
   'kansainvalisten-osaajien-palvelupolku', 'Kansainvälisten osaajien palvelupolku',
   'Luonnos: yhtenäinen palvelupolku Helsinkiin muuttaville osaajille ja heidän perheilleen.',
   null, 'not_started', null, null, '2027-01-01', '2028-12-31', false,
   '2026-11-10 09:00+02', '2026-11-10 09:00+02', 'a0000000-0000-4000-8000-000000000002');

-- Who leads what (DEMO CONTENT accounts) ----------------------------------------------------

insert into public.project_members (project_id, user_id, role) values
  ('30000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', 'lead'),
  ('30000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000003', 'lead'),
  ('30000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000005', 'lead');

-- Contacts ----------------------------------------------------------------------------------

insert into public.project_contacts (project_id, person_id, is_primary, role, sort_order) values
  ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000004', true, 'Projektipäällikkö', 1),
  ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000002', false, 'Kasvualueen vetäjä', 2),
  ('30000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000005', true, 'Projektipäällikkö', 1),
  ('30000000-0000-4000-8000-000000000002', '50000000-0000-4000-8000-000000000006', false, 'Projektiasiantuntija', 2),
  ('30000000-0000-4000-8000-000000000003', '50000000-0000-4000-8000-000000000008', true, 'Projektipäällikkö', 1),
  ('30000000-0000-4000-8000-000000000004', '50000000-0000-4000-8000-000000000007', true, null, 1),
  ('30000000-0000-4000-8000-000000000005', '50000000-0000-4000-8000-000000000009', true, 'Projektipäällikkö', 1),
  ('30000000-0000-4000-8000-000000000006', '50000000-0000-4000-8000-000000000009', true, 'Valmistelija', 1),
  ('30000000-0000-4000-8000-000000000007', '50000000-0000-4000-8000-000000000011', true, 'Projektikoordinaattori', 1),
  ('30000000-0000-4000-8000-000000000007', '50000000-0000-4000-8000-000000000001', false, 'Kasvualueen projektijohtaja', 2),
  ('30000000-0000-4000-8000-000000000008', '50000000-0000-4000-8000-000000000011', true, 'Projektikoordinaattori', 1),
  ('30000000-0000-4000-8000-000000000009', '50000000-0000-4000-8000-000000000010', true, 'Projektipäällikkö', 1),
  ('30000000-0000-4000-8000-000000000010', '50000000-0000-4000-8000-000000000010', true, 'Projektipäällikkö', 1),
  ('30000000-0000-4000-8000-000000000012', '50000000-0000-4000-8000-000000000012', true, 'Projektipäällikkö', 1),
  ('30000000-0000-4000-8000-000000000013', '50000000-0000-4000-8000-000000000012', true, 'Kehittämispäällikkö', 1);

-- Partners ----------------------------------------------------------------------------------

insert into public.project_partners (project_id, organisation_id, sort_order) values
  ('30000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000001', 1),
  ('30000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000002', 2),
  ('30000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000003', 3),
  ('30000000-0000-4000-8000-000000000004', '60000000-0000-4000-8000-000000000004', 4),
  -- DEMO CONTENT
  ('30000000-0000-4000-8000-000000000002', '60000000-0000-4000-8000-000000000003', 1),
  ('30000000-0000-4000-8000-000000000005', '60000000-0000-4000-8000-000000000005', 1),
  ('30000000-0000-4000-8000-000000000009', '60000000-0000-4000-8000-000000000006', 1),
  ('30000000-0000-4000-8000-000000000010', '60000000-0000-4000-8000-000000000006', 1);

-- Follow-up applications and funding -------------------------------------------------------

insert into public.project_follow_ups (id, project_id, follow_up_project_id, name, note, sort_order, created_at, updated_at) values
  ('80000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000004', null, 'Circular Valley',
   'Jatkohankehakemus (Central Baltic).', 1, '2022-08-11 12:00+03', '2022-08-11 12:00+03'),
  ('80000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000004', null, 'Kaikki muovi kiertää',
   'Jatkohankehakemus (EAKR).', 2, '2022-08-11 12:00+03', '2022-08-11 12:00+03'),
  -- DEMO CONTENT: a follow-up that is already a project of the new programme.
  ('80000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000002', null,
   'Seudullinen yhteistyö jatkuu rakentamisen kiertotalouden kokeiluympäristöissä.', 3,
   '2025-06-15 09:00+03', '2025-06-15 09:00+03');

insert into public.project_funding (id, project_id, follow_up_id, instrument, state, amount, applied_on, decided_on, note, created_at, updated_at) values
  ('70000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000004', '80000000-0000-4000-8000-000000000001',
   'Central Baltic', 'applied', null, null, null, 'Hanke on hakemusvaiheessa, ei päätöstä rahoituksesta.',
   '2022-08-11 12:00+03', '2022-08-11 12:00+03'),
  ('70000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000004', '80000000-0000-4000-8000-000000000002',
   'EAKR', 'applied', null, null, null, 'Hanke on hakemusvaiheessa, ei päätöstä rahoituksesta.',
   '2022-08-11 12:00+03', '2022-08-11 12:00+03'),
  -- DEMO CONTENT
  ('70000000-0000-4000-8000-000000000003', '30000000-0000-4000-8000-000000000005', null,
   'EAKR', 'granted', 480000, '2024-10-01', '2025-01-31', null, '2025-02-01 09:00+02', '2025-02-01 09:00+02'),
  ('70000000-0000-4000-8000-000000000004', '30000000-0000-4000-8000-000000000009', null,
   'CEF Transport', 'applied', 1200000, '2026-02-15', null, 'Päätöstä odotetaan keväällä 2027.',
   '2026-02-15 09:00+02', '2026-10-02 16:00+03'),
  ('70000000-0000-4000-8000-000000000005', '30000000-0000-4000-8000-000000000012', null,
   'Business Finland', 'rejected', 250000, '2025-06-01', '2025-11-20', null, '2025-06-01 09:00+03', '2025-11-20 09:00+02'),
  ('70000000-0000-4000-8000-000000000006', '30000000-0000-4000-8000-000000000003', null,
   'EAKR', 'applied', null, '2026-10-30', null, null, '2026-10-30 09:00+02', '2026-10-30 09:00+02');

-- Tasks -------------------------------------------------------------------------------------

insert into public.tasks (
  id, project_id, title, details, due_on, state, completed_on, is_milestone, assignee_person_id,
  sort_order, created_at, updated_at, updated_by
) values
  -- Uudenmaan kiertotalouslaakso -esiselvityshanke, exactly as its page shows them.
  ('40000000-0000-4000-8000-000000000401', '30000000-0000-4000-8000-000000000004',
   'Kaikki muovi kiertää -jatkohankkeen toteutuminen', 'Hanke on hakemusvaiheessa, ei päätöstä rahoituksesta.',
   '2024-12-31', 'not_started', null, false, null, 1, '2022-08-11 12:00+03', '2022-08-11 12:00+03', null),
  ('40000000-0000-4000-8000-000000000402', '30000000-0000-4000-8000-000000000004',
   'Circular Valley -hankkeen toteutuminen', 'Hanke on hakemusvaiheessa, ei päätöstä rahoituksesta.',
   '2025-12-31', 'not_started', null, false, null, 2, '2022-08-11 12:00+03', '2022-08-11 12:00+03', null),
  ('40000000-0000-4000-8000-000000000403', '30000000-0000-4000-8000-000000000004',
   'Uudenmaan kiertotalouslaakso -esiselvityshanke',
   'Esiselvityshankkeessa luotiin alustava konsepti maakunnanlaajuiselle kiertotalousyhteistyölle.',
   null, 'done', '2021-11-30', false, null, 3, '2021-04-01 09:00+03', '2021-11-30 12:00+02', null),

  -- DEMO CONTENT from here on (today is 2026-11-22).
  -- Kiertotalot (lead@): one overdue, one in progress, one upcoming milestone.
  ('40000000-0000-4000-8000-000000000101', '30000000-0000-4000-8000-000000000001',
   'Hankesuunnitelma ja ohjausryhmän käynnistys', 'Ohjausryhmä kokoontui ensimmäisen kerran.',
   '2025-03-31', 'done', '2025-03-14', true, '50000000-0000-4000-8000-000000000004', 1,
   '2025-01-02 09:00+02', '2025-03-14 15:00+02', 'a0000000-0000-4000-8000-000000000003'),
  ('40000000-0000-4000-8000-000000000102', '30000000-0000-4000-8000-000000000001',
   'Purkumateriaalien kartoitus kolmessa kohteessa', 'Kohteina kaksi koulua ja yksi toimistorakennus.',
   '2025-12-15', 'done', '2025-11-28', false, '50000000-0000-4000-8000-000000000004', 2,
   '2025-04-01 09:00+03', '2025-11-28 16:00+02', 'a0000000-0000-4000-8000-000000000003'),
  ('40000000-0000-4000-8000-000000000103', '30000000-0000-4000-8000-000000000001',
   'Rakennusosien uudelleenkäytön kriteerit', 'Yhteistyössä rakennusvalvonnan kanssa.',
   '2026-12-18', 'in_progress', null, false, '50000000-0000-4000-8000-000000000004', 3,
   '2025-12-01 09:00+02', '2026-11-16 10:12+02', 'a0000000-0000-4000-8000-000000000003'),
  ('40000000-0000-4000-8000-000000000104', '30000000-0000-4000-8000-000000000001',
   'Pilottikohteen valinta', 'Valinta odottaa kiinteistöpalveluiden kommentteja.',
   '2026-11-10', 'not_started', null, false, '50000000-0000-4000-8000-000000000004', 4,
   '2025-12-01 09:00+02', '2025-12-01 09:00+02', 'a0000000-0000-4000-8000-000000000003'),
  ('40000000-0000-4000-8000-000000000105', '30000000-0000-4000-8000-000000000001',
   'Väliraportti ohjausryhmälle', null,
   '2027-03-31', 'not_started', null, true, '50000000-0000-4000-8000-000000000004', 5,
   '2025-12-01 09:00+02', '2025-12-01 09:00+02', 'a0000000-0000-4000-8000-000000000003'),

  -- Rakentamisen kiertotalouden kokeiluympäristöt (lead@).
  ('40000000-0000-4000-8000-000000000201', '30000000-0000-4000-8000-000000000002',
   'Hankesuunnitelman hyväksyntä', null,
   '2025-09-30', 'done', '2025-10-01', true, '50000000-0000-4000-8000-000000000005', 1,
   '2025-06-15 09:00+03', '2025-10-01 12:00+03', 'a0000000-0000-4000-8000-000000000003'),
  ('40000000-0000-4000-8000-000000000202', '30000000-0000-4000-8000-000000000002',
   'Kokeiluympäristöjen tarvekartoitus', 'Haastatellaan 20 rakennusalan yritystä.',
   '2026-12-31', 'in_progress', null, false, '50000000-0000-4000-8000-000000000005', 2,
   '2025-10-01 12:00+03', '2026-10-20 14:30+03', 'a0000000-0000-4000-8000-000000000003'),
  ('40000000-0000-4000-8000-000000000203', '30000000-0000-4000-8000-000000000002',
   'Yhteistyösopimukset rakennusliikkeiden kanssa', null,
   '2027-02-28', 'not_started', null, false, '50000000-0000-4000-8000-000000000006', 3,
   '2025-10-01 12:00+03', '2025-10-01 12:00+03', 'a0000000-0000-4000-8000-000000000003'),

  -- Arabian kiertotaloushubi (lead2@).
  ('40000000-0000-4000-8000-000000000301', '30000000-0000-4000-8000-000000000003',
   'Toimijakartoitus Arabianrannassa', null,
   '2026-09-30', 'done', '2026-09-15', false, '50000000-0000-4000-8000-000000000008', 1,
   '2026-01-05 09:00+02', '2026-09-16 11:00+03', 'a0000000-0000-4000-8000-000000000005'),
  ('40000000-0000-4000-8000-000000000302', '30000000-0000-4000-8000-000000000003',
   'Hubin tilaselvitys', 'Vaihtoehtoina kaksi kiinteistöä.',
   '2027-01-31', 'in_progress', null, false, '50000000-0000-4000-8000-000000000008', 2,
   '2026-01-05 09:00+02', '2026-09-16 11:00+03', 'a0000000-0000-4000-8000-000000000005'),
  ('40000000-0000-4000-8000-000000000303', '30000000-0000-4000-8000-000000000003',
   'EAKR-rahoitushakemus', null,
   '2027-04-30', 'not_started', null, true, '50000000-0000-4000-8000-000000000008', 3,
   '2026-01-05 09:00+02', '2026-01-05 09:00+02', 'a0000000-0000-4000-8000-000000000005'),

  -- Terveysteknologian testiympäristö: clearly late (tasks overdue, end date passed).
  ('40000000-0000-4000-8000-000000000501', '30000000-0000-4000-8000-000000000005',
   'Testiympäristön palvelumalli', null,
   '2025-06-30', 'done', '2025-06-27', false, '50000000-0000-4000-8000-000000000009', 1,
   '2025-02-01 09:00+02', '2025-06-27 12:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000000502', '30000000-0000-4000-8000-000000000005',
   'Yrityspilottien haku', '12 hakemusta, 5 valittua pilottia.',
   '2025-10-31', 'done', '2025-10-15', false, '50000000-0000-4000-8000-000000000009', 2,
   '2025-02-01 09:00+02', '2025-10-15 12:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000000503', '30000000-0000-4000-8000-000000000005',
   'Pilottien toteutus sairaalaympäristössä', 'Kaksi pilottia odottaa tietosuoja-arviota.',
   '2026-05-31', 'in_progress', null, false, '50000000-0000-4000-8000-000000000009', 3,
   '2025-10-15 12:00+03', '2026-04-10 13:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000000504', '30000000-0000-4000-8000-000000000005',
   'Loppuraportti', null,
   '2026-06-30', 'not_started', null, true, '50000000-0000-4000-8000-000000000009', 4,
   '2025-10-15 12:00+03', '2025-10-15 12:00+03', 'a0000000-0000-4000-8000-000000000002'),

  -- Hyvinvointidatan yhteiskehittämö (draft).
  ('40000000-0000-4000-8000-000000000601', '30000000-0000-4000-8000-000000000006',
   'Datanhallintamallin luonnos', null,
   '2027-01-31', 'not_started', null, false, '50000000-0000-4000-8000-000000000009', 1,
   '2026-11-05 15:00+02', '2026-11-05 15:00+02', 'a0000000-0000-4000-8000-000000000002'),

  -- Luovien alojen kasvupolku: on schedule.
  ('40000000-0000-4000-8000-000000000701', '30000000-0000-4000-8000-000000000007',
   'Sparrausohjelman haku', null,
   '2025-06-01', 'done', '2025-05-30', false, '50000000-0000-4000-8000-000000000011', 1,
   '2025-03-01 09:00+02', '2025-05-30 12:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000000702', '30000000-0000-4000-8000-000000000007',
   'Ensimmäinen sparrauskierros', '15 yritystä.',
   '2026-05-31', 'done', '2026-05-29', true, '50000000-0000-4000-8000-000000000011', 2,
   '2025-03-01 09:00+02', '2026-05-29 12:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000000703', '30000000-0000-4000-8000-000000000007',
   'Toinen sparrauskierros', null,
   '2026-12-11', 'in_progress', null, false, '50000000-0000-4000-8000-000000000011', 3,
   '2026-05-29 12:00+03', '2026-11-12 09:30+02', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000000704', '30000000-0000-4000-8000-000000000007',
   'Vaikuttavuusarvio', null,
   '2027-06-30', 'not_started', null, true, null, 4,
   '2026-05-29 12:00+03', '2026-05-29 12:00+03', 'a0000000-0000-4000-8000-000000000002'),

  -- Pelialan kansainvälistymisohjelma: completed.
  ('40000000-0000-4000-8000-000000000801', '30000000-0000-4000-8000-000000000008',
   'Yhteisosasto Game Developers Conferenceen', null,
   '2025-03-21', 'done', '2025-03-21', false, '50000000-0000-4000-8000-000000000011', 1,
   '2025-01-10 09:00+02', '2025-03-21 18:00+02', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000000802', '30000000-0000-4000-8000-000000000008',
   'Loppuraportti', null,
   '2026-06-30', 'done', '2026-06-20', true, '50000000-0000-4000-8000-000000000011', 2,
   '2025-01-10 09:00+02', '2026-06-20 12:00+03', 'a0000000-0000-4000-8000-000000000002'),

  -- Vähähiilinen satamalogistiikka: manually late.
  ('40000000-0000-4000-8000-000000000901', '30000000-0000-4000-8000-000000000009',
   'Esiselvitys työkoneiden sähköistyksestä', null,
   '2026-02-28', 'done', '2026-02-27', false, '50000000-0000-4000-8000-000000000010', 1,
   '2025-09-01 09:00+03', '2026-02-27 12:00+02', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000000902', '30000000-0000-4000-8000-000000000009',
   'Pilotin käynnistys', 'Odottaa rahoituspäätöstä.',
   '2027-04-30', 'not_started', null, true, '50000000-0000-4000-8000-000000000010', 2,
   '2025-09-01 09:00+03', '2026-10-02 16:00+03', 'a0000000-0000-4000-8000-000000000002'),

  -- Meriklusterin tiekartta: deadlines coming up.
  ('40000000-0000-4000-8000-000000001001', '30000000-0000-4000-8000-000000000010',
   'Toimijahaastattelut', '32 haastattelua.',
   '2026-04-30', 'done', '2026-04-28', false, '50000000-0000-4000-8000-000000000010', 1,
   '2026-01-05 09:00+02', '2026-04-28 12:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000001002', '30000000-0000-4000-8000-000000000010',
   'Tiekarttaluonnos kommenteille', null,
   '2026-11-30', 'in_progress', null, false, '50000000-0000-4000-8000-000000000010', 2,
   '2026-04-28 12:00+03', '2026-11-18 08:45+02', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000001003', '30000000-0000-4000-8000-000000000010',
   'Tiekartan julkistus', null,
   '2026-12-15', 'not_started', null, true, '50000000-0000-4000-8000-000000000010', 3,
   '2026-04-28 12:00+03', '2026-04-28 12:00+03', 'a0000000-0000-4000-8000-000000000002'),

  -- Ruokahubin kehittäminen Teurastamolla: not started yet.
  ('40000000-0000-4000-8000-000000001101', '30000000-0000-4000-8000-000000000011',
   'Tarveselvitys Teurastamon toimijoiden kanssa', null,
   '2027-03-31', 'not_started', null, false, null, 1,
   '2026-06-01 09:00+03', '2026-06-01 09:00+03', 'a0000000-0000-4000-8000-000000000002'),

  -- Hävikkiruoan kiertoalusta: not pursued.
  ('40000000-0000-4000-8000-000000001201', '30000000-0000-4000-8000-000000000012',
   'Rahoitushakemus', null,
   '2025-06-01', 'done', '2025-06-01', false, '50000000-0000-4000-8000-000000000012', 1,
   '2025-04-01 09:00+03', '2025-06-01 12:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000001202', '30000000-0000-4000-8000-000000000012',
   'Alustan pilotointi', 'Peruttu, koska rahoitusta ei saatu.',
   '2026-06-30', 'cancelled', null, false, '50000000-0000-4000-8000-000000000012', 2,
   '2025-04-01 09:00+03', '2026-03-12 12:00+02', 'a0000000-0000-4000-8000-000000000002'),

  -- Elinvoimaohjelman seurantamalli ("other projects").
  ('40000000-0000-4000-8000-000000001301', '30000000-0000-4000-8000-000000000013',
   'Mittariston määrittely', null,
   '2025-05-31', 'done', '2025-05-30', false, '50000000-0000-4000-8000-000000000012', 1,
   '2025-02-01 09:00+02', '2025-05-30 12:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000001302', '30000000-0000-4000-8000-000000000013',
   'Kasvualueiden tilannekatsaus', 'Kolmen kasvualueen tiedot puuttuvat.',
   '2026-10-31', 'in_progress', null, false, '50000000-0000-4000-8000-000000000012', 2,
   '2025-05-30 12:00+03', '2026-11-19 13:15+02', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000001303', '30000000-0000-4000-8000-000000000013',
   'Salkku-työkalun käyttöönotto', null,
   '2026-12-31', 'in_progress', null, false, '50000000-0000-4000-8000-000000000012', 3,
   '2025-05-30 12:00+03', '2026-11-19 13:15+02', 'a0000000-0000-4000-8000-000000000002'),
  ('40000000-0000-4000-8000-000000001304', '30000000-0000-4000-8000-000000000013',
   'Vuosiraportti 2026', null,
   '2027-02-15', 'not_started', null, true, '50000000-0000-4000-8000-000000000012', 4,
   '2025-05-30 12:00+03', '2025-05-30 12:00+03', 'a0000000-0000-4000-8000-000000000002');

-- Indicators (mittarit) -------------------------------------------------------------------------
-- DEMO CONTENT: plausible indicators for each growth area with goals 2025–2029 and values up to
-- today (2026-11-22). At today's date: reused building components, health-tech pilots and school
-- food waste are behind; pilots, hub companies, creative turnover and maritime emissions are on
-- track; creative-sector experiment participants have no recent value (monthly, last 31.8.2026).
-- Ids: indicators b1000000-…-0000000000NN; goals and values get generated ids.

insert into public.indicators (
  id, programme_id, growth_area_id, project_id, name, description, unit, direction, decimals, source,
  cadence, published, tolerance_percent, baseline_value, baseline_on, sort_order, created_at, updated_at, updated_by
) values
  ('b1000000-0000-4000-8000-000000000001', null, null, '30000000-0000-4000-8000-000000000001',
   'Uudelleenkäytetyt rakennusosat', 'Purkukohteista talteen otetut ja uudelleen käytetyt rakennusosat.',
   't', 'more_is_better', 0, 'Kiertotalot-hankkeen purkukohteiden kirjanpito', 'quarterly', true, 5,
   120, '2024-12-31', 1, '2025-01-15 09:00+02', '2025-01-15 09:00+02', 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000002', null, '20000000-0000-4000-8000-000000000003', null,
   'Käynnistetyt kiertorakentamisen pilotit', 'Kaupungin kohteissa käynnistetyt kiertorakentamisen pilotit.',
   'kpl', 'more_is_better', 0, 'Kasvualueen seuranta', 'yearly', true, 5,
   0, '2024-12-31', 2, '2025-01-15 09:00+02', '2025-01-15 09:00+02', 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000003', null, null, '30000000-0000-4000-8000-000000000003',
   'Kiertotaloushubin yritykset', 'Arabian kiertotaloushubin toimintaan osallistuvat yritykset.',
   'kpl', 'more_is_better', 0, 'Hubin jäsenrekisteri', 'quarterly', true, 5,
   0, '2025-06-30', 3, '2025-07-01 09:00+03', '2025-07-01 09:00+03', 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000004', null, '20000000-0000-4000-8000-000000000001', null,
   'Terveysteknologian yrityskokeilut', 'Kaupungin palveluissa tehdyt terveysteknologian yrityskokeilut.',
   'kpl', 'more_is_better', 0, 'Kasvualueen seuranta', 'yearly', true, 5,
   10, '2024-12-31', 1, '2025-01-15 09:00+02', '2025-01-15 09:00+02', 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000005', null, '20000000-0000-4000-8000-000000000002', null,
   'Luovien alojen yritysten liikevaihto', 'Helsinkiläisten luovien alojen yritysten yhteenlaskettu liikevaihto.',
   'M€', 'more_is_better', 1, 'Tilastokeskus, yritysrekisteri', 'yearly', true, 5,
   410, '2024-12-31', 1, '2025-01-15 09:00+02', '2025-01-15 09:00+02', 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000006', null, '20000000-0000-4000-8000-000000000002', null,
   'Luovien alojen kokeiluihin osallistuneet', 'Kuukausittain luovien alojen kokeiluihin osallistuneet asukkaat.',
   'hlö', 'more_is_better', 0, 'Tapahtumien osallistujalistat', 'monthly', true, 10,
   0, '2024-12-31', 2, '2025-01-15 09:00+02', '2025-01-15 09:00+02', 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000007', null, '20000000-0000-4000-8000-000000000004', null,
   'Meriklusterin yritysten päästöt', 'Meriklusterin yritysten kasvihuonekaasupäästöt Helsingissä.',
   't CO₂e', 'less_is_better', 0, 'HSY, päästölaskenta', 'yearly', true, 5,
   52000, '2024-12-31', 1, '2025-01-15 09:00+02', '2025-01-15 09:00+02', 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000008', null, '20000000-0000-4000-8000-000000000005', null,
   'Ruokahävikki koulujen ruokailussa', 'Biojätteeksi päätyvä ruoka koululounaalla.',
   'g/ateria', 'less_is_better', 1, 'Palvelukeskus Helsinki, hävikkiseuranta', 'quarterly', true, 5,
   38, '2024-12-31', 1, '2025-01-15 09:00+02', '2025-01-15 09:00+02', 'a0000000-0000-4000-8000-000000000002');

insert into public.indicator_projects (indicator_id, project_id, created_at) values
  ('b1000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000002', '2025-01-15 09:00+02'),
  ('b1000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000001', '2025-01-15 09:00+02'),
  ('b1000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000002', '2025-01-15 09:00+02');

insert into public.indicator_goals (indicator_id, year, value, created_at, updated_at, updated_by)
select g.indicator_id::uuid, 2024 + y.n, g.goals[y.n], '2025-01-15 09:00+02', '2025-01-15 09:00+02',
  'a0000000-0000-4000-8000-000000000002'
from (values
  ('b1000000-0000-4000-8000-000000000001', array[200, 320, 450, 600, 800]::numeric[]),
  ('b1000000-0000-4000-8000-000000000002', array[2, 5, 8, 11, 14]::numeric[]),
  ('b1000000-0000-4000-8000-000000000003', array[null, 25, 40, 55, 70]::numeric[]),
  ('b1000000-0000-4000-8000-000000000004', array[14, 18, 22, 26, 30]::numeric[]),
  ('b1000000-0000-4000-8000-000000000005', array[420, 435, 450, 465, 480]::numeric[]),
  ('b1000000-0000-4000-8000-000000000006', array[100, 150, 200, 250, 300]::numeric[]),
  ('b1000000-0000-4000-8000-000000000007', array[50000, 47500, 45000, 42500, 40000]::numeric[]),
  ('b1000000-0000-4000-8000-000000000008', array[36, 33, 30, 28, 26]::numeric[])
) as g (indicator_id, goals)
cross join generate_series(1, 5) as y (n)
where g.goals[y.n] is not null;

insert into public.indicator_values (indicator_id, measured_on, value, note, entered_by, created_at, updated_at, updated_by)
select v.indicator_id::uuid, v.measured_on::date, v.value, v.note, v.entered_by::uuid,
  (v.measured_on::date + 20)::timestamptz, (v.measured_on::date + 20)::timestamptz, v.entered_by::uuid
from (values
  -- reused building components: behind (262 t on 30.9.2026 against an expected ~290 t)
  ('b1000000-0000-4000-8000-000000000001', '2025-03-31', 135, null, 'a0000000-0000-4000-8000-000000000003'),
  ('b1000000-0000-4000-8000-000000000001', '2025-06-30', 158, null, 'a0000000-0000-4000-8000-000000000003'),
  ('b1000000-0000-4000-8000-000000000001', '2025-09-30', 176, null, 'a0000000-0000-4000-8000-000000000003'),
  ('b1000000-0000-4000-8000-000000000001', '2025-12-31', 205, 'Kaksi koulua purettiin loppuvuodesta.', 'a0000000-0000-4000-8000-000000000003'),
  ('b1000000-0000-4000-8000-000000000001', '2026-03-31', 228, null, 'a0000000-0000-4000-8000-000000000003'),
  ('b1000000-0000-4000-8000-000000000001', '2026-06-30', 245, null, 'a0000000-0000-4000-8000-000000000003'),
  ('b1000000-0000-4000-8000-000000000001', '2026-09-30', 262, 'Pilottikohteen valinta viivästyi.', 'a0000000-0000-4000-8000-000000000003'),
  -- pilots started: on track
  ('b1000000-0000-4000-8000-000000000002', '2025-12-31', 2, null, 'a0000000-0000-4000-8000-000000000002'),
  -- hub companies: on track
  ('b1000000-0000-4000-8000-000000000003', '2025-09-30', 6, null, 'a0000000-0000-4000-8000-000000000005'),
  ('b1000000-0000-4000-8000-000000000003', '2025-12-31', 9, null, 'a0000000-0000-4000-8000-000000000005'),
  ('b1000000-0000-4000-8000-000000000003', '2026-03-31', 13, null, 'a0000000-0000-4000-8000-000000000005'),
  ('b1000000-0000-4000-8000-000000000003', '2026-06-30', 18, null, 'a0000000-0000-4000-8000-000000000005'),
  ('b1000000-0000-4000-8000-000000000003', '2026-09-30', 22, null, 'a0000000-0000-4000-8000-000000000005'),
  -- health-tech pilots: behind (12 against 14)
  ('b1000000-0000-4000-8000-000000000004', '2025-12-31', 12, null, 'a0000000-0000-4000-8000-000000000002'),
  -- creative turnover: on track
  ('b1000000-0000-4000-8000-000000000005', '2025-12-31', 423.5, 'Ennakkotieto.', 'a0000000-0000-4000-8000-000000000002'),
  -- creative experiments: monthly, nothing since August = no recent value
  ('b1000000-0000-4000-8000-000000000006', '2026-05-31', 118, null, 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000006', '2026-06-30', 131, null, 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000006', '2026-07-31', 126, null, 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000006', '2026-08-31', 140, null, 'a0000000-0000-4000-8000-000000000002'),
  -- maritime emissions: on track (1.8 % above the path, within 5 %)
  ('b1000000-0000-4000-8000-000000000007', '2025-12-31', 50900, null, 'a0000000-0000-4000-8000-000000000002'),
  -- school food waste: behind (36.0 g on 30.9.2026 against an expected ~33.8 g)
  ('b1000000-0000-4000-8000-000000000008', '2026-03-31', 37.2, null, 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000008', '2026-06-30', 36.5, null, 'a0000000-0000-4000-8000-000000000002'),
  ('b1000000-0000-4000-8000-000000000008', '2026-09-30', 36.0, null, 'a0000000-0000-4000-8000-000000000002')
) as v (indicator_id, measured_on, value, note, entered_by);

-- Audit trail ---------------------------------------------------------------------------------
-- The inserts above were audited as seed noise; start the trail clean and add a short,
-- plausible recent history (DEMO CONTENT) so review mode has something to show.

delete from public.audit_log;

insert into public.audit_log
  (occurred_at, actor_id, actor_role, table_name, operation, row_id, project_id, old_data, new_data, changed_columns)
select e.occurred_at::timestamptz, e.actor_id::uuid, 'authenticated', 'tasks', 'UPDATE', t.id, t.project_id,
  to_jsonb(t) || e.old_values::jsonb, to_jsonb(t), e.changed::text[]
from (values
  ('2026-11-16 10:12+02', 'a0000000-0000-4000-8000-000000000003', '40000000-0000-4000-8000-000000000103',
   '{"due_on": "2026-11-30", "state": "not_started"}', '{due_on,state}'),
  ('2026-11-18 08:45+02', 'a0000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000001002',
   '{"state": "not_started"}', '{state}'),
  ('2026-11-19 13:15+02', 'a0000000-0000-4000-8000-000000000002', '40000000-0000-4000-8000-000000001302',
   '{"state": "not_started"}', '{state}')
) as e (occurred_at, actor_id, task_id, old_values, changed)
join public.tasks t on t.id = e.task_id::uuid;

insert into public.audit_log
  (occurred_at, actor_id, actor_role, table_name, operation, row_id, project_id, old_data, new_data, changed_columns)
select '2026-11-10 09:00+02', 'a0000000-0000-4000-8000-000000000002', 'authenticated', 'projects', 'INSERT',
  p.id, p.id, null, to_jsonb(p), null
from public.projects p
where p.id = '30000000-0000-4000-8000-000000000014';

-- ==============================================================================================
-- Translations (#14 §1): Swedish and English beside the Finnish.
-- Swedish and English for the programme, the five growth areas and the source document's project
-- page (Uudenmaan kiertotalouslaakso -esiselvityshanke: name, descriptions, tasks, funding notes);
-- Swedish names and descriptions for some DEMO CONTENT projects. Kiertotalot and others stay
-- Finnish only, so the pages show the marked fallback. Translations are DEMO CONTENT (the
-- sources are Finnish only). The bookkeeping and audit triggers are skipped here
-- (session_replication_role = replica), so versions, "last updated" dates and the audit trail
-- stay as the seed above sets them.
-- ==============================================================================================

set session_replication_role = replica;

update public.programmes set
  name_sv = 'Livskraftsprogrammet 2025–2029',
  name_en = 'Vitality Programme 2025–2029',
  description_sv = 'Ett livskraftsprogram för fullmäktigeperioden enligt stadsstrategin, med fem '
    'tillväxtområden. Tillväxtområdena utgör i fortsättningen kärnan i utvecklingen av Helsingfors '
    'livskraft och näringspolitik.',
  description_en = 'A vitality programme for the council term, prepared under the city strategy, with '
    'five growth areas. The growth areas will form the core of Helsinki''s vitality and business policy.'
where id = '10000000-0000-4000-8000-000000000001';

update public.growth_areas g set name_sv = v.name_sv, name_en = v.name_en,
  description_sv = v.description_sv, description_en = v.description_en
from (values
  ('20000000-0000-4000-8000-000000000001', 'Hälsa & välbefinnande', 'Health & wellbeing', null, null),
  ('20000000-0000-4000-8000-000000000002', 'Kreativa branscher', 'Creative industries', null, null),
  ('20000000-0000-4000-8000-000000000003', 'Cirkulär ekonomi i byggandet', 'Circular construction',
   'Omfattar arbetsfältet för klusterprogrammet för cirkulär ekonomi; klustret behålls som namn. '
   'Tillväxtområdet är ett "paraply" som samlar alla projekt och åtgärder inom cirkulär ekonomi i byggandet.',
   'Covers the work of the circular economy cluster programme; the cluster keeps its name. The growth '
   'area is an "umbrella" gathering every project and measure of circular construction.'),
  ('20000000-0000-4000-8000-000000000004', 'Maritima klustret', 'Maritime cluster', null, null),
  ('20000000-0000-4000-8000-000000000005', 'Mat', 'Food', null, null)
) as v (id, name_sv, name_en, description_sv, description_en)
where g.id = v.id::uuid;

update public.growth_area_people set role_sv = 'Specialplanerare', role_en = 'Senior planner'
where growth_area_id = '20000000-0000-4000-8000-000000000003'
  and person_id = '50000000-0000-4000-8000-000000000003';

update public.projects set
  name_sv = 'Nylands cirkulärekonomidal – förstudieprojekt',
  name_en = 'Uusimaa Circular Valley pre-study',
  summary_sv = 'Förstudieprojektet Nylands cirkulärekonomidal (GNF, HRM, VTT, Clic Innovation) har avslutats. '
    'Projektet skapade ett preliminärt koncept för ett ekosystem för cirkulär ekonomi i hela Nyland samt nya '
    'projektinitiativ för att genomföra konceptet och samarbetet. Nylands cirkulärekonomidal är en gemenskap '
    'av experter, företag, kommuner och organisationer från olika branscher. Två ansökningar om fortsatta '
    'projekt pågår: "Circular Valley" (Central Baltic) och fortsättningsprojektet All plast cirkulerar (ERUF).',
  summary_en = 'The Uusimaa Circular Valley pre-study (GNF, HSY, VTT, Clic Innovation) has ended. It created '
    'a preliminary concept for a circular economy ecosystem covering all of Uusimaa and new project '
    'openings to put the concept and the cooperation into practice. Uusimaa Circular Valley is a community '
    'of experts, companies, municipalities and organisations from many fields. Two follow-up applications '
    'are under way: "Circular Valley" (Central Baltic) and the All Plastic Circulates follow-up (ERDF).',
  official_description_sv = E'Ekosystem för cirkulär ekonomi bland företag i huvudstadsregionen identifieras och stärks.\n\n'
    'Befintliga regionala möjligheter för olika ekosystem för cirkulär ekonomi identifieras tillsammans med '
    'regionens aktörer och företag. Företagen erbjuds möjligheter till samarbete inom cirkulär ekonomi så att '
    'sidoströmmar smidigt hittar sina användare. Offentlig upphandling stöder marknaden för återvunna material '
    'och produkter.' || E'\n(Enligt programmet för ett hållbart stadsliv)',
  official_description_en = E'Identifying and strengthening circular economy business ecosystems in the capital region.\n\n'
    'Existing regional opportunities for circular economy ecosystems are identified together with the '
    'region''s actors and companies. Companies are offered ways to cooperate so that side streams find their '
    'users smoothly. Public procurement supports the market for recycled materials and products.'
    || E'\n(Under the Sustainable Urban Living Programme)'
where id = '30000000-0000-4000-8000-000000000004';

update public.tasks t set title_sv = v.title_sv, title_en = v.title_en,
  details_sv = v.details_sv, details_en = v.details_en
from (values
  ('40000000-0000-4000-8000-000000000401', 'Fortsättningsprojektet All plast cirkulerar genomförs',
   'The All Plastic Circulates follow-up goes ahead',
   'Projektet är i ansökningsskedet, inget finansieringsbeslut.', 'The project is at the application stage; no funding decision.'),
  ('40000000-0000-4000-8000-000000000402', 'Projektet Circular Valley genomförs', 'The Circular Valley project goes ahead',
   'Projektet är i ansökningsskedet, inget finansieringsbeslut.', 'The project is at the application stage; no funding decision.'),
  ('40000000-0000-4000-8000-000000000403', 'Nylands cirkulärekonomidal – förstudieprojekt', 'Uusimaa Circular Valley pre-study',
   'Förstudien skapade ett preliminärt koncept för samarbete inom cirkulär ekonomi i hela landskapet.',
   'The pre-study created a preliminary concept for region-wide circular economy cooperation.')
) as v (id, title_sv, title_en, details_sv, details_en)
where t.id = v.id::uuid;

update public.project_funding set
  note_sv = 'Projektet är i ansökningsskedet, inget finansieringsbeslut.',
  note_en = 'The project is at the application stage; no funding decision.'
where id in ('70000000-0000-4000-8000-000000000001', '70000000-0000-4000-8000-000000000002');

update public.project_contacts set role_sv = 'Projektchef', role_en = 'Project manager'
where role = 'Projektipäällikkö';

-- The source project's follow-up applications (Circular Valley is the same name in every
-- language; Kaikki muovi kiertää has no official translation, so its Finnish name shows, marked).
update public.project_follow_ups f set name_sv = v.name_sv, name_en = v.name_en,
  note_sv = v.note_sv, note_en = v.note_en
from (values
  ('80000000-0000-4000-8000-000000000001', 'Circular Valley', 'Circular Valley',
   'Ansökan om fortsättningsprojekt (Central Baltic).', 'Follow-up project application (Central Baltic).'),
  ('80000000-0000-4000-8000-000000000002', null, null,
   'Ansökan om fortsättningsprojekt (Eruf).', 'Follow-up project application (ERDF).')
) as v (id, name_sv, name_en, note_sv, note_en)
where f.id = v.id::uuid;

-- Swedish for some DEMO CONTENT projects (English left out: the fallback shows).
update public.projects p set name_sv = v.name_sv, summary_sv = v.summary_sv
from (values
  ('30000000-0000-4000-8000-000000000002', 'Försöksmiljöer för cirkulärt byggande',
   'I försöksmiljöerna testar företag lösningar för cirkulärt byggande i verkliga objekt.'),
  ('30000000-0000-4000-8000-000000000005', 'Testmiljö för hälsoteknologi',
   'Hälsoteknologiföretag pilottestar sina lösningar i stadens social- och hälsovårdstjänster.'),
  ('30000000-0000-4000-8000-000000000007', 'Tillväxtstig för kreativa branscher',
   'Sparringprogram för företag i kreativa branscher för tillväxt och internationalisering.'),
  ('30000000-0000-4000-8000-000000000010', 'Färdplan för maritima klustret',
   'En gemensam färdplan för aktörerna i maritima klustret för åren 2027–2029.'),
  ('30000000-0000-4000-8000-000000000013', 'Uppföljningsmodell för livskraftsprogrammet',
   'Programmets mätare och portföljverktyg för rapportering av tillväxtområdenas framsteg.')
) as v (id, name_sv, summary_sv)
where p.id = v.id::uuid;

set session_replication_role = origin;
