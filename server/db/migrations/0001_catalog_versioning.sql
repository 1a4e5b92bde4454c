-- Every catalog write is stamped by the database with the next change number (DESIGN §3), so the
-- sync cursor (`GET /api/sync/catalog?since=`) sees any insert, update or soft delete, including
-- writes made by hand in psql. See docs/decisions/0001-catalog-version-sequence.md for the known gap.
--
-- The sequence is looked up in the schema of the table that fired the trigger, not through the
-- session's search_path, so a copy of the schema (tests run one per schema) uses its own counter.
CREATE FUNCTION catalog_stamp_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := nextval(format('%I.catalog_version', TG_TABLE_SCHEMA)::regclass);
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- Rows are soft-deleted (deleted_at) so clients receive a tombstone; a hard DELETE would vanish
-- from every client's delta and leave stale rows offline forever.
CREATE FUNCTION catalog_forbid_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'catalog rows are never deleted: set deleted_at to leave a tombstone (table %)', TG_TABLE_NAME;
END
$$;
--> statement-breakpoint
CREATE TRIGGER categories_stamp_version BEFORE INSERT OR UPDATE ON categories
  FOR EACH ROW EXECUTE FUNCTION catalog_stamp_version();
--> statement-breakpoint
CREATE TRIGGER categories_forbid_delete BEFORE DELETE ON categories
  FOR EACH ROW EXECUTE FUNCTION catalog_forbid_delete();
--> statement-breakpoint
CREATE TRIGGER products_stamp_version BEFORE INSERT OR UPDATE ON products
  FOR EACH ROW EXECUTE FUNCTION catalog_stamp_version();
--> statement-breakpoint
CREATE TRIGGER products_forbid_delete BEFORE DELETE ON products
  FOR EACH ROW EXECUTE FUNCTION catalog_forbid_delete();
