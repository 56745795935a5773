-- csisms 1.1: libcsisms's public API as SQL functions.
-- Every function is IMMUTABLE (a rule does not change while the library is
-- loaded; csisms_version() is STABLE), PARALLEL SAFE, and STRICT except
-- csisms_evaluate, csisms_programme and csisms_justify, whose optional
-- arguments are NULL when absent (a NULL required argument gives NULL or
-- no rows, as STRICT would).
-- Bad arguments raise SQLSTATE 22023 naming the argument and its value.
\echo Use "CREATE EXTENSION csisms" to load this file. \quit

CREATE FUNCTION csisms_version() RETURNS text
  AS 'MODULE_PATHNAME', 'csisms_pg_version' LANGUAGE C STABLE STRICT PARALLEL SAFE;

-- Audit time (Appendix A; 4.5.1; 5.2; 6.2; 10.2). Days are numeric (8.5).
CREATE FUNCTION csisms_isms_audit_days(personnel integer) RETURNS numeric
  AS 'MODULE_PATHNAME', 'csisms_pg_isms_audit_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_audit_days(personnel integer, basis text DEFAULT 'none') RETURNS numeric
  AS 'MODULE_PATHNAME', 'csisms_pg_audit_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_initial_audit_days(isms_days numeric, basis text) RETURNS numeric
  AS 'MODULE_PATHNAME', 'csisms_pg_initial_audit_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_min_reduced_days(days numeric) RETURNS numeric
  AS 'MODULE_PATHNAME', 'csisms_pg_min_reduced_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_min_onsite_days(days numeric) RETURNS numeric
  AS 'MODULE_PATHNAME', 'csisms_pg_min_onsite_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_surveillance_days(days numeric) RETURNS numeric
  AS 'MODULE_PATHNAME', 'csisms_pg_surveillance_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_surveillance_cycle_min_days(days numeric) RETURNS numeric
  AS 'MODULE_PATHNAME', 'csisms_pg_surveillance_cycle_min_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_recert_min_days(days numeric) RETURNS numeric
  AS 'MODULE_PATHNAME', 'csisms_pg_recert_min_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_combined_min_days(days numeric[]) RETURNS numeric
  AS 'MODULE_PATHNAME', 'csisms_pg_combined_min_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_round_up_half(days numeric) RETURNS numeric
  AS 'MODULE_PATHNAME', 'csisms_pg_round_up_half' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_isms_bands()
  RETURNS TABLE (band integer, lower bigint, upper bigint, days numeric)
  AS 'MODULE_PATHNAME', 'csisms_pg_isms_bands' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 80;
CREATE FUNCTION csisms_audit_time(personnel integer, basis text DEFAULT 'none')
  RETURNS TABLE (step integer, figure text, clause text, days numeric)
  AS 'MODULE_PATHNAME', 'csisms_pg_audit_time' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 7;

-- Dates and deadlines (5.1.1; 6.1; 7.1.2; 7.2.1(7); 8.2; 9).
CREATE FUNCTION csisms_date_parse(text text) RETURNS date
  AS 'MODULE_PATHNAME', 'csisms_pg_date_parse' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_date_add_days(date date, days integer) RETURNS date
  AS 'MODULE_PATHNAME', 'csisms_pg_date_add_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_date_add_months(date date, months integer) RETURNS date
  AS 'MODULE_PATHNAME', 'csisms_pg_date_add_months' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_date_diff_days(from_date date, to_date date) RETURNS integer
  AS 'MODULE_PATHNAME', 'csisms_pg_date_diff_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_surveillance_due(kind text, reference date, OUT due date, OUT latest date)
  AS 'MODULE_PATHNAME', 'csisms_pg_surveillance_due' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_certificate_valid_until(valid_from date) RETURNS date
  AS 'MODULE_PATHNAME', 'csisms_pg_certificate_valid_until' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_recert_valid_until(old_valid_until date, decision date,
                                          OUT valid_until date, OUT interrupted boolean)
  AS 'MODULE_PATHNAME', 'csisms_pg_recert_valid_until' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_recert_window_opens(valid_until date) RETURNS date
  AS 'MODULE_PATHNAME', 'csisms_pg_recert_window_opens' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_suspension_ends_by(suspended_on date) RETURNS date
  AS 'MODULE_PATHNAME', 'csisms_pg_suspension_ends_by' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_appeal_due(received date) RETURNS date
  AS 'MODULE_PATHNAME', 'csisms_pg_appeal_due' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_correction_due(requested date) RETURNS date
  AS 'MODULE_PATHNAME', 'csisms_pg_correction_due' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Business-scope codes (Appendix B).
CREATE FUNCTION csisms_scopes()
  RETURNS TABLE (ord integer, code text, level integer, parent text, name_zh text, name_en text,
                 note_zh text, note_en text, raise_for_major_projects boolean)
  AS 'MODULE_PATHNAME', 'csisms_pg_scopes' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 35;
CREATE VIEW csisms_scope AS SELECT * FROM csisms_scopes();
CREATE FUNCTION csisms_scope_lookup(code text) RETURNS text
  AS 'MODULE_PATHNAME', 'csisms_pg_scope_lookup' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_scope_find(text text) RETURNS TABLE (code text)
  AS 'MODULE_PATHNAME', 'csisms_pg_scope_find' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 3;

-- Certificate verdicts (5.1.2; 7; 8.2).
CREATE TYPE csisms_verdict AS (
  action text,       -- maintain, suspend, reinstate, withdraw, expire
  reasons text[],    -- clauses: '7.1.1(1)' ... '7.2.1(8)', '5.1.2', '8.2'
  duties text[],     -- no_advertising, return_certificate, publish, report
  deadline date,     -- suspend: last day the suspension may last
  next_review date   -- first later day on which a limit in these facts passes
);
CREATE FUNCTION csisms_evaluate(today date, valid_until date,
                                suspended_on date DEFAULT NULL,
                                surveillance_latest date DEFAULT NULL,
                                correction_requested date DEFAULT NULL,
                                suspension_resolved boolean DEFAULT false,
                                correction_done boolean DEFAULT false,
                                grounds text[] DEFAULT '{}')
  RETURNS csisms_verdict
  AS 'MODULE_PATHNAME', 'csisms_pg_evaluate' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION csisms_reasons()
  RETURNS TABLE (clause text, kind text, text_zh text, text_en text)
  AS 'MODULE_PATHNAME', 'csisms_pg_reasons' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 16;
CREATE VIEW csisms_reason AS SELECT * FROM csisms_reasons();
CREATE FUNCTION csisms_reason_text(clause text, lang text DEFAULT 'en') RETURNS text
  AS 'MODULE_PATHNAME', 'csisms_pg_reason_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_action_name(action text, lang text DEFAULT 'en') RETURNS text
  AS 'MODULE_PATHNAME', 'csisms_pg_action_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_duty_text(duty text, lang text DEFAULT 'en') RETURNS text
  AS 'MODULE_PATHNAME', 'csisms_pg_duty_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_duty_clause(duty text) RETURNS text
  AS 'MODULE_PATHNAME', 'csisms_pg_duty_clause' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Checklists (4.1.1 ... 8.1).
CREATE FUNCTION csisms_checklists()
  RETURNS TABLE (list integer, clause text, mode text, size integer, title_zh text, title_en text)
  AS 'MODULE_PATHNAME', 'csisms_pg_checklists' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 16;
CREATE VIEW csisms_checklist AS SELECT * FROM csisms_checklists();
CREATE FUNCTION csisms_checklist_items()
  RETURNS TABLE (list integer, item integer, conditional boolean, text_zh text, text_en text)
  AS 'MODULE_PATHNAME', 'csisms_pg_checklist_items' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 81;
CREATE VIEW csisms_checklist_item AS SELECT * FROM csisms_checklist_items();
CREATE FUNCTION csisms_checklist_eval(list integer, present integer[],
                                      not_applicable integer[] DEFAULT '{}',
                                      OUT met boolean, OUT missing integer[])
  AS 'MODULE_PATHNAME', 'csisms_pg_checklist_eval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Identifiers and sampling (8.1(1); 4.5.3.2).
CREATE FUNCTION csisms_uscc_valid(code text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'csisms_pg_uscc_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csisms_sample_sites(sites integer, audit text DEFAULT 'initial') RETURNS integer
  AS 'MODULE_PATHNAME', 'csisms_pg_sample_sites' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Rules as data, the audit programme and the audit-time determination
-- (doc/rules-model.md §8; interpretations I-21 ... I-23). Every clause comes
-- from the library.
CREATE FUNCTION csisms_rules()
  RETURNS TABLE (rule integer, clause text, text_zh text, text_en text)
  AS 'MODULE_PATHNAME', 'csisms_pg_rules' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 45;
CREATE VIEW csisms_rule AS SELECT * FROM csisms_rules();
CREATE FUNCTION csisms_programme(personnel integer, cycle text, reference date,
                                 basis text DEFAULT 'none',
                                 combined numeric DEFAULT NULL,
                                 planned numeric DEFAULT NULL,
                                 sites integer DEFAULT NULL,
                                 stage1_omitted boolean DEFAULT false,
                                 operating_since date DEFAULT NULL)
  RETURNS TABLE (ord integer, kind text, earliest date, last date, latest date,
                 total_days numeric, onsite_days numeric, sample integer,
                 earliest_clause text, last_clause text, latest_clause text,
                 total_clause text, onsite_clause text, sample_clause text)
  AS 'MODULE_PATHNAME', 'csisms_pg_programme' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 5;
CREATE FUNCTION csisms_justify(personnel integer, basis text DEFAULT 'none',
                               combined numeric DEFAULT NULL,
                               planned numeric DEFAULT NULL,
                               sites integer DEFAULT NULL)
  RETURNS TABLE (step integer, rule integer, clause text, input bigint, input_days numeric,
                 input2_days numeric, result_days numeric, result integer)
  AS 'MODULE_PATHNAME', 'csisms_pg_justify' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 9;
