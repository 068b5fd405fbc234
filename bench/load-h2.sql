-- Loads the generator's CSVs into a migrated, empty HumStats H2 database (org.h2.tools.RunScript).
-- ${DIR} is replaced by bench/run.sh. CSVREAD reads an unquoted empty field as NULL and names columns in upper case,
-- so the files' columns are taken by position, in the order of each insert's column list (the files' header order).
insert into source (id, name, acronym, type, url, priority, created_at, updated_at, version)
select * from csvread('${DIR}/source.csv');
insert into document (id, title, publisher, url, published_on, retrieved_at, language, created_at, updated_at, version)
select * from csvread('${DIR}/document.csv');
insert into location (code, name, type, admin_level, parent_code, country_code, lat, lon, valid_from, path, created_at,
                      updated_at, version)
select * from csvread('${DIR}/location.csv');
insert into location_name (location_code, name, folded, is_alias)
select * from csvread('${DIR}/location_name.csv');
insert into figure (id, metric, kind, best_value, low_value, high_value, qualifier, period_start, period_end, date_precision,
                    location_code, source_id, document_id, attributed_to, subject, quote, notes, status, status_reason,
                    created_at, updated_at, version, created_by, updated_by)
select * from csvread('${DIR}/figure.csv');
analyze;
