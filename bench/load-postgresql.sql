-- Loads the generator's CSVs into a migrated, empty HumStats database (psql -v dir=...).
\set ON_ERROR_STOP on
\cd :dir
\copy source (id,name,acronym,type,url,priority,created_at,updated_at,version) from 'source.csv' with (format csv, header true)
\copy document (id,title,publisher,url,published_on,retrieved_at,language,created_at,updated_at,version) from 'document.csv' with (format csv, header true)
\copy location (code,name,type,admin_level,parent_code,country_code,lat,lon,valid_from,path,created_at,updated_at,version) from 'location.csv' with (format csv, header true)
\copy location_name (location_code,name,folded,is_alias) from 'location_name.csv' with (format csv, header true)
\copy figure (id,metric,kind,best_value,low_value,high_value,qualifier,period_start,period_end,date_precision,location_code,source_id,document_id,attributed_to,subject,quote,notes,status,status_reason,created_at,updated_at,version,created_by,updated_by,sex,age,population_group,sector,cause,unit,origin_precision,breakdown_key) from 'figure.csv' with (format csv, header true)
vacuum analyze;
