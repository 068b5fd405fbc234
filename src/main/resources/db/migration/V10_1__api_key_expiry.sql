-- Issue 10 (private stays private). Keys may expire: an expiry chosen when the key is created, checked on every use.
-- A column is the only place the expiry can live, hence a migration.
alter table api_key add column expires_at timestamp with time zone;

-- The bootstrap admin key (the one from HUMSTATS_ADMIN_KEY, the only key no other key created) used to list the first
-- characters of that secret as its prefix; they are shown to every admin, so they go.
update api_key set key_prefix = 'env' where created_by is null;
